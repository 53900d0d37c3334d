import { AccessContext } from '../../../common/src/access/access-context';
import { startApolloSubgraph } from '../../../subgraphs/common/src/apollo-subgraph';
import { SubgraphContext } from '../../../subgraphs/common/src/context';
import { Database } from '../../../subgraphs/common/src/database';
import { Loaders } from '../../../subgraphs/common/src/loaders';
import { REFUSED_REQUESTS, signedHeaders, TEST_ACCESS_CONTEXT_SECRET, testAccessContext } from '../../support/access';
import { postGraphQL } from '../../support/graphql';

const SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
type Query { whoami: String }
`;

describe('startApolloSubgraph', () => {
  let url = '';
  let stop: () => Promise<void> = async () => undefined;
  const contexts: AccessContext[] = [];
  let resolverCalls = 0;

  beforeAll(async () => {
    const service = await startApolloSubgraph({
      name: 'test',
      typeDefs: SDL,
      port: 0,
      accessContextSecret: TEST_ACCESS_CONTEXT_SECRET,
      context: (access) => {
        contexts.push(access);
        return { db: {} as Database, loaders: new Loaders(), access };
      },
      resolvers: {
        Query: {
          whoami: (_root: unknown, _args: unknown, context: SubgraphContext) => {
            resolverCalls++;
            return context.access.caller.role;
          },
        },
      },
    });
    url = service.url;
    stop = service.stop;
  });
  afterAll(async () => stop());

  it('hands resolvers the access context the gateway signed', async () => {
    contexts.length = 0;
    const access = testAccessContext({ caller: { role: 'CLERK', institutionCode: '1310000012', qualification: 'CLERK' }, terminalId: '41', terminalKind: 'RECEPTION' });
    const response = await postGraphQL(url, '{ whoami }', undefined, signedHeaders(TEST_ACCESS_CONTEXT_SECRET, access));
    expect(response.data).toEqual({ whoami: 'CLERK' });
    expect(contexts).toEqual([access]);
  });

  it.each(REFUSED_REQUESTS)('refuses a request %s with 401 UNAUTHENTICATED before any resolver runs', async (_label, headers, reason) => {
    const [callsBefore, contextsBefore] = [resolverCalls, contexts.length];
    const response = await postGraphQL(url, '{ whoami }', undefined, headers());
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED', reason } }]);
    expect([resolverCalls, contexts.length]).toEqual([callsBefore, contextsBefore]);
  });

  it('shows no landing page to a browser', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
  });
});
