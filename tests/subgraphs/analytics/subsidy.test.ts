import { estimateSubsidy, ruleSetFor, subsidyQuestionProblem, SubsidyQuestion } from '../../../subgraphs/analytics/src/subsidy/estimate';
import { SUBSIDY_RULE_SETS } from '../../../subgraphs/analytics/src/subsidy/rules';

const question = (overrides: Partial<SubsidyQuestion>): SubsidyQuestion => ({
  facilityKind: 'HOSPITAL',
  readers: 1,
  costYen: 3_000_000,
  costIncludesTax: true,
  groupPrescriptionsPerMonth: null,
  appliedOn: '2021-01-15',
  ...overrides,
});

type Kind = 'HOSPITAL' | 'MEDICAL_CLINIC' | 'DENTAL_CLINIC' | 'PHARMACY' | 'LARGE_CHAIN_PHARMACY';

/**
 * Seed 001, 「加速化プラン」を踏まえた追加的な財政補助について, every column and reader count, with other
 * costs above every cap: [kind, readers, free, paid, cap, before (見直し前), after (追加的な導入支援策)].
 */
const ABOVE_CAP: ReadonlyArray<readonly [Kind, number, number, number, number, number, number]> = [
  ['HOSPITAL', 1, 1, 0, 2_101_000, 1_050_500, 2_101_000],
  ['HOSPITAL', 2, 2, 0, 2_002_000, 1_001_000, 2_002_000],
  ['HOSPITAL', 3, 3, 0, 1_903_000, 951_500, 1_903_000],
  ['HOSPITAL', 4, 3, 1, 1_903_000, 951_500, 1_903_000],
  ['MEDICAL_CLINIC', 1, 1, 0, 429_000, 321_750, 429_000],
  ['MEDICAL_CLINIC', 2, 1, 1, 429_000, 321_750, 429_000],
  ['MEDICAL_CLINIC', 3, 1, 2, 429_000, 321_750, 429_000],
  ['DENTAL_CLINIC', 1, 1, 0, 429_000, 321_750, 429_000],
  ['DENTAL_CLINIC', 2, 1, 1, 429_000, 321_750, 429_000],
  ['PHARMACY', 1, 1, 0, 429_000, 321_750, 429_000],
  ['PHARMACY', 2, 1, 1, 429_000, 321_750, 429_000],
  ['LARGE_CHAIN_PHARMACY', 1, 1, 0, 429_000, 214_500, 429_000],
  ['LARGE_CHAIN_PHARMACY', 2, 1, 1, 429_000, 214_500, 429_000],
];

const asked = (kind: Kind, overrides: Partial<SubsidyQuestion> = {}): SubsidyQuestion =>
  question({
    facilityKind: kind === 'LARGE_CHAIN_PHARMACY' ? 'PHARMACY' : kind,
    groupPrescriptionsPerMonth: kind === 'LARGE_CHAIN_PHARMACY' ? 52_000 : kind === 'PHARMACY' ? 3_000 : null,
    ...overrides,
  });

describe('the subsidy of the acceleration plan (seed 001)', () => {
  it.each(ABOVE_CAP)('%s with %i reader(s): %i free, %i paid; cap %i; %i before the revision, %i after', (kind, readers, free, paid, cap, before, after) => {
    const estimate = estimateSubsidy(asked(kind, { readers, costYen: 5_000_000 }));
    for (const under of [estimate.beforeRevision, estimate.afterRevision]) {
      expect([under.freeReaders, under.paidReaders, under.capYen]).toEqual([free, paid, cap]);
    }
    expect(estimate.beforeRevision.subsidyYen).toBe(before);
    expect(estimate.afterRevision.subsidyYen).toBe(after);
    expect(estimate.afterRevision.facilityPaysYen).toBe(5_000_000 - after);
    expect(estimate.largeChainPharmacy).toBe(kind === 'LARGE_CHAIN_PHARMACY');
  });

  it.each([
    ['HOSPITAL', 1_000_000, 500_000, 1_000_000],
    ['MEDICAL_CLINIC', 300_000, 225_000, 300_000],
    ['DENTAL_CLINIC', 100_001, 75_000, 100_001],
    ['PHARMACY', 200_000, 150_000, 200_000],
    ['LARGE_CHAIN_PHARMACY', 300_001, 150_000, 300_001],
  ] as const)('%s under the cap, cost %i: %i before (the share, rounded down), %i after (実費補助)', (kind, cost, before, after) => {
    const estimate = estimateSubsidy(asked(kind, { costYen: cost }));
    expect([estimate.beforeRevision.subsidyYen, estimate.afterRevision.subsidyYen]).toEqual([before, after]);
  });

  it('the rules in words, as the seed states them', () => {
    const estimate = estimateSubsidy(asked('HOSPITAL', { readers: 2 }));
    expect(estimate.beforeRevision.rule).toBe('基準とする事業額2,002,000円を上限に、その1/2を補助 (2台導入する場合)');
    expect(estimate.afterRevision.rule).toBe('基準とする事業額2,002,000円を上限に、実費補助 (2台導入する場合)');
    expect(estimateSubsidy(asked('MEDICAL_CLINIC')).beforeRevision.share).toBe('3/4');
  });

  it('a large chain pharmacy is one whose group receives 40,000 prescriptions a month or more', () => {
    const at = (prescriptions: number) => estimateSubsidy(question({ facilityKind: 'PHARMACY', groupPrescriptionsPerMonth: prescriptions, costYen: 429_000 }));
    expect([at(39_999).largeChainPharmacy, at(39_999).beforeRevision.subsidyYen]).toEqual([false, 321_750]);
    expect([at(40_000).largeChainPharmacy, at(40_000).beforeRevision.subsidyYen]).toEqual([true, 214_500]);
  });

  it('the caps include consumption tax: a cost without it has the rate in force on the application day added', () => {
    const withoutTax = estimateSubsidy(asked('MEDICAL_CLINIC', { costYen: 390_000, costIncludesTax: false }));
    expect([withoutTax.costYen, withoutTax.taxAddedPercent, withoutTax.afterRevision.subsidyYen]).toEqual([429_000, 10, 429_000]);
    const before2019 = estimateSubsidy(asked('MEDICAL_CLINIC', { costYen: 390_000, costIncludesTax: false, appliedOn: '2019-09-30' }));
    expect([before2019.costYen, before2019.taxAddedPercent]).toEqual([421_200, 8]);
    expect(estimateSubsidy(asked('MEDICAL_CLINIC', { costYen: 390_000 })).taxAddedPercent).toBeNull();
  });

  it.each([
    ['2020-08-06', null],
    ['2020-08-07', 'ACCELERATION_PLAN'],
    ['2020-11-17', 'ACCELERATION_PLAN'],
    ['2021-03-31', 'ACCELERATION_PLAN'],
    ['2021-04-01', 'FUND'],
    ['2024-06-01', 'FUND'],
  ] as const)('an application on %s is under %s', (day, rules) => {
    expect(ruleSetFor(day)?.id ?? null).toBe(rules);
    expect(estimateSubsidy(asked('HOSPITAL', { appliedOn: day })).applicable?.rules.id ?? null).toBe(rules);
  });

  it('the rule sets are data: oldest first, each covering applications from when card readers could be applied for', () => {
    expect(SUBSIDY_RULE_SETS.map((s) => [s.id, s.applicationsFrom, s.applicationsUntil])).toEqual([
      ['FUND', '2020-08-07', null],
      ['ACCELERATION_PLAN', '2020-08-07', '2021-03-31'],
    ]);
  });

  it.each([
    [{ readers: 0 }, 'readers'],
    [{ readers: 101 }, 'readers'],
    [{ readers: 1.5 }, 'readers'],
    [{ costYen: -1 }, 'costYen'],
    [{ facilityKind: 'PHARMACY' as const }, 'groupPrescriptionsPerMonth'],
    [{ facilityKind: 'PHARMACY' as const, groupPrescriptionsPerMonth: -5 }, 'groupPrescriptionsPerMonth'],
    [{ groupPrescriptionsPerMonth: 50_000 }, 'groupPrescriptionsPerMonth'],
  ])('refuses %j (%s)', (overrides, argument) => {
    expect(subsidyQuestionProblem(question(overrides))?.argument).toBe(argument);
  });
});
