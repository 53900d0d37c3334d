import { personIdProblem } from '../../../common/src/identifiers';
import { todayInJapan } from '../../../common/src/japan-calendar';
import { emergencySummaryAt, EmergencySummaryPeriods } from '../../../common/src/policy';
import { assertValid } from '../../../common/src/validate';
import { SubgraphContext } from './context';
import { factsOf } from './field-policy';

/** The emergency summary entity as each subgraph extends it (DOMAIN.md §4.2): the person it is of. */
export interface EmergencySummaryReference {
  readonly personId: string;
}

/** The summary a reference names, its person id checked before anything is read. */
export function emergencySummaryOf(reference: { readonly personId: string }): EmergencySummaryReference {
  assertValid('EmergencySummary.personId', reference.personId, personIdProblem);
  return { personId: reference.personId };
}

/** Whose summary it is: every part of it is that person's data. */
export const emergencySummaryFacts = factsOf<EmergencySummaryReference>((summary) => ({ personId: summary.personId }));

/**
 * The summary's periods in force when the request is decided, and today (Japan) they count back
 * from; null before the summary was offered (its fields are NOT_AVAILABLE then, and read nothing).
 */
export function summaryPeriodsOf(context: SubgraphContext): { readonly periods: EmergencySummaryPeriods; readonly today: string } | null {
  const periods = emergencySummaryAt(context.at);
  return periods === null ? null : { periods, today: todayInJapan(context.at) };
}
