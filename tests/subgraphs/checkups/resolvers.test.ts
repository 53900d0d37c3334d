import { World } from '../../../data/src/world';
import { checkupsSubgraph } from '../../../subgraphs/checkups/src';
import { GuidanceResult, guidanceOf } from '../../../subgraphs/checkups/src/guidance';
import { CheckupRecord, checkupSelectList } from '../../../subgraphs/checkups/src/record';
import { encodeCursor } from '../../../subgraphs/common/src/pagination';
import { GraphQLResponse } from '../../support/graphql';
import { SubgraphHarness, startSubgraph } from '../../support/subgraph';

/**
 * The checkups subgraph over HTTP against a real PostgreSQL database loaded with the
 * synthetic data set of 200 people.
 */
const PEOPLE = 200;
const world = new World({ seed: 11, people: PEOPLE, asOf: '2025-06-30' });

let subgraph: SubgraphHarness;
/** Every stored checkup, straight from the table, newest first per person. */
let stored: CheckupRecord[];
let byPerson: Map<string, CheckupRecord[]>;
/** People with at least three checkups. */
let regulars: string[];

beforeAll(async () => {
  subgraph = await startSubgraph(checkupsSubgraph, { world, enforceFieldPolicy: false });
  stored = (await subgraph.pool.query<CheckupRecord>(`SELECT ${checkupSelectList('c')} FROM checkups c ORDER BY c.person_id, c.examined_on DESC, c.id DESC`)).rows;
  byPerson = new Map();
  for (const row of stored) (byPerson.get(row.personId) ?? byPerson.set(row.personId, []).get(row.personId)!).push(row);
  regulars = [...byPerson].filter(([, rows]) => rows.length >= 3).map(([id]) => id);
});

afterAll(async () => {
  await subgraph?.close();
});

/** Runs an operation and returns its response with the number of SQL statements it caused. */
async function run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T> & { statements: number }> {
  const { response, statements } = await subgraph.counted<T>(query, variables);
  return { ...response, statements };
}

const representations = (ids: readonly string[]) => ids.map((id) => ({ __typename: 'Person', id }));

interface CheckupNode {
  id: string;
  examinedOn: string;
  fiscalYear: number;
  guidance: GuidanceResult;
}

interface PersonCheckups {
  id: string;
  checkups: {
    nodes: CheckupNode[];
    edges: Array<{ cursor: string; node: { id: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount?: number;
  };
}

const PERSON_CHECKUPS = `
  query ($representations: [_Any!]!, $first: Int, $after: String, $fromYear: Int, $toYear: Int) {
    _entities(representations: $representations) {
      ... on Person {
        id
        checkups(first: $first, after: $after, fromYear: $fromYear, toYear: $toYear) {
          nodes { id examinedOn fiscalYear guidance { level group risks { bloodPressure lipids glucose smoking } riskCount excludedForMedication } }
          edges { cursor node { id } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }`;

const PERSON_CHECKUPS_WITH_COUNT = PERSON_CHECKUPS.replace('pageInfo { hasNextPage endCursor }', 'pageInfo { hasNextPage endCursor } totalCount');

describe('the loaded data set', () => {
  it('has enough people with several checkups to test with', () => {
    expect(stored.length).toBeGreaterThan(100);
    expect(regulars.length).toBeGreaterThanOrEqual(10);
  });
});

describe('Person.checkups through _entities', () => {
  it('returns each person\'s checkups newest first', async () => {
    const ids = regulars.slice(0, 4);
    const response = await run<{ _entities: PersonCheckups[] }>(PERSON_CHECKUPS, { representations: representations(ids) });
    expect(response.errors).toBeUndefined();
    response.data!._entities.forEach((person, i) => {
      expect(person.id).toBe(ids[i]);
      expect(person.checkups.nodes.map((n) => n.id)).toEqual(byPerson.get(ids[i]!)!.map((r) => r.id));
      expect(person.checkups.pageInfo.hasNextPage).toBe(false);
    });
  });

  it('runs one SQL statement for the connections whatever the number of persons', async () => {
    const two = await run(PERSON_CHECKUPS, { representations: representations(regulars.slice(0, 2)) });
    const ten = await run(PERSON_CHECKUPS, { representations: representations(regulars.slice(0, 10)) });
    const everyone = await run(PERSON_CHECKUPS, { representations: representations([...byPerson.keys()]), first: 100 });
    for (const response of [two, ten, everyone]) {
      expect(response.errors).toBeUndefined();
      expect(response.statements).toBe(1);
    }
  });

  it('adds one statement for totalCount, batched over the persons as well', async () => {
    const two = await run<{ _entities: PersonCheckups[] }>(PERSON_CHECKUPS_WITH_COUNT, { representations: representations(regulars.slice(0, 2)), first: 1 });
    const ten = await run<{ _entities: PersonCheckups[] }>(PERSON_CHECKUPS_WITH_COUNT, { representations: representations(regulars.slice(0, 10)), first: 1 });
    expect(two.statements).toBe(2);
    expect(ten.statements).toBe(2);
    ten.data!._entities.forEach((person) => expect(person.checkups.totalCount).toBe(byPerson.get(person.id)!.length));
  });

  it('gives a person with no checkups an empty connection', async () => {
    const nobody = '00000000-0000-8000-a000-000000000000';
    const response = await run<{ _entities: PersonCheckups[] }>(PERSON_CHECKUPS_WITH_COUNT, { representations: representations([nobody]) });
    expect(response.data!._entities[0]!.checkups).toEqual({ nodes: [], edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
  });

  it('pages with keyset cursors until the history ends', async () => {
    const id = regulars[0]!;
    const expected = byPerson.get(id)!.map((r) => r.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const response: GraphQLResponse<{ _entities: PersonCheckups[] }> = await run<{ _entities: PersonCheckups[] }>(PERSON_CHECKUPS, { representations: representations([id]), first: 2, after });
      const { nodes, edges, pageInfo } = response.data!._entities[0]!.checkups;
      expect(nodes.length).toBeLessThanOrEqual(2);
      expect(edges.map((e) => e.node.id)).toEqual(nodes.map((n) => n.id));
      expect(pageInfo.endCursor).toBe(edges.length > 0 ? edges[edges.length - 1]!.cursor : null);
      seen.push(...nodes.map((n) => n.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('pages several persons at once from the same cursor arguments', async () => {
    const ids = regulars.slice(0, 5);
    const response = await run<{ _entities: PersonCheckups[] }>(PERSON_CHECKUPS, { representations: representations(ids), first: 2 });
    expect(response.statements).toBe(1);
    response.data!._entities.forEach((person, i) => {
      expect(person.checkups.nodes.map((n) => n.id)).toEqual(byPerson.get(ids[i]!)!.slice(0, 2).map((r) => r.id));
      expect(person.checkups.pageInfo.hasNextPage).toBe(true);
    });
  });

  it('restricts to fiscal years, both ends inclusive', async () => {
    const ids = regulars.slice(0, 10);
    const response = await run<{ _entities: PersonCheckups[] }>(PERSON_CHECKUPS_WITH_COUNT, { representations: representations(ids), fromYear: 2022, toYear: 2023 });
    expect(response.errors).toBeUndefined();
    let total = 0;
    response.data!._entities.forEach((person, i) => {
      const expected = byPerson.get(ids[i]!)!.filter((r) => r.fiscalYear >= 2022 && r.fiscalYear <= 2023);
      expect(person.checkups.nodes.map((n) => n.id)).toEqual(expected.map((r) => r.id));
      expect(person.checkups.totalCount).toBe(expected.length);
      total += expected.length;
    });
    expect(total).toBeGreaterThan(0);
  });

  it('computes through the API the guidance the function gives for the stored values, and agrees with the stored level', async () => {
    const response = await run<{ _entities: PersonCheckups[] }>(PERSON_CHECKUPS, { representations: representations([...byPerson.keys()]), first: 100 });
    const nodes = response.data!._entities.flatMap((p) => p.checkups.nodes);
    expect(nodes.length).toBe(stored.length);
    const rows = new Map(stored.map((r) => [r.id, r]));
    for (const node of nodes) {
      const row = rows.get(node.id)!;
      expect(node.guidance).toEqual(guidanceOf(row));
      expect([node.guidance.level, node.guidance.group]).toEqual([row.guidanceLevel, row.guidanceGroup]);
    }
    expect(new Set(nodes.map((n) => n.guidance.level))).toEqual(new Set(['INTENSIVE', 'MOTIVATIONAL', 'INFORMATION']));
  });
});

const CHECKUP_FIELDS = `
  id examinedOn fiscalYear kind insurerNumber ageAtExam sex
  institution { code }
  items { heightCm weightKg bmi waistCm systolicBp diastolicBp triglycerides triglyceridesFasting hdl ldl glucose glucoseFasting hba1c ast alt ggt urineGlucose urineProtein }
  questionnaire { smoker onBloodPressureMedication onLipidMedication onGlucoseMedication }
  guidance { level group riskCount excludedForMedication }
  person { id }`;

describe('Query.checkup', () => {
  it('returns every stored value of the checkup', async () => {
    const row = stored.find((r) => r.kind === 'EMPLOYER')!;
    const response = await run<{ checkup: Record<string, unknown> }>(`query ($id: ID!) { checkup(id: $id) { ${CHECKUP_FIELDS} } }`, { id: row.id });
    expect(response.errors).toBeUndefined();
    expect(response.data!.checkup).toEqual({
      id: row.id,
      examinedOn: row.examinedOn,
      fiscalYear: row.fiscalYear,
      kind: 'EMPLOYER',
      insurerNumber: row.insurerNumber,
      ageAtExam: row.ageAtExam,
      sex: row.sex,
      institution: { code: row.institutionCode },
      items: {
        heightCm: row.heightCm, weightKg: row.weightKg, bmi: row.bmi, waistCm: row.waistCm, systolicBp: row.systolicBp, diastolicBp: row.diastolicBp,
        triglycerides: row.triglycerides, triglyceridesFasting: row.triglyceridesFasting, hdl: row.hdl, ldl: row.ldl, glucose: row.glucose,
        glucoseFasting: row.glucoseFasting, hba1c: row.hba1c, ast: row.ast, alt: row.alt, ggt: row.ggt, urineGlucose: row.urineGlucose, urineProtein: row.urineProtein,
      },
      questionnaire: {
        smoker: row.smoker, onBloodPressureMedication: row.onBloodPressureMedication, onLipidMedication: row.onLipidMedication, onGlucoseMedication: row.onGlucoseMedication,
      },
      guidance: { level: row.guidanceLevel, group: row.guidanceGroup, riskCount: guidanceOf(row).riskCount, excludedForMedication: guidanceOf(row).excludedForMedication },
      person: { id: row.personId },
    });
    expect(response.statements).toBe(1);
  });

  it('accepts the id with leading zeros', async () => {
    const row = stored[0]!;
    const response = await run<{ checkup: { id: string } }>('query ($id: ID!) { checkup(id: $id) { id } }', { id: `00${row.id}` });
    expect(response.data!.checkup).toEqual({ id: row.id });
  });

  it('returns null for an id that does not exist', async () => {
    const response = await run<{ checkup: null }>('{ checkup(id: "99999999999") { id } }');
    expect(response.errors).toBeUndefined();
    expect(response.data!.checkup).toBeNull();
  });

  it('batches several checkups by id into one statement', async () => {
    const ids = stored.slice(0, 6).map((r) => r.id);
    const aliases = ids.map((id, i) => `c${i}: checkup(id: "${id}") { id }`).join(' ');
    const response = await run<Record<string, { id: string }>>(`{ ${aliases} }`);
    expect(Object.values(response.data!).map((c) => c.id)).toEqual(ids);
    expect(response.statements).toBe(1);
  });

  it('resolves checkup entities by id in one statement', async () => {
    const ids = stored.slice(0, 8).map((r) => r.id);
    const response = await run<{ _entities: Array<{ id: string; examinedOn: string }> }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Checkup { id examinedOn } } }',
      { r: ids.map((id) => ({ __typename: 'Checkup', id })) },
    );
    expect(response.data!._entities.map((c) => c.id)).toEqual(ids);
    expect(response.statements).toBe(1);
  });

  it('resolves a checkup entity that does not exist to null', async () => {
    const response = await run<{ _entities: Array<{ id: string } | null> }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Checkup { id } } }',
      { r: [{ __typename: 'Checkup', id: stored[0]!.id }, { __typename: 'Checkup', id: '99999999999' }] },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual([{ id: stored[0]!.id }, null]);
  });

  it('reaches the person\'s other checkups from a checkup', async () => {
    const id = regulars[0]!;
    const newest = byPerson.get(id)![0]!;
    const response = await run<{ checkup: { person: { id: string; checkups: { totalCount: number } } } }>(
      `{ checkup(id: "${newest.id}") { person { id checkups { totalCount } } } }`,
    );
    expect(response.data!.checkup.person).toEqual({ id, checkups: { totalCount: byPerson.get(id)!.length } });
  });
});

describe('bad input', () => {
  const person = (): Array<{ __typename: string; id: string }> => representations([regulars[0]!]);
  const cases: Array<[string, string, () => Record<string, unknown> | undefined, string]> = [
    ['a checkup id with letters', '{ checkup(id: "12a") { id } }', () => undefined, 'id'],
    ['a negative checkup id', '{ checkup(id: "-1") { id } }', () => undefined, 'id'],
    ['a checkup id of 19 digits', '{ checkup(id: "1234567890123456789") { id } }', () => undefined, 'id'],
    ['first 0', PERSON_CHECKUPS, () => ({ representations: person(), first: 0 }), 'first'],
    ['first 101', PERSON_CHECKUPS, () => ({ representations: person(), first: 101 }), 'first'],
    ['a cursor that is not one', PERSON_CHECKUPS, () => ({ representations: person(), after: 'abc' }), 'after'],
    ['a cursor with a bad date', PERSON_CHECKUPS, () => ({ representations: person(), after: encodeCursor(['2024-02-30', 1]) }), 'after'],
    ['fromYear before 2008', PERSON_CHECKUPS, () => ({ representations: person(), fromYear: 2007 }), 'fromYear'],
    ['toYear after 2100', PERSON_CHECKUPS, () => ({ representations: person(), toYear: 2101 }), 'toYear'],
    ['toYear before fromYear', PERSON_CHECKUPS, () => ({ representations: person(), fromYear: 2024, toYear: 2023 }), 'toYear'],
    ['a person id that is not a UUID', PERSON_CHECKUPS, () => ({ representations: representations(['p-1']) }), 'Person.id'],
    ['a checkup entity id that is not digits', 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Checkup { id } } }', () => ({ r: [{ __typename: 'Checkup', id: 'c-1' }] }), 'Checkup.id'],
  ];

  it.each(cases)('%s: BAD_USER_INPUT naming the argument, no SQL', async (_name, query, variables, argument) => {
    const response = await run(query, variables());
    expect(response.statements).toBe(0);
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error!.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    expect(error!.message).toContain(argument);
    expect(JSON.stringify(response)).not.toMatch(/stack|at .*\.ts/);
  });

  it('rejects a page size of the wrong type as a validation error', async () => {
    const response = await run(PERSON_CHECKUPS, { representations: person(), first: 'ten' });
    expect(response.statements).toBe(0);
    expect(response.errors![0]!.extensions!.code).not.toBe('INTERNAL_SERVER_ERROR');
  });
});
