import { receiptsSubgraph } from '../../../subgraphs/receipts/src';
import { SubgraphHarness, startSubgraph } from '../../support/subgraph';
import { insertPersonWithClaims } from './crafted-claims';
import { CLAIM_FIELDS, PERSON_CLAIMS, PersonClaimsJson, personRepresentations } from './queries';

let subgraph: SubgraphHarness;
let oneClaim: string;
let hundredClaims: string;
let twentyPersons: string[];

beforeAll(async () => {
  subgraph = await startSubgraph(receiptsSubgraph, { enforceFieldPolicy: false });
  oneClaim = await insertPersonWithClaims(subgraph.pool, 1, 1);
  hundredClaims = await insertPersonWithClaims(subgraph.pool, 2, 100);
  twentyPersons = [];
  for (let i = 0; i < 20; i++) twentyPersons.push(await insertPersonWithClaims(subgraph.pool, 100 + i, 3));
});

afterAll(async () => {
  await subgraph?.close();
});

/** Runs a query and returns its data with the number of SQL statements it took. */
async function counted<T>(query: string, variables: Record<string, unknown>): Promise<{ data: T; statements: number }> {
  const { response, statements } = await subgraph.counted<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return { data: response.data!, statements };
}

type Entities = { _entities: PersonClaimsJson[] };

describe('receipts statement counts do not grow with the records returned', () => {
  test('a person with 100 claims takes as many statements as a person with 1', async () => {
    const one = await counted<Entities>(PERSON_CLAIMS, { representations: personRepresentations(oneClaim), first: 100 });
    const hundred = await counted<Entities>(PERSON_CLAIMS, { representations: personRepresentations(hundredClaims), first: 100 });

    const claims = hundred.data._entities[0]!.claims.nodes;
    expect(claims).toHaveLength(100);
    for (const list of ['publicExpenses', 'diagnoses', 'procedures', 'drugs', 'materials', 'remarks']) {
      for (const claim of claims) expect(claim[list]).toHaveLength(2);
    }
    expect(one.data._entities[0]!.claims.nodes).toHaveLength(1);
    expect(hundred.statements).toBe(one.statements);
    // One page and one count (the visits, asked with the same arguments, share both) and one per child table.
    expect(hundred.statements).toBe(1 + 1 + 6);
  });

  test('20 persons through _entities take as many statements as 1', async () => {
    const one = await counted<Entities>(PERSON_CLAIMS, { representations: personRepresentations(twentyPersons[0]!), first: 20 });
    const twenty = await counted<Entities>(PERSON_CLAIMS, { representations: personRepresentations(...twentyPersons), first: 20 });

    expect(twenty.data._entities.map((p) => p.claims.nodes.length)).toEqual(twentyPersons.map(() => 3));
    expect(twenty.data._entities.map((p) => p.claims.totalCount)).toEqual(twentyPersons.map(() => 3));
    expect(twenty.statements).toBe(one.statements);
  });

  test('50 claims through _entities take as many statements as 1', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Claim { ...ClaimFields } } } ${CLAIM_FIELDS}`;
    const ids = Array.from({ length: 50 }, (_, i) => String(2000 + i + 1));
    const claimRepresentations = (list: string[]) => list.map((id) => ({ __typename: 'Claim', id }));
    const one = await counted<{ _entities: Array<{ id: string }> }>(query, { representations: claimRepresentations(ids.slice(0, 1)) });
    const fifty = await counted<{ _entities: Array<{ id: string }> }>(query, { representations: claimRepresentations(ids) });

    expect(fifty.data._entities.map((c) => c.id)).toEqual(ids);
    expect(fifty.statements).toBe(one.statements);
  });
});
