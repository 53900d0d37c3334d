import { AnalyticsHarness, startAnalyticsHarness } from './harness';
import { CRAFTED_CHECKUPS, CraftedCheckups, FISCAL_YEAR, insertCraftedCheckups, KUMIAI, KYOKAI_TOKYO, NHI_OSAKA } from './crafted-checkups';
import { determinedCells, Equation } from './determined';

const DIMENSIONS = ['INSURER', 'PREFECTURE', 'SEX', 'AGE_BAND'] as const;
const GUIDANCE = ['INTENSIVE', 'MOTIVATIONAL', 'INFORMATION'] as const;
const METABOLIC = ['MEETS_CRITERIA', 'PRE_SYNDROME', 'NOT_APPLICABLE', 'UNDETERMINED'] as const;
const RISKS = ['OBESITY', 'BLOOD_PRESSURE', 'LIVER_FUNCTION', 'LIPIDS', 'GLUCOSE', 'SMOKING'] as const;

interface Count {
  value: number | null;
  suppressed: boolean;
  percent: number | null;
}

interface Row {
  insurer: { number: string } | null;
  prefectureCode: string | null;
  sex: string | null;
  ageBand: string | null;
  examined: Count;
  guidanceLevels: Array<{ level: string; count: Count }>;
  metabolicSyndrome: Array<{ status: string; count: Count }>;
}

const RESULTS = `query($fiscalYear: Int!, $by: [CheckupDimension!]!, $filter: CheckupFilter) {
  checkupResults(fiscalYear: $fiscalYear, by: $by, filter: $filter) {
    fiscalYear by rows {
      insurer { number } prefectureCode prefecture sex ageBand
      examined { value suppressed percent }
      guidanceLevels { level count { value suppressed percent } }
      metabolicSyndrome { status count { value suppressed percent } }
    }
  }
}`;

const ageBand = (age: number): string => `AGE_${age - (age % 5)}_${age - (age % 5) + 4}`;
const coordinatesOf = (c: CraftedCheckups): string[] => [c.insurer, c.prefecture, c.sex, ageBand(c.age)];
const rowCoordinates = (row: Row): string[] => [row.insurer?.number ?? '', row.prefectureCode ?? '', row.sex ?? '', row.ageBand ?? ''];
const SLOTS = ['examined', ...GUIDANCE, ...METABOLIC];

/** The true count of every cell of every breakdown, from the crafted rows. */
function truth(): Map<string, number> {
  const cells = new Map<string, number>();
  const add = (id: string, n: number) => cells.set(id, (cells.get(id) ?? 0) + n);
  for (let level = 0; level < 16; level++) {
    for (const c of CRAFTED_CHECKUPS) {
      const key = coordinatesOf(c).map((v, d) => (level & (1 << d) ? v : '')).join('|');
      for (const slot of SLOTS) add(`${level}|${key}|${slot}`, 0);
      add(`${level}|${key}|examined`, c.count);
      add(`${level}|${key}|${c.guidance}`, c.count);
      add(`${level}|${key}|${c.metabolic}`, c.count);
    }
  }
  return cells;
}

/** Every breakdown (all 16 subsets of the dimensions), as an analyst can ask them. */
const BREAKDOWNS = Array.from({ length: 16 }, (_, level) => ({ level, by: DIMENSIONS.filter((_, d) => level & (1 << d)) }));

let harness: AnalyticsHarness;
const answers = new Map<number, Row[]>();

beforeAll(async () => {
  harness = await startAnalyticsHarness((sql) => insertCraftedCheckups(sql));
  for (const { level, by } of BREAKDOWNS) {
    const response = await harness.query<{ checkupResults: { rows: Row[] } }>(RESULTS, { fiscalYear: FISCAL_YEAR, by });
    expect(response.errors).toBeUndefined();
    answers.set(level, response.data!.checkupResults.rows);
  }
});
afterAll(async () => harness?.close());

/** Every cell of every answer: its id, and its value as shown (null when withheld). */
function shownCells(): Map<string, number | null> {
  const cells = new Map<string, number | null>();
  for (const [level, rows] of answers) {
    for (const row of rows) {
      const key = `${level}|${rowCoordinates(row).join('|')}`;
      cells.set(`${key}|examined`, row.examined.value);
      for (const g of row.guidanceLevels) cells.set(`${key}|${g.level}`, g.count.value);
      for (const m of row.metabolicSyndrome) cells.set(`${key}|${m.status}`, m.count.value);
    }
  }
  return cells;
}

/** The sums between the answers' cells: within a row, and between a row and the rows one dimension finer under it. */
function equationsBetweenAnswers(): Equation[] {
  const equations: Equation[] = [];
  for (const [level, rows] of answers) {
    for (const row of rows) {
      const key = `${level}|${rowCoordinates(row).join('|')}`;
      equations.push({ total: `${key}|examined`, parts: GUIDANCE.map((g) => `${key}|${g}`) });
      equations.push({ total: `${key}|examined`, parts: METABOLIC.map((m) => `${key}|${m}`) });
    }
    DIMENSIONS.forEach((_, d) => {
      if (!(level & (1 << d))) return;
      const coarser = level & ~(1 << d);
      const children = new Map<string, string[]>();
      for (const row of rows) {
        const parent = `${coarser}|${rowCoordinates(row).map((v, i) => (i === d ? '' : v)).join('|')}`;
        children.set(parent, [...(children.get(parent) ?? []), `${level}|${rowCoordinates(row).join('|')}`]);
      }
      for (const [parent, keys] of children) for (const slot of SLOTS) equations.push({ total: `${parent}|${slot}`, parts: keys.map((k) => `${k}|${slot}`) });
    });
  }
  return equations;
}

describe('checkup results from crafted checkups (fiscal year 2025)', () => {
  it('every count shown is the true count, and none is under 10', () => {
    const actual = truth();
    for (const [id, value] of shownCells()) {
      if (value === null) continue;
      expect([id, value]).toEqual([id, actual.get(id)]);
      expect([id, value >= 10]).toEqual([id, true]);
    }
  });

  it('every count under 10 is withheld: null, with suppressed set', () => {
    const actual = truth();
    const shown = shownCells();
    const small = [...actual].filter(([id, n]) => n < 10 && shown.has(id));
    expect(small.length).toBeGreaterThan(20);
    for (const [id] of small) expect([id, shown.get(id)]).toEqual([id, null]);
    const [kyokaiWomen] = answers.get(1 | 4 | 8)!.filter((r) => r.insurer?.number === KYOKAI_TOKYO && r.sex === 'FEMALE' && r.ageBand === 'AGE_45_49');
    expect(kyokaiWomen!.guidanceLevels.find((g) => g.level === 'INTENSIVE')!.count).toEqual({ value: null, suppressed: true, percent: null });
  });

  it('no withheld count under 10 can be worked out from all sixteen breakdowns together, by any sums of rows and columns', () => {
    const actual = truth();
    const shown = shownCells();
    const withheld = new Set([...shown].filter(([, v]) => v === null).map(([id]) => id));
    const givenAway = determinedCells(equationsBetweenAnswers(), withheld).filter((id) => actual.get(id)! < 10);
    expect(givenAway).toEqual([]);
  });

  it('the national total and the totals by sex are shown: secondary suppression keeps to the small cells’ neighbourhood', () => {
    const total = CRAFTED_CHECKUPS.reduce((n, c) => n + c.count, 0);
    expect(answers.get(0)![0]!.examined).toEqual({ value: total, suppressed: false, percent: null });
    const bySex = answers.get(4)!.map((r) => [r.sex, r.examined.value]);
    const women = CRAFTED_CHECKUPS.filter((c) => c.sex === 'FEMALE').reduce((n, c) => n + c.count, 0);
    expect(bySex).toEqual([['FEMALE', women], ['MALE', total - women]]);
  });

  it('shares are of the row’s examined, rounded to one decimal as the seeds round', () => {
    const [kyokai] = answers.get(1)!.filter((r) => r.insurer?.number === KYOKAI_TOKYO);
    const information = kyokai!.guidanceLevels.find((g) => g.level === 'INFORMATION')!.count;
    const examined = kyokai!.examined.value!;
    expect(information.value).toBe(40 + 55 + 30 + 25);
    expect(information.percent).toBe(Math.round((1000 * information.value!) / examined) / 10);
  });

  it('a filter keeps the rows of its value, the dimension shown', async () => {
    const response = await harness.query<{ checkupResults: { rows: Row[] } }>(RESULTS, { fiscalYear: FISCAL_YEAR, by: ['INSURER'], filter: { sex: 'FEMALE' } });
    const rows = response.data!.checkupResults.rows;
    expect(rows.map((r) => [r.insurer?.number, r.sex])).toEqual(
      answers.get(1 | 4)!.filter((r) => r.sex === 'FEMALE').map((r) => [r.insurer?.number, r.sex]),
    );
    expect(rows).toEqual(answers.get(1 | 4)!.filter((r) => r.sex === 'FEMALE'));
  });

  it('refuses a malformed insurer number or prefecture code, and a fiscal year out of range, before any SQL', async () => {
    for (const [variables, argument] of [
      [{ fiscalYear: FISCAL_YEAR, by: [], filter: { insurerNumber: '01130013' } }, 'filter.insurerNumber'],
      [{ fiscalYear: FISCAL_YEAR, by: [], filter: { prefectureCode: '48' } }, 'filter.prefectureCode'],
      [{ fiscalYear: 1999, by: [] }, 'fiscalYear'],
    ] as const) {
      const response = await harness.query(RESULTS, variables);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('a fiscal year without checkups has no rows', async () => {
    const response = await harness.query<{ checkupResults: { rows: Row[] } }>(RESULTS, { fiscalYear: 2019, by: ['INSURER'] });
    expect(response.data!.checkupResults.rows).toEqual([]);
  });
});

const SCORING = `query($fiscalYear: Int!, $insurer: String!) {
  healthScoring(fiscalYear: $fiscalYear, insurerNumber: $insurer) {
    insurer { number } examined { value } allInsurersExamined { value }
    risks { risk insurer { value suppressed percent } allInsurers { value suppressed percent } index }
  }
}`;

interface Scoring {
  insurer: { number: string };
  examined: { value: number | null };
  allInsurersExamined: { value: number | null };
  risks: Array<{ risk: string; insurer: Count; allInsurers: Count; index: number | null }>;
}

describe('health scoring (seed 001 §2): one insurer against all insurers', () => {
  const smokers = (cells: readonly CraftedCheckups[]) => cells.reduce((n, c) => n + (c.smokers ?? 0), 0);
  const examined = (cells: readonly CraftedCheckups[]) => cells.reduce((n, c) => n + c.count, 0);
  const obese = (cells: readonly CraftedCheckups[]) => cells.filter((c) => c.metabolic !== 'NOT_APPLICABLE').reduce((n, c) => n + c.count, 0);

  it('the 協会けんぽ: its shares of risk holders, the all-insurer shares and the index (average = 100)', async () => {
    const response = await harness.query<{ healthScoring: Scoring }>(SCORING, { fiscalYear: FISCAL_YEAR, insurer: KYOKAI_TOKYO });
    expect(response.errors).toBeUndefined();
    const scoring = response.data!.healthScoring;
    const kyokai = CRAFTED_CHECKUPS.filter((c) => c.insurer === KYOKAI_TOKYO);
    expect(scoring.examined.value).toBe(examined(kyokai));
    expect(scoring.allInsurersExamined.value).toBe(examined(CRAFTED_CHECKUPS));
    const smoking = scoring.risks.find((r) => r.risk === 'SMOKING')!;
    expect(smoking.insurer.value).toBe(smokers(kyokai));
    expect(smoking.allInsurers.value).toBe(smokers(CRAFTED_CHECKUPS));
    const obesity = scoring.risks.find((r) => r.risk === 'OBESITY')!;
    expect(obesity.insurer.value).toBe(obese(kyokai));
    const expectedIndex = (obese(kyokai) / examined(kyokai) / (obese(CRAFTED_CHECKUPS) / examined(CRAFTED_CHECKUPS))) * 100;
    expect(obesity.index).toBe(Math.round(expectedIndex * 10) / 10);
    expect(scoring.risks.map((r) => r.risk)).toEqual([...RISKS]);
  });

  it("the 健保組合's 3 smokers are withheld, with whatever would give them away; its other figures stay where they can", async () => {
    const response = await harness.query<{ healthScoring: Scoring }>(SCORING, { fiscalYear: FISCAL_YEAR, insurer: KUMIAI });
    const smoking = response.data!.healthScoring.risks.find((r) => r.risk === 'SMOKING')!;
    expect(smoking.insurer).toEqual({ value: null, suppressed: true, percent: null });
    expect(smoking.index).toBeNull();
    // Neither the all-insurer smokers minus the other insurers' gives them away.
    const others = await Promise.all([KYOKAI_TOKYO, NHI_OSAKA].map((insurer) => harness.query<{ healthScoring: Scoring }>(SCORING, { fiscalYear: FISCAL_YEAR, insurer })));
    const shownOthers = others.map((o) => o.data!.healthScoring.risks.find((r) => r.risk === 'SMOKING')!.insurer.value);
    expect(smoking.allInsurers.value === null || shownOthers.some((v) => v === null)).toBe(true);
  });

  it('an insurer without checkups that year is NOT_FOUND; a malformed number BAD_USER_INPUT', async () => {
    const missing = await harness.query(SCORING, { fiscalYear: FISCAL_YEAR, insurer: '01270016' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await harness.query(SCORING, { fiscalYear: FISCAL_YEAR, insurer: '0113001' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'insurerNumber' });
  });
});
