import { DRUGS } from '../../../data/src/masters';
import { addDays } from '../../../common/src/japan-calendar';
import { CLINIC_A, PHARMACY, craftedPersonId, insertDispensings, insertPrescription } from './crafted';
import { PrescriptionsHarness, TODAY, personEntities, startPrescriptionsHarness } from './harness';

const MEDICATIONS = `
  query ($representations: [_Any!]!, $first: Int, $after: String, $from: Date, $to: Date) {
    _entities(representations: $representations) {
      ... on Person {
        id
        medications(first: $first, after: $after, from: $from, to: $to) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { id } }
          nodes {
            id dispensedOn drugCode drugName quantity unit days dailyQuantity prescribedOn
            drug { code name ingredientCode ingredientName route asNeeded drugClass unit }
            dispensingInstitution { code } dispensingInstitutionName
            prescribingInstitution { code } prescribingInstitutionName
            electronicPrescription { id status issuedOn items { seq drugCode drug { code ingredientName } } }
          }
        }
      }
    }
  }`;

interface MedicationsData {
  _entities: Array<{
    id: string;
    medications: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ cursor: string; node: { id: string } }>;
      nodes: Array<Record<string, unknown> & { id: string; dispensedOn: string; electronicPrescription: { id: string; items: unknown[] } | null }>;
    };
  } | null>;
}

const ONE = craftedPersonId(900001);
const HUNDRED = craftedPersonId(900002);
const OLD = craftedPersonId(900003);
const NOBODY = craftedPersonId(900009);

let harness: PrescriptionsHarness;
let generated: string[];

async function medications(ids: readonly string[], args: Record<string, unknown> = {}) {
  return harness.counted<MedicationsData>(MEDICATIONS, { ...personEntities(ids), first: 100, ...args });
}

beforeAll(async () => {
  harness = await startPrescriptionsHarness();
  // One dispensing, from an e-prescription of one item.
  await insertPrescription(harness.pool, { id: 900001001, personId: ONE, issuedOn: '2025-06-01', status: 'DISPENSED', items: [{ drug: DRUGS.amlodipine, days: 28 }] });
  await insertDispensings(harness.pool, [{ id: 900001001, personId: ONE, dispensedOn: '2025-06-01', drug: DRUGS.amlodipine, days: 28, electronicPrescriptionId: 900001001 }]);
  // A hundred dispensings: 25 e-prescriptions a week apart, four drugs each.
  const four = [DRUGS.amlodipine, DRUGS.candesartan, DRUGS.rosuvastatin, DRUGS.metformin];
  for (let k = 0; k < 25; k++) {
    const issuedOn = addDays(TODAY, -7 * k);
    const prescriptionId = 900002001 + k;
    await insertPrescription(harness.pool, { id: prescriptionId, personId: HUNDRED, issuedOn, status: 'DISPENSED', items: four.map((drug) => ({ drug, days: 7 })) });
    await insertDispensings(harness.pool, four.map((drug, j) => ({
      id: 900002001 + k * 4 + j, personId: HUNDRED, dispensedOn: issuedOn, drug, days: 7, electronicPrescriptionId: prescriptionId,
    })));
  }
  // The 3-year window starts on 2022-06-30 for 2025-06-30.
  await insertDispensings(harness.pool, [
    { id: 900003001, personId: OLD, dispensedOn: '2022-06-29', drug: DRUGS.famotidine, days: 14 },
    { id: 900003002, personId: OLD, dispensedOn: '2022-06-30', drug: DRUGS.famotidine, days: 14 },
    { id: 900003003, personId: OLD, dispensedOn: '2025-01-10', drug: DRUGS.loxoprofen, days: 10 },
  ]);
  const rows = await harness.pool.query<{ id: string }>(
    `SELECT person_id::text AS id FROM dispensings WHERE id < 900000000 GROUP BY person_id
     ORDER BY bool_or(electronic_prescription_id IS NOT NULL) DESC, count(*) DESC, person_id LIMIT 5`,
  );
  generated = rows.rows.map((r) => r.id);
});

afterAll(async () => {
  await harness?.close();
});

describe('Person.medications through _entities', () => {
  test('returns the dispensing with its drug, institutions and e-prescription', async () => {
    const { response } = await medications([ONE]);
    expect(response.errors).toBeUndefined();
    const connection = response.data!._entities[0]!.medications;
    expect(connection.totalCount).toBe(1);
    expect(connection.nodes).toEqual([{
      id: '900001001', dispensedOn: '2025-06-01', drugCode: DRUGS.amlodipine.code, drugName: DRUGS.amlodipine.name,
      quantity: 28, unit: '錠', days: 28, dailyQuantity: 1, prescribedOn: '2025-06-01',
      drug: {
        code: DRUGS.amlodipine.code, name: DRUGS.amlodipine.name, ingredientCode: '2171022', ingredientName: 'アムロジピンベシル酸塩',
        route: 'ORAL', asNeeded: false, drugClass: 'ANTIHYPERTENSIVE', unit: '錠',
      },
      dispensingInstitution: { code: PHARMACY.code }, dispensingInstitutionName: PHARMACY.name,
      prescribingInstitution: { code: CLINIC_A.code }, prescribingInstitutionName: CLINIC_A.name,
      electronicPrescription: { id: '900001001', status: 'DISPENSED', issuedOn: '2025-06-01', items: [{ seq: 1, drugCode: DRUGS.amlodipine.code, drug: { code: DRUGS.amlodipine.code, ingredientName: 'アムロジピンベシル酸塩' } }] },
    }]);
  });

  test('a person with 1 dispensing and a person with 100 cost the same number of statements', async () => {
    const one = await medications([ONE]);
    const hundred = await medications([HUNDRED]);
    expect(one.response.data!._entities[0]!.medications.nodes).toHaveLength(1);
    expect(hundred.response.data!._entities[0]!.medications.nodes).toHaveLength(100);
    expect(hundred.response.data!._entities[0]!.medications.nodes.every((n) => n.electronicPrescription!.items.length === 4)).toBe(true);
    // page, total count, e-prescriptions by id, their items
    expect(one.statements).toBe(4);
    expect(hundred.statements).toBe(one.statements);
  });

  test('several persons in one request cost the same statements as one person', async () => {
    const all = [ONE, HUNDRED, OLD, NOBODY, ...generated];
    const { response, statements } = await medications(all);
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities.map((e) => e!.id)).toEqual(all);
    expect(statements).toBe(4);
    for (const [i, id] of generated.entries()) {
      const { rows } = await harness.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM dispensings WHERE person_id = $1', [id]);
      expect(response.data!._entities[4 + i]!.medications.totalCount).toBe(rows[0]!.n);
    }
  });

  test('generated people have medication histories with e-prescriptions', async () => {
    const { response } = await medications(generated.slice(0, 1));
    const nodes = response.data!._entities[0]!.medications.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.some((n) => n.electronicPrescription !== null)).toBe(true);
  });

  test('pages through 100 dispensings newest first with keyset cursors', async () => {
    const seen: string[] = [];
    const dates: string[] = [];
    let after: string | null = null;
    const sizes: number[] = [];
    for (;;) {
      const { response } = await medications([HUNDRED], { first: 30, after });
      const connection = response.data!._entities[0]!.medications;
      expect(connection.totalCount).toBe(100);
      sizes.push(connection.nodes.length);
      seen.push(...connection.nodes.map((n) => n.id));
      dates.push(...connection.nodes.map((n) => n.dispensedOn));
      expect(connection.pageInfo.endCursor).toBe(connection.edges[connection.edges.length - 1]!.cursor);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(sizes).toEqual([30, 30, 30, 10]);
    expect(new Set(seen).size).toBe(100);
    const keys = seen.map((id, i) => `${dates[i]}:${id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  test('covers the last 3 years only, whatever `from` asks', async () => {
    const ids = async (args: Record<string, unknown>) => {
      const { response } = await medications([OLD], args);
      const connection = response.data!._entities[0]!.medications;
      return { ids: connection.nodes.map((n) => n.id), total: connection.totalCount };
    };
    expect(await ids({})).toEqual({ ids: ['900003003', '900003002'], total: 2 });
    expect(await ids({ from: '2020-01-01' })).toEqual({ ids: ['900003003', '900003002'], total: 2 });
    expect(await ids({ from: '2023-01-01' })).toEqual({ ids: ['900003003'], total: 1 });
    expect(await ids({ to: '2022-12-31' })).toEqual({ ids: ['900003002'], total: 1 });
    expect(await ids({ from: '2025-01-10', to: '2025-01-10' })).toEqual({ ids: ['900003003'], total: 1 });
  });

  test('a person with no records, or an id that is not a person id, has an empty history', async () => {
    const { response } = await medications([NOBODY, 'not-a-uuid']);
    expect(response.errors).toBeUndefined();
    for (const entity of response.data!._entities) {
      expect(entity!.medications).toMatchObject({ totalCount: 0, nodes: [], edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    }
  });
});
