import { todayInJapan } from '../../../../common/src/japan-calendar';
import { badUserInput } from '../../../../common/src/errors';
import { isoDateProblem } from '../../../../common/src/identifiers';
import { assertValid } from '../../../../common/src/validate';
import { SubgraphContext } from '../../../common/src/context';
import { OperatingCostEstimate, QuerySubsidyEstimateArgs, SubsidyEstimate, SubsidyRuleSet } from '../generated/resolvers';
import { OPERATING_COST_ESTIMATES, okuToYen } from '../published/operating-costs';
import { estimateSubsidy, subsidyQuestionProblem } from '../subsidy/estimate';
import { SUBSIDY_RULE_SETS, SubsidyRuleSet as RuleSet } from '../subsidy/rules';
import { mayRead } from './guard';

const ruleSet = (rules: RuleSet): SubsidyRuleSet => ({
  id: rules.id,
  name: rules.name,
  announcedOn: rules.announcedOn,
  applicationsFrom: rules.applicationsFrom,
  applicationsUntil: rules.applicationsUntil,
  source: rules.source,
});

export const subsidyRules = (): SubsidyRuleSet[] => SUBSIDY_RULE_SETS.map(ruleSet);

export function subsidyEstimate(today: () => string = todayInJapan) {
  return async (_: unknown, { input }: QuerySubsidyEstimateArgs, context: SubgraphContext): Promise<SubsidyEstimate> => {
    if (!(await mayRead(context, 'SubsidyEstimate.afterRevision'))) return {};
    const question = {
      facilityKind: input.facilityKind,
      readers: input.readers,
      costYen: input.costYen,
      costIncludesTax: input.costIncludesTax ?? true,
      groupPrescriptionsPerMonth: input.groupPrescriptionsPerMonth ?? null,
    };
    const problem = subsidyQuestionProblem(question);
    if (problem) throw badUserInput(`input.${problem.argument}`, problem.problem);
    const appliedOn = input.appliedOn ?? today();
    assertValid('input.appliedOn', appliedOn, isoDateProblem);
    const estimate = estimateSubsidy({ ...question, appliedOn });
    const under = (u: typeof estimate.beforeRevision) => ({ ...u, rules: ruleSet(u.rules) });
    return {
      ...estimate,
      beforeRevision: under(estimate.beforeRevision),
      afterRevision: under(estimate.afterRevision),
      applicable: estimate.applicable && under(estimate.applicable),
    };
  };
}

export const operatingCosts = (): OperatingCostEstimate[] => OPERATING_COST_ESTIMATES.map((estimate) => ({ ...estimate, yen: okuToYen(estimate.oku) }));
