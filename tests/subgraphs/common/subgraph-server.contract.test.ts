import { IResolvers } from 'mercurius';
import { Pool } from 'pg';
import { AccessContext } from '../../../common/src/access/access-context';
import { RunningService, startApolloSubgraph } from '../../../subgraphs/common/src/apollo-subgraph';
import { newContext, SubgraphContext } from '../../../subgraphs/common/src/context';
import { Database } from '../../../subgraphs/common/src/database';
import { startMercuriusSubgraph } from '../../../subgraphs/common/src/mercurius-subgraph';
import { REFUSED_REQUESTS, signedHeaders, TEST_ACCESS_CONTEXT_SECRET, testAccessContext } from '../../support/access';
import { postGraphQL } from '../../support/graphql';

/** One contract for both subgraph stacks: @apollo/server + @apollo/subgraph, and mercurius + @mercuriusjs/federation. */
const SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
type PageInfo @shareable { hasNextPage: Boolean! }
type Person @key(fields: "id") { id: ID! label: String! }
type Query { failing: String whoami: String }
`;

interface Probe {
  readonly contexts: AccessContext[];
  resolverCalls: number;
}

function resolversFor(probe: Probe) {
  return {
    Query: {
      failing: () => {
        throw new Error('SELECT secret FROM internal_table');
      },
      whoami: (_root: unknown, _args: unknown, context: SubgraphContext) => {
        probe.resolverCalls++;
        return context.access.caller.role;
      },
    },
    Person: {
      __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
      label: (person: { id: string }) => `person ${person.id}`,
    },
  };
}

type Start = (pool: Pool, probe: Probe) => Promise<RunningService>;

const options = (pool: Pool, probe: Probe) => ({
  name: 'test',
  typeDefs: SDL,
  port: 0,
  accessContextSecret: TEST_ACCESS_CONTEXT_SECRET,
  context: (access: AccessContext) => {
    probe.contexts.push(access);
    return newContext(new Database(pool), access);
  },
});

const STACKS: Array<[string, Start]> = [
  ['startApolloSubgraph', (pool, probe) => startApolloSubgraph({ ...options(pool, probe), resolvers: resolversFor(probe) })],
  // Typed against our SubgraphContext; mercurius' own map expects its MercuriusContext.
  ['startMercuriusSubgraph', (pool, probe) => startMercuriusSubgraph({ ...options(pool, probe), resolvers: resolversFor(probe) as IResolvers })],
];

describe.each(STACKS)('%s', (_name, start) => {
  const pool = new Pool({ connectionString: 'postgres://unused.invalid/none' });
  const probe: Probe = { contexts: [], resolverCalls: 0 };
  let service: RunningService;

  beforeAll(async () => {
    service = await start(pool, probe);
  });
  afterAll(async () => {
    await service.stop();
    await pool.end();
  });

  it('serves a Federation 2 SDL (with @link and @shareable) and resolves entities', async () => {
    const response = await postGraphQL<{ _entities: Array<{ id: string; label: string }> }>(
      service.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id label } } }',
      { r: [{ __typename: 'Person', id: 'p1' }] },
      signedHeaders(),
    );
    expect(response.data?._entities).toEqual([{ id: 'p1', label: 'person p1' }]);
  });

  it('masks an unexpected resolver error: no message, no SQL', async () => {
    const response = await postGraphQL(service.url, '{ failing }', undefined, signedHeaders());
    expect(response.errors).toEqual([{ message: 'Internal server error', path: ['failing'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  });

  it('reports validation errors with their code', async () => {
    const response = await postGraphQL(service.url, '{ nope }', undefined, signedHeaders());
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each([
    ['a clerk at a reception terminal', testAccessContext({ caller: { role: 'CLERK', institutionCode: '1310000012', qualification: 'CLERK' }, terminalId: '41', terminalKind: 'RECEPTION' })],
    ['a patient', testAccessContext({ caller: { role: 'PATIENT', personId: '0012b410-926b-8896-af6c-00000000050d' }, terminalId: null, terminalKind: null })],
  ])('hands resolvers the access context the gateway signed (%s)', async (_who, access) => {
    probe.contexts.length = 0;
    const response = await postGraphQL(service.url, '{ whoami }', undefined, signedHeaders(TEST_ACCESS_CONTEXT_SECRET, access));
    expect(response.data).toEqual({ whoami: access.caller.role });
    expect(probe.contexts).toEqual([access]);
  });

  it.each(REFUSED_REQUESTS)('refuses a request %s with 401 UNAUTHENTICATED before any resolver runs', async (_label, headers, reason) => {
    const [callsBefore, contextsBefore] = [probe.resolverCalls, probe.contexts.length];
    const response = await postGraphQL(service.url, '{ whoami }', undefined, headers());
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED', reason } }]);
    expect([probe.resolverCalls, probe.contexts.length]).toEqual([callsBefore, contextsBefore]);
  });

  it('shows no landing page to a browser', async () => {
    const response = await fetch(service.url, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
  });
});
