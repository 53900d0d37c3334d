import { DispensingFacts, DrugFacts, coveredDays, findDuplicates, isCurrent, lastCoveredDay } from '../../../subgraphs/prescriptions/src/duplicates';

const drug = (code: string, ingredientCode: string, route: DrugFacts['route'], asNeeded = false): DrugFacts => ({ code, ingredientCode, route, asNeeded });

const AMLODIPINE = drug('610443047', '2171022', 'ORAL');
const AMLODIPINE_OTHER = drug('622082701', '2171022', 'ORAL');
const CANDESARTAN = drug('620006822', '2149040', 'ORAL');
const HEPARINOID = drug('620005573', '3339950', 'TOPICAL');
const HEPARINOID_GENERIC = drug('622079001', '3339950', 'TOPICAL');
const LOXOPROFEN_AS_NEEDED = drug('620098801', '1149019', 'ORAL', true);
const LOXOPROFEN_GENERIC_AS_NEEDED = drug('610453096', '1149019', 'ORAL', true);
const LOXOPROFEN_TAPE = drug('699999991', '1149019', 'TOPICAL');
const SALBUTAMOL_INHALER = drug('620000142', '2254700', 'INHALED', true);

let nextId = 1;
const dispensing = (d: DrugFacts, dispensedOn: string, days: number, prescriber = '1310000011', prescribedOn = dispensedOn, electronicPrescriptionId: string | null = null): DispensingFacts => ({
  id: String(nextId++), dispensedOn, days, drug: d, prescribingInstitutionCode: prescriber, prescribedOn, electronicPrescriptionId,
});

describe('coveredDays', () => {
  test.each([
    ['a daily oral drug covers its days', AMLODIPINE, 56, 56],
    ['a short daily course covers its days', CANDESARTAN, 5, 5],
    ['a topical drug counts as 14 days whatever was written', HEPARINOID, 56, 14],
    ['a topical drug written for fewer days still counts as 14', HEPARINOID, 3, 14],
    ['an as-needed oral drug counts as 14 days', LOXOPROFEN_AS_NEEDED, 10, 14],
    ['an as-needed inhaler counts as 14 days', SALBUTAMOL_INHALER, 30, 14],
  ])('%s', (_, d, days, expected) => {
    expect(coveredDays(d, days)).toBe(expected);
  });
});

describe('isCurrent (dispensed_on <= asOf < dispensed_on + covered days)', () => {
  test.each([
    ['56 days from 2025-06-01: before the dispensing date', AMLODIPINE, '2025-06-01', 56, '2025-05-31', false],
    ['56 days from 2025-06-01: on the dispensing date', AMLODIPINE, '2025-06-01', 56, '2025-06-01', true],
    ['56 days from 2025-06-01: the last covered day 07-26', AMLODIPINE, '2025-06-01', 56, '2025-07-26', true],
    ['56 days from 2025-06-01: the day after, 07-27', AMLODIPINE, '2025-06-01', 56, '2025-07-27', false],
    ['1 day: only the dispensing date', CANDESARTAN, '2025-06-01', 1, '2025-06-01', true],
    ['1 day: not the next day', CANDESARTAN, '2025-06-01', 1, '2025-06-02', false],
    ['topical 56 days from 06-01: the 14th day 06-14 is the last', HEPARINOID, '2025-06-01', 56, '2025-06-14', true],
    ['topical 56 days from 06-01: the 15th day 06-15 is not covered', HEPARINOID, '2025-06-01', 56, '2025-06-15', false],
    ['as-needed 10 uses from 06-01: day 14 is covered', LOXOPROFEN_AS_NEEDED, '2025-06-01', 10, '2025-06-14', true],
    ['as-needed 10 uses from 06-01: day 15 is not', LOXOPROFEN_AS_NEEDED, '2025-06-01', 10, '2025-06-15', false],
    ['across a month end: 28 days from 2024-02-10 ends 03-08 (leap year)', AMLODIPINE, '2024-02-10', 28, '2024-03-08', true],
    ['across a month end: 2024-03-09 is the day after', AMLODIPINE, '2024-02-10', 28, '2024-03-09', false],
  ])('%s', (_, d, dispensedOn, days, asOf, expected) => {
    expect(isCurrent(dispensing(d, dispensedOn, days), asOf)).toBe(expected);
  });

  test('the last covered day is the dispensing date plus covered days minus one', () => {
    expect(lastCoveredDay(dispensing(AMLODIPINE, '2025-06-01', 56))).toBe('2025-07-26');
    expect(lastCoveredDay(dispensing(HEPARINOID, '2025-06-01', 56))).toBe('2025-06-14');
  });
});

describe('findDuplicates: candidates against current dispensings', () => {
  const summary = (findings: ReturnType<typeof findDuplicates>) =>
    findings.map((f) => ({ candidate: f.candidate?.code ?? null, current: f.current.id, other: f.other?.id ?? null }));

  test.each<[string, DrugFacts[], Array<[DrugFacts, string, number]>, string, Array<{ candidate: string | null; current: number; other: number | null }>]>([
    ['same drug, current → duplicate', [AMLODIPINE], [[AMLODIPINE, '2025-06-01', 56]], '2025-06-30', [{ candidate: '610443047', current: 0, other: null }]],
    ['same ingredient, other brand, same route → duplicate', [AMLODIPINE_OTHER], [[AMLODIPINE, '2025-06-01', 56]], '2025-06-30', [{ candidate: '622082701', current: 0, other: null }]],
    ['different ingredient → none', [CANDESARTAN], [[AMLODIPINE, '2025-06-01', 56]], '2025-06-30', []],
    ['same ingredient, topical vs oral → none', [LOXOPROFEN_TAPE], [[LOXOPROFEN_AS_NEEDED, '2025-06-20', 10]], '2025-06-25', []],
    ['same ingredient, oral vs topical → none', [LOXOPROFEN_AS_NEEDED], [[LOXOPROFEN_TAPE, '2025-06-20', 7]], '2025-06-25', []],
    ['on the last covered day → duplicate', [AMLODIPINE_OTHER], [[AMLODIPINE, '2025-06-01', 56]], '2025-07-26', [{ candidate: '622082701', current: 0, other: null }]],
    ['the day after the last covered day → none', [AMLODIPINE_OTHER], [[AMLODIPINE, '2025-06-01', 56]], '2025-07-27', []],
    ['topical written for 56 days, checked on day 14 → duplicate', [HEPARINOID_GENERIC], [[HEPARINOID, '2025-06-01', 56]], '2025-06-14', [{ candidate: '622079001', current: 0, other: null }]],
    ['topical written for 56 days, checked on day 15 → none (14-day rule)', [HEPARINOID_GENERIC], [[HEPARINOID, '2025-06-01', 56]], '2025-06-15', []],
    ['as-needed 10 uses, checked on day 14 → duplicate (14-day rule)', [LOXOPROFEN_GENERIC_AS_NEEDED], [[LOXOPROFEN_AS_NEEDED, '2025-06-01', 10]], '2025-06-14', [{ candidate: '610453096', current: 0, other: null }]],
    ['as-needed 10 uses, checked on day 15 → none', [LOXOPROFEN_GENERIC_AS_NEEDED], [[LOXOPROFEN_AS_NEEDED, '2025-06-01', 10]], '2025-06-15', []],
    ['dispensed after the check date → none', [AMLODIPINE], [[AMLODIPINE, '2025-07-01', 56]], '2025-06-30', []],
    ['one candidate against two current dispensings → two findings, newest first', [AMLODIPINE], [[AMLODIPINE, '2025-06-01', 56], [AMLODIPINE, '2025-06-20', 56]], '2025-06-30',
      [{ candidate: '610443047', current: 1, other: null }, { candidate: '610443047', current: 0, other: null }]],
    ['two candidates in the order given', [HEPARINOID_GENERIC, AMLODIPINE_OTHER], [[AMLODIPINE, '2025-06-01', 56], [HEPARINOID, '2025-06-25', 30]], '2025-06-30',
      [{ candidate: '622079001', current: 1, other: null }, { candidate: '622082701', current: 0, other: null }]],
    ['no candidates and one current dispensing → none', [], [[AMLODIPINE, '2025-06-01', 56]], '2025-06-30', []],
  ])('%s', (_, candidates, rows, asOf, expected) => {
    // Pairs within the current medication are tested below; here only the candidates' findings count.
    const dispensings = rows.map(([d, on, days], i) => dispensing(d, on, days, `13100000${i}1`));
    const byIndex = (i: number | null) => (i === null ? null : dispensings[i]!.id);
    const withoutPairs = summary(findDuplicates(candidates, dispensings, asOf)).filter((f) => f.candidate !== null);
    expect(withoutPairs).toEqual(expected.map((e) => ({ candidate: e.candidate, current: byIndex(e.current), other: byIndex(e.other) })));
  });
});

describe('findDuplicates: within the current medication', () => {
  test('same ingredient and route from two prescribers, both current → one finding, newer as current', () => {
    const older = dispensing(AMLODIPINE, '2025-06-01', 56, '1310000011');
    const newer = dispensing(AMLODIPINE_OTHER, '2025-06-04', 28, '1320000021');
    const findings = findDuplicates([], [older, newer], '2025-06-10');
    expect(findings).toEqual([{ candidate: null, current: newer, other: older, reason: 'SAME_INGREDIENT_AND_ROUTE' }]);
  });

  test('the older one no longer current → no finding', () => {
    const older = dispensing(AMLODIPINE, '2025-05-01', 28, '1310000011');
    const newer = dispensing(AMLODIPINE_OTHER, '2025-06-04', 28, '1320000021');
    expect(findDuplicates([], [older, newer], '2025-06-10')).toEqual([]);
  });

  test('the same prescription (same prescriber and date) → no finding', () => {
    const a = dispensing(AMLODIPINE, '2025-06-01', 56, '1310000011', '2025-06-01');
    const b = dispensing(AMLODIPINE_OTHER, '2025-06-01', 56, '1310000011', '2025-06-01');
    expect(findDuplicates([], [a, b], '2025-06-10')).toEqual([]);
  });

  test('the same e-prescription → no finding; different e-prescriptions of one prescriber → finding', () => {
    const a = dispensing(AMLODIPINE, '2025-06-01', 56, '1310000011', '2025-06-01', '9001');
    const b = dispensing(AMLODIPINE_OTHER, '2025-06-01', 56, '1310000011', '2025-06-01', '9001');
    const c = dispensing(AMLODIPINE_OTHER, '2025-06-02', 56, '1310000011', '2025-06-02', '9002');
    expect(findDuplicates([], [a, b], '2025-06-10')).toEqual([]);
    expect(findDuplicates([], [a, c], '2025-06-10').map((f) => [f.current.id, f.other?.id])).toEqual([[c.id, a.id]]);
  });

  test('topical and oral of the same ingredient from two prescribers → no finding', () => {
    const oral = dispensing(LOXOPROFEN_AS_NEEDED, '2025-06-01', 10, '1310000011');
    const tape = dispensing(LOXOPROFEN_TAPE, '2025-06-02', 7, '1320000021');
    expect(findDuplicates([], [oral, tape], '2025-06-05')).toEqual([]);
  });

  test('topical from two prescribers overlaps only within the 14-day rule', () => {
    const first = dispensing(HEPARINOID, '2025-06-01', 56, '1310000011');
    const second = dispensing(HEPARINOID_GENERIC, '2025-06-10', 56, '1320000021');
    expect(findDuplicates([], [first, second], '2025-06-14')).toHaveLength(1);
    expect(findDuplicates([], [first, second], '2025-06-15')).toEqual([]);
  });

  test('candidate findings come before within-current findings, dispensings in any order', () => {
    const older = dispensing(AMLODIPINE, '2025-06-01', 56, '1310000011');
    const newer = dispensing(AMLODIPINE_OTHER, '2025-06-04', 28, '1320000021');
    const findings = findDuplicates([AMLODIPINE], [older, newer], '2025-06-10');
    expect(findings.map((f) => [f.candidate?.code ?? null, f.current.id, f.other?.id ?? null])).toEqual([
      ['610443047', newer.id, null],
      ['610443047', older.id, null],
      [null, newer.id, older.id],
    ]);
  });
});
