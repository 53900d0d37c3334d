import { DRUGS } from '../../../data/src/masters';
import { CLINIC_A, CLINIC_B, craftedPersonId, insertDispensings } from './crafted';
import { PrescriptionsHarness, TODAY, personEntities, startPrescriptionsHarness } from './harness';

const CHECK = `
  query ($representations: [_Any!]!, $drugCodes: [String!]!, $asOf: Date) {
    _entities(representations: $representations) {
      ... on Person {
        id
        duplicateMedicationCheck(drugCodes: $drugCodes, asOf: $asOf) {
          checkedOn
          findings { candidate { code } current { id drugName prescribingInstitution { code } } other { id } reason }
        }
      }
    }
  }`;

interface CheckData {
  _entities: Array<{
    id: string;
    duplicateMedicationCheck: {
      checkedOn: string;
      findings: Array<{ candidate: { code: string } | null; current: { id: string; drugName: string; prescribingInstitution: { code: string } }; other: { id: string } | null; reason: string }>;
    };
  } | null>;
}

const PATIENT = craftedPersonId(900021);
/** A loxoprofen tape: the same ingredient as the oral loxoprofen tablets, but topical. */
const LOXOPROFEN_TAPE = { code: '699999991', name: 'ロキソプロフェンＮａテープ１００ｍｇ', ingredientCode: '1149019', ingredientName: 'ロキソプロフェンナトリウム水和物', route: 'TOPICAL', asNeeded: false, drugClass: 'ANALGESIC', unit: '枚', unitPoints: 1 } as const;

let harness: PrescriptionsHarness;

async function check(drugCodes: string[], asOf?: string, persons: string[] = [PATIENT]) {
  return harness.counted<CheckData>(CHECK, { ...personEntities(persons), drugCodes, asOf });
}

const brief = (data: CheckData | null | undefined) =>
  data!._entities[0]!.duplicateMedicationCheck.findings.map((f) => [f.candidate?.code ?? null, f.current.id, f.other?.id ?? null]);

beforeAll(async () => {
  harness = await startPrescriptionsHarness();
  await harness.pool.query(
    `INSERT INTO drugs (code, name, ingredient_code, ingredient_name, route, as_needed, drug_class, unit) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [LOXOPROFEN_TAPE.code, LOXOPROFEN_TAPE.name, LOXOPROFEN_TAPE.ingredientCode, LOXOPROFEN_TAPE.ingredientName, LOXOPROFEN_TAPE.route, false, LOXOPROFEN_TAPE.drugClass, LOXOPROFEN_TAPE.unit],
  );
  await insertDispensings(harness.pool, [
    // Amlodipine from clinic A for 56 days (to 07-26) and, from clinic B, another brand for 28 days (to 07-17).
    { id: 900021001, personId: PATIENT, dispensedOn: '2025-06-01', drug: DRUGS.amlodipine, days: 56, prescriber: CLINIC_A },
    { id: 900021002, personId: PATIENT, dispensedOn: '2025-06-20', drug: DRUGS.amlodipineOther, days: 28, prescriber: CLINIC_B },
    // Topical, written for 56 days: counts as 14 (to 07-03).
    { id: 900021003, personId: PATIENT, dispensedOn: '2025-06-20', drug: DRUGS.heparinoid, days: 56, dailyQuantity: 5, prescriber: CLINIC_A },
    // As needed, 10 uses: counts as 14 days (to 06-23).
    { id: 900021004, personId: PATIENT, dispensedOn: '2025-06-10', drug: DRUGS.loxoprofen, days: 10, prescriber: CLINIC_B },
    // Long over (to 05-26).
    { id: 900021005, personId: PATIENT, dispensedOn: '2025-04-01', drug: DRUGS.candesartan, days: 56, prescriber: CLINIC_A },
    // A topical loxoprofen, current to 07-08.
    { id: 900021006, personId: PATIENT, dispensedOn: '2025-06-25', drug: LOXOPROFEN_TAPE, days: 7, prescriber: CLINIC_A },
  ]);
});

afterAll(async () => {
  await harness?.close();
});

describe('Person.duplicateMedicationCheck', () => {
  test('finds candidates sharing ingredient and route with current drugs, and the duplicate within the current medication', async () => {
    const { response } = await check([DRUGS.amlodipine.code, DRUGS.heparinoidGeneric.code, DRUGS.loxoprofenGeneric.code]);
    expect(response.errors).toBeUndefined();
    const result = response.data!._entities[0]!.duplicateMedicationCheck;
    expect(result.checkedOn).toBe(TODAY);
    expect(brief(response.data)).toEqual([
      [DRUGS.amlodipine.code, '900021002', null],
      [DRUGS.amlodipine.code, '900021001', null],
      [DRUGS.heparinoidGeneric.code, '900021003', null],
      [null, '900021002', '900021001'],
    ]);
    expect(result.findings.every((f) => f.reason === 'SAME_INGREDIENT_AND_ROUTE')).toBe(true);
    expect(result.findings[0]!.current).toEqual({ id: '900021002', drugName: DRUGS.amlodipineOther.name, prescribingInstitution: { code: CLINIC_B.code } });
  });

  test('an oral candidate does not duplicate a topical drug of the same ingredient', async () => {
    const { response } = await check([DRUGS.loxoprofenGeneric.code], '2025-06-26');
    expect(brief(response.data)).toEqual([[null, '900021002', '900021001']]);
  });

  test('an as-needed drug counts 14 days: current on the last day, not the day after', async () => {
    expect(brief((await check([DRUGS.loxoprofenGeneric.code], '2025-06-23')).response.data)).toContainEqual([DRUGS.loxoprofenGeneric.code, '900021004', null]);
    expect(brief((await check([DRUGS.loxoprofenGeneric.code], '2025-06-24')).response.data).filter((f) => f[0] !== null)).toEqual([]);
  });

  test('a topical drug written for 56 days counts 14: current on 07-03, not on 07-04', async () => {
    expect(brief((await check([DRUGS.heparinoidGeneric.code], '2025-07-03')).response.data)).toContainEqual([DRUGS.heparinoidGeneric.code, '900021003', null]);
    expect(brief((await check([DRUGS.heparinoidGeneric.code], '2025-07-04')).response.data).filter((f) => f[0] !== null)).toEqual([]);
  });

  test('no candidates: only the duplicates within the current medication, while they overlap', async () => {
    expect(brief((await check([], '2025-07-17')).response.data)).toEqual([[null, '900021002', '900021001']]);
    expect(brief((await check([], '2025-07-18')).response.data)).toEqual([]);
  });

  test('an unknown drug code is BAD_USER_INPUT naming the code', async () => {
    const { response } = await check([DRUGS.amlodipine.code, '999999999']);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'drugCodes' });
    expect(response.errors![0]!.message).toMatch(/drugCodes.*999999999.*not in the drug master/);
  });

  test('checking many persons costs the same statements as one', async () => {
    const { rows } = await harness.pool.query<{ id: string }>('SELECT DISTINCT person_id::text AS id FROM dispensings WHERE id < 900000000 ORDER BY 1 LIMIT 30');
    const one = await check([DRUGS.amlodipine.code, DRUGS.metformin.code], undefined, [PATIENT]);
    const many = await check([DRUGS.amlodipine.code, DRUGS.metformin.code], undefined, [PATIENT, ...rows.map((r) => r.id)]);
    expect(many.response.errors).toBeUndefined();
    expect(many.response.data!._entities).toHaveLength(31);
    // the candidate drugs, the possibly current dispensings
    expect(one.statements).toBe(2);
    expect(many.statements).toBe(one.statements);
  });
});
