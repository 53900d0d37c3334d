import { IResolvers } from 'mercurius';
import { Pool } from 'pg';
import { AccessContext } from '../../../common/src/access/access-context';
import { GrantStore } from '../../../common/src/access/grant-store';
import { MemoryCache } from '../../../common/src/cache/memory-cache';
import { RunningService, startApolloSubgraph } from '../../../subgraphs/common/src/apollo-subgraph';
import { newContext, SubgraphContext } from '../../../subgraphs/common/src/context';
import { Database } from '../../../subgraphs/common/src/database';
import { personFacts } from '../../../subgraphs/common/src/field-policy';
import { startMercuriusSubgraph } from '../../../subgraphs/common/src/mercurius-subgraph';
import { REFUSED_REQUESTS, signedHeaders, TEST_ACCESS_CONTEXT_SECRET, testAccessContext } from '../../support/access';
import { postGraphQL } from '../../support/graphql';

/** One contract for both subgraph stacks: @apollo/server + @apollo/subgraph, and mercurius + @mercuriusjs/federation. */
const SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
type PageInfo @shareable { hasNextPage: Boolean! }
type Person @key(fields: "id") { id: ID! name: String label: String }
type Query { failing: String whoami: String }
`;

interface Probe {
  readonly contexts: AccessContext[];
  resolverCalls: number;
  labelCalls: number;
}

const PERSON_ID = '0012b410-926b-8896-af6c-00000000050d';
const OTHER_PERSON_ID = '0012b410-926b-8896-af6c-00000000050e';
const patient = (personId: string) => testAccessContext({ caller: { role: 'PATIENT', personId }, terminalId: null, terminalKind: null });

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
      name: (person: { id: string }) => `name of ${person.id}`,
      label: (person: { id: string }) => {
        probe.labelCalls++;
        return `person ${person.id}`;
      },
    },
  };
}

type Start = (pool: Pool, probe: Probe) => Promise<RunningService>;

const options = (pool: Pool, probe: Probe) => ({
  name: 'test',
  typeDefs: SDL,
  port: 0,
  accessContextSecret: TEST_ACCESS_CONTEXT_SECRET,
  // The policy reads a person's id as theirs; Person.label has no rule, so it is denied.
  fieldPolicy: { Person: personFacts },
  context: (access: AccessContext) => {
    probe.contexts.push(access);
    const db = new Database(pool);
    return newContext(db, access, new GrantStore(db, new MemoryCache()));
  },
});

const STACKS: Array<[string, Start]> = [
  ['startApolloSubgraph', (pool, probe) => startApolloSubgraph({ ...options(pool, probe), resolvers: resolversFor(probe) })],
  // Typed against our SubgraphContext; mercurius' own map expects its MercuriusContext.
  ['startMercuriusSubgraph', (pool, probe) => startMercuriusSubgraph({ ...options(pool, probe), resolvers: resolversFor(probe) as IResolvers })],
];

describe.each(STACKS)('%s', (_name, start) => {
  const pool = new Pool({ connectionString: 'postgres://unused.invalid/none' });
  const probe: Probe = { contexts: [], resolverCalls: 0, labelCalls: 0 };
  let service: RunningService;

  beforeAll(async () => {
    service = await start(pool, probe);
  });
  afterAll(async () => {
    await service.stop();
    await pool.end();
  });

  const entities = (ids: readonly string[], fields: string, access?: AccessContext) =>
    postGraphQL<{ _entities: Array<Record<string, string | null>> }>(
      service.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ${fields} } } }`,
      { r: ids.map((id) => ({ __typename: 'Person', id })) },
      signedHeaders(TEST_ACCESS_CONTEXT_SECRET, access),
    );

  it('serves a Federation 2 SDL (with @link and @shareable) and resolves entities', async () => {
    const response = await entities([PERSON_ID], 'id name');
    expect(response.data?._entities).toEqual([{ id: PERSON_ID, name: `name of ${PERSON_ID}` }]);
  });

  it('guards every field: one without an access rule is null with FORBIDDEN NO_POLICY, and its resolver never runs', async () => {
    const callsBefore = probe.labelCalls;
    const response = await entities([PERSON_ID], 'id name label');
    expect(response.data?._entities).toEqual([{ id: PERSON_ID, name: `name of ${PERSON_ID}`, label: null }]);
    expect(response.errors?.map(({ path, extensions }) => ({ path, extensions }))).toEqual([
      { path: ['_entities', 0, 'label'], extensions: { code: 'FORBIDDEN', reason: 'NO_POLICY', field: 'Person.label' } },
    ]);
    expect(probe.labelCalls).toBe(callsBefore);
  });

  it("decides on the record: a patient reads their own person's name, not another's", async () => {
    const response = await entities([PERSON_ID, OTHER_PERSON_ID], 'id name', patient(PERSON_ID));
    expect(response.data?._entities).toEqual([
      { id: PERSON_ID, name: `name of ${PERSON_ID}` },
      { id: OTHER_PERSON_ID, name: null },
    ]);
    // List positions are numbers on both stacks: the gateway places an error by them.
    expect(response.errors?.map(({ path, extensions }) => ({ path, extensions }))).toEqual([
      { path: ['_entities', 1, 'name'], extensions: { code: 'FORBIDDEN', reason: 'NOT_OWN_RECORD', field: 'Person.name' } },
    ]);
  });

  it('an analyst reads no person at all, whatever the record', async () => {
    const response = await entities([PERSON_ID], 'id name', testAccessContext({ caller: { role: 'ANALYST' }, terminalId: null, terminalKind: null }));
    expect(response.data?._entities).toEqual([{ id: PERSON_ID, name: null }]);
    expect(response.errors?.map((error) => error.extensions?.reason)).toEqual(['NO_PERSON_ACCESS']);
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
    ['a clerk at a reception terminal', testAccessContext({
        caller: { role: 'CLERK', institutionCode: '1310000012', qualification: 'CLERK', loginId: '1310000012-01', terminalKind: 'RECEPTION' },
        terminalId: '41',
        terminalKind: 'RECEPTION',
      }),],
    ['a patient', patient(PERSON_ID)],
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
