import { CRAFTED_TODAY, startAnalyticsHarness, AnalyticsHarness } from './harness';
import { insertCraftedConsents, insertCraftedDispensings, insertCraftedRegistries } from './crafted-registries';

interface Share {
  facilities: number | null;
  ofFacilities: number | null;
  percent: number | null;
  percentFromCounts: number | null;
}
interface Snapshot {
  asOf: string;
  cardReaderApplications: Share;
  cardReaderApplicationsByKind: Array<{ kind: string; share: Share }>;
  portalAccounts: Share | null;
  insuranceUseRegistrations: {
    registrations: { value: number | null; suppressed: boolean };
    cardsIssued: number | null;
    percentOfCardsIssued: number | null;
    insuredPersons: { value: number | null } | null;
    percentOfInsuredPersons: number | null;
  } | null;
  againstTargets: Array<{ target: { by: string; percent: number }; pointsToGo: number; facilitiesToGo: number | null; beforeDeadline: boolean; met: boolean }>;
}

const SNAPSHOT = `
  asOf
  cardReaderApplications { facilities ofFacilities percent percentFromCounts }
  cardReaderApplicationsByKind { kind share { facilities ofFacilities percent percentFromCounts } }
  portalAccounts { facilities ofFacilities percent percentFromCounts }
  insuranceUseRegistrations { registrations { value suppressed } cardsIssued percentOfCardsIssued insuredPersons { value } percentOfInsuredPersons }
  againstTargets { target { by percent } pointsToGo facilitiesToGo beforeDeadline met }`;
const ROLLOUT = `{ rollout { targets { by percent wording } published { ${SNAPSHOT} } computed { ${SNAPSHOT} } current { ${SNAPSHOT} } } }`;

let harness: AnalyticsHarness;
let rollout: { targets: Array<{ by: string; percent: number }>; published: Snapshot[]; computed: Snapshot[]; current: Snapshot };

beforeAll(async () => {
  harness = await startAnalyticsHarness(async (sql) => {
    await insertCraftedRegistries(sql);
    await insertCraftedConsents(sql);
    await insertCraftedDispensings(sql);
  });
  const response = await harness.query<{ rollout: typeof rollout }>(ROLLOUT);
  expect(response.errors).toBeUndefined();
  rollout = response.data!.rollout;
});
afterAll(async () => harness?.close());

const at = (asOf: string) => rollout.computed.find((s) => s.asOf === asOf)!;
const kinds = (s: Snapshot) => Object.fromEntries(s.cardReaderApplicationsByKind.map((k) => [k.kind, [k.share.facilities, k.share.ofFacilities]]));

describe('the rollout: the seeds’ snapshots through the graph', () => {
  it('every snapshot as printed, the shares worked out from the counts beside them', () => {
    expect(rollout.published.map((s) => [s.asOf, s.cardReaderApplications.percent, s.cardReaderApplications.facilities])).toEqual([
      ['2020-10-18', 15.3, null],
      ['2020-12-13', 19.5, 44_466],
      ['2021-01-03', 21.4, 48_866],
    ]);
    const dental = rollout.published[2]!.cardReaderApplicationsByKind.find((k) => k.kind === 'DENTAL_CLINIC')!.share;
    expect(dental).toEqual({ facilities: 12_034, ofFacilities: 70_954, percent: 16.2, percentFromCounts: 17.0 });
    expect(rollout.published[2]!.insuranceUseRegistrations).toEqual({
      registrations: { value: 2_097_589, suppressed: false },
      cardsIssued: 30_765_617,
      percentOfCardsIssued: 6.8,
      insuredPersons: null,
      percentOfInsuredPersons: null,
    });
    expect(rollout.published[1]!.portalAccounts).toEqual({ facilities: 71_963, ofFacilities: 228_280, percent: 31.5, percentFromCounts: 31.5 });
  });

  it('against the targets: 60 % by 2021-03-31 (136,993 of 228,321 facilities), nearly all by 2023-03-31', () => {
    expect(rollout.targets.map((t) => [t.by, t.percent])).toEqual([['2021-03-31', 60], ['2023-03-31', 100]]);
    expect(rollout.published[2]!.againstTargets).toEqual([
      { target: { by: '2021-03-31', percent: 60 }, pointsToGo: 38.6, facilitiesToGo: 136_993 - 48_866, beforeDeadline: true, met: false },
      { target: { by: '2023-03-31', percent: 100 }, pointsToGo: 78.6, facilitiesToGo: 228_321 - 48_866, beforeDeadline: true, met: false },
    ]);
    expect(rollout.published[0]!.againstTargets[0]).toEqual({ target: { by: '2021-03-31', percent: 60 }, pointsToGo: 44.7, facilitiesToGo: null, beforeDeadline: true, met: false });
  });
});

describe('the rollout computed from the crafted registries, month by month', () => {
  it('starts with the month of the first terminal and ends today', () => {
    expect(rollout.computed[0]!.asOf).toBe('2021-03-31');
    expect(rollout.computed.at(-1)!.asOf).toBe(CRAFTED_TODAY);
    expect(rollout.computed.at(-2)!.asOf).toBe('2026-10-31');
    expect(rollout.current).toEqual(rollout.computed.at(-1));
  });

  it('facilities with a terminal registered by each day, by kind, against every facility', () => {
    expect([at('2021-03-31'), at('2021-05-31'), at('2021-06-30')].map((s) => [s.cardReaderApplications.facilities, s.cardReaderApplications.ofFacilities, s.cardReaderApplications.percent])).toEqual([
      [16, 50, 32.0],
      [18, 50, 36.0],
      [28, 50, 56.0],
    ]);
    expect(kinds(at('2021-03-31'))).toEqual({ HOSPITAL: [4, 10], MEDICAL_CLINIC: [0, 20], DENTAL_CLINIC: [0, 5], PHARMACY: [12, 15] });
    expect(kinds(rollout.current)).toEqual({ HOSPITAL: [6, 10], MEDICAL_CLINIC: [10, 20], DENTAL_CLINIC: [0, 5], PHARMACY: [12, 15] });
    expect(rollout.current.portalAccounts).toBeNull();
  });

  it('registrations: persons with a card certificate linked, against insured persons in force; none against cards issued', () => {
    const registrations = (s: Snapshot) => [s.insuranceUseRegistrations!.registrations.value, s.insuranceUseRegistrations!.insuredPersons!.value, s.insuranceUseRegistrations!.percentOfInsuredPersons];
    expect(registrations(at('2021-03-31'))).toEqual([25, 40, 62.5]);
    expect(registrations(at('2021-04-30'))).toEqual([30, 40, 75.0]);
    expect(registrations(at('2021-06-30'))).toEqual([30, 35, 85.7]);
    expect(rollout.current.insuranceUseRegistrations!.cardsIssued).toBeNull();
  });

  it('the distance to the targets now: 4 points and 2 facilities short of 60 %, 22 of all', () => {
    expect(rollout.current.againstTargets.map((t) => [t.target.percent, t.pointsToGo, t.facilitiesToGo, t.beforeDeadline, t.met])).toEqual([
      [60, 4.0, 2, false, false],
      [100, 44.0, 22, false, false],
    ]);
  });
});

interface Count {
  value: number | null;
  suppressed: boolean;
  percent: number | null;
}

describe('consent rates by category (crafted consents of October 2026)', () => {
  const CONSENTS = `query($by: [ConsentDimension!]!) { consentRates(month: "2026-10", by: $by) {
    rows { institutionKind consents { value suppressed percent } categories { category count { value suppressed percent } } } } }`;
  type Rows = { consentRates: { rows: Array<{ institutionKind: string | null; consents: Count; categories: Array<{ category: string; count: Count }> }> } };

  it('all institutions: 49 consents, 79.6 % to medications, 75.5 % to checkups, 51.0 % to medical care', async () => {
    const response = await harness.query<Rows>(CONSENTS, { by: [] });
    const [row] = response.data!.consentRates.rows;
    expect(row!.consents.value).toBe(49);
    expect(row!.categories.map((c) => [c.category, c.count.value, c.count.percent])).toEqual([
      ['MEDICATIONS', 39, 79.6],
      ['CHECKUPS', 37, 75.5],
      ['MEDICAL_CARE', 25, 51.0],
    ]);
  });

  it('by institution kind: every category of the pharmacy (all 12 or none) is withheld, as the hospital’s that would give it away', async () => {
    const response = await harness.query<Rows>(CONSENTS, { by: ['INSTITUTION_KIND'] });
    const rows = response.data!.consentRates.rows;
    expect(rows.map((r) => [r.institutionKind, r.consents.value])).toEqual([['HOSPITAL', 37], ['PHARMACY', 12]]);
    const withheld = { value: null, suppressed: true, percent: null };
    expect(rows.map((r) => r.categories.map((c) => c.count))).toEqual([[withheld, withheld, withheld], [withheld, withheld, withheld]]);
  });

  it('a month without consents has no rows; a malformed month is refused', async () => {
    const none = await harness.query<Rows>(CONSENTS.replace('2026-10', '2026-09'), { by: [] });
    expect(none.data!.consentRates.rows).toEqual([]);
    const bad = await harness.query(CONSENTS.replace('2026-10', '2026-13'), { by: [] });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'month' });
  });
});

describe('duplicate-medication findings by drug class (crafted dispensings of September 2026)', () => {
  const FINDINGS = `query($by: [DuplicateDimension!]!, $filter: DuplicateFilter) { duplicateMedicationFindings(month: "2026-09", by: $by, filter: $filter) {
    rows { drugClass prefectureCode dispensings { value suppressed percent } duplicating { value suppressed percent } } } }`;
  type Rows = { duplicateMedicationFindings: { rows: Array<{ drugClass: string | null; prefectureCode: string | null; dispensings: Count; duplicating: Count }> } };

  it('nationally: 42 dispensings, 15 duplicating a drug still being taken from another prescription', async () => {
    const response = await harness.query<Rows>(FINDINGS, { by: [] });
    expect(response.errors).toBeUndefined();
    const [row] = response.data!.duplicateMedicationFindings.rows;
    expect([row!.dispensings.value, row!.duplicating.value, row!.duplicating.percent]).toEqual([42, 15, 35.7]);
  });

  it('by drug class: the 3 duplicating statins are withheld, and the 12 antihypertensives too, or 15 - 12 would give them away', async () => {
    const response = await harness.query<Rows>(FINDINGS, { by: ['DRUG_CLASS'] });
    expect(response.data!.duplicateMedicationFindings.rows.map((r) => [r.drugClass, r.dispensings.value, r.duplicating])).toEqual([
      ['ANTIHYPERTENSIVE', 24, { value: null, suppressed: true, percent: null }],
      ['LIPID_LOWERING', 18, { value: null, suppressed: true, percent: null }],
    ]);
  });

  it('a filter on a drug class, and a malformed one refused', async () => {
    const response = await harness.query<Rows>(FINDINGS, { by: [], filter: { drugClass: 'ANTIHYPERTENSIVE' } });
    expect(response.data!.duplicateMedicationFindings.rows.map((r) => [r.drugClass, r.prefectureCode, r.dispensings.value])).toEqual([['ANTIHYPERTENSIVE', null, 24]]);
    const bad = await harness.query(FINDINGS, { by: [], filter: { drugClass: "x' OR 1=1" } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.drugClass' });
  });
});

describe('analytics status', () => {
  it('when the aggregates were computed, and the periods they cover', async () => {
    const response = await harness.query<{ analyticsStatus: { refreshedAt: string; checkupFiscalYears: number[]; consentMonths: string[]; dispensingMonths: string[] } }>(
      '{ analyticsStatus { refreshedAt checkupFiscalYears consentMonths dispensingMonths } }',
    );
    const status = response.data!.analyticsStatus;
    expect(Date.parse(status.refreshedAt)).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect([status.checkupFiscalYears, status.consentMonths, status.dispensingMonths]).toEqual([[], ['2026-10'], ['2026-09']]);
  });
});

describe('who reaches analytics in the subgraph itself (the gateway decides first, the subgraph again)', () => {
  const forbidden = (errors: Array<{ extensions?: Record<string, unknown> }> | undefined) => [...new Set((errors ?? []).map((e) => `${e.extensions?.code}:${e.extensions?.reason}`))];

  it.each([
    ['a physician', { role: 'PHYSICIAN' as const, institutionCode: '1310000017', qualification: 'PHYSICIAN' as const }],
    ['a clerk', { role: 'CLERK' as const, institutionCode: '1310000017', qualification: 'CLERK' as const }],
    ['a patient', { role: 'PATIENT' as const, personId: 'a0000000-0000-4000-8000-000000000001' }],
    ['an auditor', { role: 'AUDITOR' as const }],
  ])('%s gets nothing: FORBIDDEN, ROLE_NOT_PERMITTED, and not one statement is run for it', async (_who, caller) => {
    const before = harness.server.stats.statements;
    const response = await harness.query<{ rollout: { current: unknown; published: unknown } }>(
      `{ rollout { current { asOf } published { asOf } } consentRates(month: "2026-10") { rows { consents { value } } }
         healthScoring(fiscalYear: 2025, insurerNumber: "01130012") { examined { value } } analyticsStatus { refreshedAt } }`,
      undefined,
      caller,
    );
    expect(response.data?.rollout).toEqual({ current: null, published: null });
    expect(forbidden(response.errors)).toEqual(['FORBIDDEN:ROLE_NOT_PERMITTED']);
    expect(harness.server.stats.statements - before).toBe(0);
  });

  it('the operator sees the published figures and the facility counts, not the counts over persons', async () => {
    const response = await harness.query<{ rollout: { current: { asOf: string; insuranceUseRegistrations: unknown } } }>(
      '{ rollout { current { asOf insuranceUseRegistrations { registrations { value } } } } }',
      undefined,
      { role: 'OPERATOR' },
    );
    expect(response.data!.rollout.current).toEqual({ asOf: CRAFTED_TODAY, insuranceUseRegistrations: null });
    expect(response.errors?.map((e) => [e.path?.join('.'), e.extensions?.reason])).toEqual([['rollout.current.insuranceUseRegistrations', 'ROLE_NOT_PERMITTED']]);
  });
});
