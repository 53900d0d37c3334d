import { Caller } from '../../../common/src/policy';
import { SUBGRAPH_MODULES } from '../../../tools/subgraph-modules';
import { REFUSED_REQUESTS, signedHeaders, testAccessContext } from '../../support/access';
import { postGraphQL } from '../../support/graphql';
import { counted, startSubgraph, SubgraphHarness } from '../../support/subgraph';

const PERSON_ID = '0012b410-926b-8896-af6c-00000000050d';
const entity = (fields: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ${fields} } } }`;

/** For each subgraph, a query that reads PostgreSQL when it is allowed to run, and who asks it (by default the person reading their own data). */
const QUERIES: Record<string, { query: string; variables?: Record<string, unknown>; caller?: Caller }> = {
  eligibility: { query: 'query($id: ID!) { person(id: $id) { id } }', variables: { id: PERSON_ID } },
  receipts: { query: entity('claims { nodes { id } }'), variables: { r: [{ __typename: 'Person', id: PERSON_ID }] } },
  checkups: { query: entity('checkups { nodes { examinedOn } }'), variables: { r: [{ __typename: 'Person', id: PERSON_ID }] } },
  prescriptions: { query: entity('medications { nodes { dispensedOn } }'), variables: { r: [{ __typename: 'Person', id: PERSON_ID }] } },
  analytics: { query: '{ analyticsStatus { refreshedAt checkupFiscalYears } }', caller: { role: 'ANALYST' } },
  audit: { query: entity('accessHistory { totalCount nodes { accessedAt } }'), variables: { r: [{ __typename: 'Person', id: PERSON_ID }] } },
};

/** Called directly, not through the gateway, a subgraph gives nothing without the gateway's signed access context. */
describe.each(SUBGRAPH_MODULES.map((m) => [m.name, m] as const))('the %s subgraph called directly', (name, module) => {
  let harness: SubgraphHarness;
  const { query, variables, caller } = QUERIES[name]!;

  beforeAll(async () => {
    harness = await startSubgraph(module);
  });
  afterAll(async () => harness?.close());

  it('runs the query, reading PostgreSQL, with a context the gateway signed (the person reading their own data, or an analyst)', async () => {
    const self = testAccessContext({ caller: caller ?? { role: 'PATIENT', personId: PERSON_ID }, terminalId: null, terminalKind: null });
    const { response, statements } = await counted(harness, () => postGraphQL(harness.server.url, query, variables, signedHeaders(harness.accessContextSecret, self)));
    expect(response.errors).toBeUndefined();
    expect(statements).toBeGreaterThan(0);
  });

  it.each(REFUSED_REQUESTS)('refuses it %s: 401 UNAUTHENTICATED, no data, no SQL', async (_label, headers, reason) => {
    const { response, statements } = await counted(harness, () => postGraphQL(harness.server.url, query, variables, headers()));
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED', reason } }]);
    expect(statements).toBe(0);
  });
});
