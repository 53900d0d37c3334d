import { IResolvers } from 'mercurius';
import { Pool } from 'pg';
import { AccessContext } from '../../../common/src/access/access-context';
import { Database } from '../../../subgraphs/common/src/database';
import { newContext, SubgraphContext } from '../../../subgraphs/common/src/context';
import { startMercuriusSubgraph } from '../../../subgraphs/common/src/mercurius-subgraph';
import { REFUSED_REQUESTS, signedHeaders, TEST_ACCESS_CONTEXT_SECRET, testAccessContext } from '../../support/access';
import { postGraphQL } from '../../support/graphql';

const SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
type PageInfo @shareable { hasNextPage: Boolean! }
type Person @key(fields: "id") { id: ID! label: String! }
type Query { failing: String whoami: String }
`;

describe('startMercuriusSubgraph', () => {
  const pool = new Pool({ connectionString: 'postgres://unused.invalid/none' });
  let url = '';
  let stop: () => Promise<void> = async () => undefined;
  const contexts: AccessContext[] = [];
  let resolverCalls = 0;

  beforeAll(async () => {
    const service = await startMercuriusSubgraph({
      name: 'test',
      typeDefs: SDL,
      port: 0,
      accessContextSecret: TEST_ACCESS_CONTEXT_SECRET,
      context: (access) => {
        contexts.push(access);
        return newContext(new Database(pool), access);
      },
      resolvers: {
        Query: {
          failing: () => { throw new Error('SELECT secret FROM internal_table'); },
          whoami: (_root: unknown, _args: unknown, context: SubgraphContext) => {
            resolverCalls++;
            return context.access.caller.role;
          },
        },
        Person: { label: (person: { id: string }) => `person ${person.id}` },
        // Typed against our SubgraphContext; mercurius' own map expects its MercuriusContext.
      } as IResolvers,
    });
    url = service.url;
    stop = service.stop;
  });
  afterAll(async () => {
    await stop();
    await pool.end();
  });

  it('serves a Federation 2 SDL (with @link and @shareable) and resolves entities', async () => {
    const response = await postGraphQL<{ _entities: Array<{ id: string; label: string }> }>(
      url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id label } } }',
      { r: [{ __typename: 'Person', id: 'p1' }] },
      signedHeaders(),
    );
    expect(response.data?._entities).toEqual([{ id: 'p1', label: 'person p1' }]);
  });

  it('masks an unexpected resolver error: no message, no SQL', async () => {
    const response = await postGraphQL(url, '{ failing }', undefined, signedHeaders());
    expect(response.errors).toEqual([{ message: 'Internal server error', path: ['failing'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  });

  it('reports validation errors with their code', async () => {
    const response = await postGraphQL(url, '{ nope }', undefined, signedHeaders());
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('hands resolvers the access context the gateway signed', async () => {
    contexts.length = 0;
    const access = testAccessContext({ requestId: 'b1d5c3e0-1111-4222-8333-944445555666', caller: { role: 'PATIENT', personId: '0012b410-926b-8896-af6c-00000000050d' }, terminalId: null, terminalKind: null });
    const response = await postGraphQL(url, '{ whoami }', undefined, signedHeaders(TEST_ACCESS_CONTEXT_SECRET, access));
    expect(response.data).toEqual({ whoami: 'PATIENT' });
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
});
