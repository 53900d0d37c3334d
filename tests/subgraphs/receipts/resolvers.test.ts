import { withCheckDigit } from '../../../common/src/identifiers';
import { storyOf } from '../../../data/src/story';
import { World } from '../../../data/src/world';
import { encodeCursor } from '../../../subgraphs/common/src/pagination';
import { receiptsSubgraph } from '../../../subgraphs/receipts/src';
import { SubgraphHarness, startSubgraph } from '../../support/subgraph';
import { asSelected, expectedClaimsOf } from './expected-claims';
import { CLAIM_FIELDS, ClaimJson, PERSON_CLAIMS, PersonClaimsJson, personRepresentations } from './queries';

/**
 * The receipts subgraph over HTTP against a real PostgreSQL database loaded with the synthetic
 * data set of 200 people; answers are checked against the seeder's rows for each person's story.
 */
const PEOPLE = 200;
const world = new World({ seed: 5, people: PEOPLE, asOf: '2025-06-30' });
const people = Array.from({ length: PEOPLE }, (_, i) => world.person(i));
const expected = new Map(people.map((p) => [p.id, expectedClaimsOf(storyOf(world, p))]));
/** The person with the most claims. */
const busiest = [...expected].sort(([, a], [, b]) => b.length - a.length)[0]![0];
const NOBODY = '00000000-0000-8000-a000-ffffffffffff';

let subgraph: SubgraphHarness;

beforeAll(async () => {
  subgraph = await startSubgraph(receiptsSubgraph, { world, enforceFieldPolicy: false });
});

afterAll(async () => {
  await subgraph?.close();
});

async function personClaims(personId: string, variables: Record<string, unknown> = {}): Promise<PersonClaimsJson> {
  const response = await subgraph.query<{ _entities: PersonClaimsJson[] }>(PERSON_CLAIMS, { representations: personRepresentations(personId), ...variables });
  expect(response.errors).toBeUndefined();
  return response.data!._entities[0]!;
}

describe('receipts subgraph: claims', () => {
  test('the data set gives the busiest person several pages of claims', () => {
    expect(expected.get(busiest)!.length).toBeGreaterThan(10);
  });

  test('serves every person’s claims with every field and nested list, as seeded, newest first', async () => {
    const response = await subgraph.query<{ _entities: PersonClaimsJson[] }>(PERSON_CLAIMS, {
      representations: personRepresentations(...people.map((p) => p.id)),
      first: 100,
    });
    expect(response.errors).toBeUndefined();
    const served = response.data!._entities;
    expect(served.map((p) => p.id)).toEqual(people.map((p) => p.id));
    for (const person of served) {
      const claims = expected.get(person.id)!;
      expect(person.claims.nodes).toEqual(claims.map(asSelected));
      expect(person.claims.totalCount).toBe(claims.length);
    }
    const all = served.flatMap((p) => p.claims.nodes);
    for (const list of ['publicExpenses', 'diagnoses', 'procedures', 'drugs', 'materials', 'remarks']) {
      expect(all.some((claim) => (claim[list] as unknown[]).length > 0)).toBe(true);
    }
  });

  test('serves a claim by id through Query.claim and through _entities', async () => {
    const claim = expected.get(busiest)![0]!;
    const query = `query ($id: ID!, $representations: [_Any!]!) {
      claim(id: $id) { ...ClaimFields }
      _entities(representations: $representations) { ... on Claim { ...ClaimFields } }
    } ${CLAIM_FIELDS}`;
    const response = await subgraph.query<{ claim: ClaimJson; _entities: ClaimJson[] }>(query, {
      id: claim.id,
      representations: [{ __typename: 'Claim', id: claim.id }],
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.claim).toEqual(asSelected(claim));
    expect(response.data!._entities).toEqual([asSelected(claim)]);
  });

  test('answers null for a claim that does not exist', async () => {
    const response = await subgraph.query<{ claim: null }>('{ claim(id: "999999999") { id } }');
    expect(response).toEqual({ status: 200, data: { claim: null } });
  });

  test('gives a person with no claims an empty connection', async () => {
    const person = await personClaims(NOBODY);
    expect(person.claims).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [], nodes: [] });
  });
});

describe('receipts subgraph: pagination', () => {
  test('pages through all of a person’s claims with first/after', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const person: PersonClaimsJson = await personClaims(busiest, { first: 3, after });
      const connection = person.claims;
      expect(connection.totalCount).toBe(expected.get(busiest)!.length);
      expect(connection.edges.map((e) => e.node.id)).toEqual(connection.nodes.map((n) => n.id));
      expect(connection.pageInfo.endCursor).toBe(connection.edges[connection.edges.length - 1]?.cursor ?? null);
      ids.push(...connection.nodes.map((n) => n.id));
      pages++;
      if (!connection.pageInfo.hasNextPage) break;
      expect(connection.nodes).toHaveLength(3);
      after = connection.pageInfo.endCursor;
    }
    expect(ids).toEqual(expected.get(busiest)!.map((c) => c.id));
    expect(pages).toBe(Math.ceil(ids.length / 3));
  });

  test('filters by fromMonth and toMonth, inclusive, and counts within them', async () => {
    const claims = expected.get(busiest)!;
    const months = [...new Set(claims.map((c) => c.treatmentMonth))];
    const toMonth = months[1]!;
    const fromMonth = months[months.length - 2]!;
    const within = claims.filter((c) => c.treatmentMonth >= fromMonth && c.treatmentMonth <= toMonth);
    expect(within.length).toBeLessThan(claims.length);

    const person = await personClaims(busiest, { first: 100, fromMonth, toMonth });
    expect(person.claims.nodes.map((c) => c.id)).toEqual(within.map((c) => c.id));
    expect(person.claims.totalCount).toBe(within.length);
  });

  test('pages within a month range', async () => {
    const claims = expected.get(busiest)!;
    const fromMonth = claims[claims.length - 1]!.treatmentMonth;
    const toMonth = claims[2]!.treatmentMonth;
    const within = claims.filter((c) => c.treatmentMonth >= fromMonth && c.treatmentMonth <= toMonth);
    const first = await personClaims(busiest, { first: 2, fromMonth, toMonth });
    const second = await personClaims(busiest, { first: 2, fromMonth, toMonth, after: first.claims.pageInfo.endCursor });
    expect([...first.claims.nodes, ...second.claims.nodes].map((c) => c.id)).toEqual(within.slice(0, 4).map((c) => c.id));
  });

  test('filters by public-expense payer number (公費負担者番号), and counts within it', async () => {
    const payersOf = (claim: ClaimJson) => (claim.publicExpenses as Array<{ payerNumber: string }>).map((e) => e.payerNumber);
    const [personId, claims] = [...expected].find(([, list]) => list.some((c) => payersOf(c).length > 0))!;
    const payerNumber = claims.flatMap(payersOf)[0]!;
    const covered = claims.filter((c) => payersOf(c).includes(payerNumber));
    const person = await personClaims(personId, { first: 100, publicExpensePayerNumber: payerNumber });
    expect(person.claims.nodes.map((c) => c.id)).toEqual(covered.map((c) => c.id));
    expect(person.claims.totalCount).toBe(covered.length);
    const other = await personClaims(personId, { first: 100, publicExpensePayerNumber: withCheckDigit('8813001') });
    expect(other.claims.nodes.filter((c) => !covered.some((k) => k.id === c.id))).toEqual([]);
  });

  test('serves past visits, one per claim, newest first', async () => {
    const person = await personClaims(busiest, { first: 100 });
    expect(person.visits.nodes).toEqual(
      expected.get(busiest)!.map((c) => ({
        institutionCode: c.institutionCode, institutionName: c.institutionName, institution: { code: c.institutionCode },
        month: c.treatmentMonth, lastVisitDate: c.lastVisitDate,
      })),
    );
    expect(person.visits.totalCount).toBe(expected.get(busiest)!.length);
  });
});

describe('receipts subgraph: bad input', () => {
  const person = (args: string) => `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { claims(${args}) { totalCount nodes { id } } } } }`;

  test.each<[string, string, string, Record<string, unknown>]>([
    ['a claim id with letters', 'id', '{ claim(id: "42a") { id } }', {}],
    ['a negative claim id', 'id', '{ claim(id: "-1") { id } }', {}],
    ['a claim reference id with letters', 'Claim.id', 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Claim { id } } }', { r: [{ __typename: 'Claim', id: '1 OR 1=1' }] }],
    ['a person id that is not a UUID', 'Person.id', 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { claims { totalCount } } } }', { r: [{ __typename: 'Person', id: "x' OR '1'='1" }] }],
    ['first 0', 'first', person('first: 0'), {}],
    ['first 101', 'first', person('first: 101'), {}],
    ['an after that is no cursor', 'after', person('after: "page-2"'), {}],
    ['a cursor with a bad claim id', 'after', person(`after: "${encodeCursor(['2024-05', '1; DROP TABLE claims'])}"`), {}],
    ['a fromMonth that is no month', 'fromMonth', person('fromMonth: "2024-13"'), {}],
    ['a toMonth given as a date', 'toMonth', person('toMonth: "2024-05-01"'), {}],
    ['a fromMonth after toMonth', 'fromMonth', person('fromMonth: "2024-06", toMonth: "2024-05"'), {}],
    ['a payer number with a wrong check digit', 'publicExpensePayerNumber', person(`publicExpensePayerNumber: "${withCheckDigit('1513001').slice(0, 7)}${(Number(withCheckDigit('1513001')[7]) + 1) % 10}"`), {}],
    ['a payer number of 7 digits', 'publicExpensePayerNumber', person('publicExpensePayerNumber: "1513001"'), {}],
  ])('%s is BAD_USER_INPUT naming %s, and runs no SQL', async (_name, argument, query, variables) => {
    const representations = { representations: personRepresentations(busiest) };
    const { response, statements } = await subgraph.counted(query, { ...representations, ...variables });
    expect(statements).toBe(0);
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error!.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    expect(error!.message).toContain(argument);
  });
});
