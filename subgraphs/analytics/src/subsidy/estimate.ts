import { InstitutionKind } from '../../../../data/src/world';
import { CategoryRule, CONSUMPTION_TAX, LARGE_CHAIN_PRESCRIPTIONS_PER_MONTH, SUBSIDY_RULE_SETS, SubsidyCategory, SubsidyRuleSet } from './rules';

export interface SubsidyQuestion {
  readonly facilityKind: InstitutionKind;
  readonly readers: number;
  readonly costYen: number;
  readonly costIncludesTax: boolean;
  /** A pharmacy's group's prescriptions a month; only for pharmacies. */
  readonly groupPrescriptionsPerMonth: number | null;
  readonly appliedOn: string;
}

export interface SubsidyUnderRules {
  readonly rules: SubsidyRuleSet;
  readonly freeReaders: number;
  readonly paidReaders: number;
  readonly capYen: number;
  readonly share: string;
  readonly subsidyYen: number;
  readonly facilityPaysYen: number;
  readonly rule: string;
}

export interface SubsidyEstimate {
  readonly facilityKind: InstitutionKind;
  readonly readers: number;
  readonly largeChainPharmacy: boolean;
  readonly costYen: number;
  readonly taxAddedPercent: number | null;
  readonly beforeRevision: SubsidyUnderRules;
  readonly afterRevision: SubsidyUnderRules;
  readonly applicable: SubsidyUnderRules | null;
  readonly appliedOn: string;
}

/** Why a question cannot be answered, by argument; null when it can. */
export function subsidyQuestionProblem(q: Omit<SubsidyQuestion, 'appliedOn'>): { argument: string; problem: string } | null {
  if (!Number.isInteger(q.readers) || q.readers < 1 || q.readers > 100) return { argument: 'readers', problem: 'must be a whole number from 1 to 100' };
  if (!Number.isInteger(q.costYen) || q.costYen < 0) return { argument: 'costYen', problem: 'must be a whole number of yen, 0 or more' };
  const prescriptions = q.groupPrescriptionsPerMonth;
  if (q.facilityKind === 'PHARMACY') {
    if (prescriptions === null) return { argument: 'groupPrescriptionsPerMonth', problem: "is required for a pharmacy: a large chain pharmacy's rules differ" };
    if (!Number.isInteger(prescriptions) || prescriptions < 0) return { argument: 'groupPrescriptionsPerMonth', problem: 'must be a whole number, 0 or more' };
  } else if (prescriptions !== null) {
    return { argument: 'groupPrescriptionsPerMonth', problem: 'applies to pharmacies only' };
  }
  return null;
}

function categoryOf(kind: InstitutionKind, prescriptions: number | null): SubsidyCategory {
  switch (kind) {
    case 'HOSPITAL':
      return 'HOSPITAL';
    case 'MEDICAL_CLINIC':
    case 'DENTAL_CLINIC':
      return 'CLINIC';
    case 'PHARMACY':
      return (prescriptions ?? 0) >= LARGE_CHAIN_PRESCRIPTIONS_PER_MONTH ? 'LARGE_CHAIN_PHARMACY' : 'PHARMACY';
  }
}

/** The consumption tax rate in force on a day (percent). */
export function consumptionTaxOn(day: string): number {
  const rate = [...CONSUMPTION_TAX].reverse().find((r) => r.from <= day);
  if (!rate) throw new Error(`no consumption tax rate known on ${day}`);
  return rate.percent;
}

const yen = (n: number): string => `${n.toLocaleString('en')}円`;

function underRules(rules: SubsidyRuleSet, category: CategoryRule, readers: number, costYen: number): SubsidyUnderRules {
  const freeReaders = Math.min(readers, category.freeReaders);
  const row = [...category.caps].reverse().find((c) => c.readers <= readers) ?? category.caps[0]!;
  const { numerator, denominator } = category.share;
  const reckoned = Math.min(costYen, row.capYen);
  // Whole yen, rounded down: a subsidy is never more than its rule gives.
  const subsidyYen = Math.floor((reckoned * numerator) / denominator);
  const actual = numerator === denominator;
  const byReaders = category.caps.length > 1 ? ` (${row.readers}台導入する場合)` : '';
  return {
    rules,
    freeReaders,
    paidReaders: readers - freeReaders,
    capYen: row.capYen,
    share: `${numerator}/${denominator}`,
    subsidyYen,
    facilityPaysYen: costYen - subsidyYen,
    rule: `基準とする事業額${yen(row.capYen)}を上限に、${actual ? '実費補助' : `その${numerator}/${denominator}を補助`}${byReaders}`,
  };
}

/** The rule set that applies to an application made on `day`: the latest covering it; null before applications opened. */
export function ruleSetFor(day: string, sets: readonly SubsidyRuleSet[] = SUBSIDY_RULE_SETS): SubsidyRuleSet | null {
  const covering = sets.filter((s) => s.applicationsFrom <= day && (s.applicationsUntil === null || day <= s.applicationsUntil));
  return covering.at(-1) ?? null;
}

/**
 * The readers given free and the subsidy of the other costs for one facility, under the rules
 * before the revision and after it, and under those that apply to its application date.
 * Pure; the question must have passed subsidyQuestionProblem.
 */
export function estimateSubsidy(q: SubsidyQuestion): SubsidyEstimate {
  const category = categoryOf(q.facilityKind, q.groupPrescriptionsPerMonth);
  const taxAddedPercent = q.costIncludesTax ? null : consumptionTaxOn(q.appliedOn);
  const costYen = taxAddedPercent === null ? q.costYen : Math.floor((q.costYen * (100 + taxAddedPercent)) / 100);
  const [before, after] = SUBSIDY_RULE_SETS as readonly [SubsidyRuleSet, SubsidyRuleSet];
  const under = (rules: SubsidyRuleSet) => underRules(rules, rules.categories[category], q.readers, costYen);
  const applicableRules = ruleSetFor(q.appliedOn);
  return {
    facilityKind: q.facilityKind,
    readers: q.readers,
    largeChainPharmacy: category === 'LARGE_CHAIN_PHARMACY',
    costYen,
    taxAddedPercent,
    beforeRevision: under(before),
    afterRevision: under(after),
    applicable: applicableRules ? under(applicableRules) : null,
    appliedOn: q.appliedOn,
  };
}
