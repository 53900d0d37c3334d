import { DenyReason, RecordFact, RecordFacts, Visibility } from './types';
import { RECORD_CONDITIONS } from './conditions';

/** A test of the record a field is read from: null when it passes, else why the field is withheld. */
export interface RecordCheck {
  readonly fact: RecordFact;
  readonly verdict: (facts: RecordFacts) => DenyReason | null;
}

/** What the policy says before seeing the record: denied, or allowed once the record passes the checks (in order). */
export type Verdict = { readonly deny: DenyReason } | { readonly checks: readonly RecordCheck[] };

export const denied = (reason: DenyReason): Verdict => ({ deny: reason });

export const allowedIf = (...checks: RecordCheck[]): Verdict => ({ checks });

/** The checks a view's visibility puts on the record (none for SHOWN). */
export function visibilityChecks(visibility: Visibility, notInView: DenyReason): RecordCheck[] {
  if (typeof visibility === 'string') return [];
  const condition = RECORD_CONDITIONS[visibility.when];
  return [{ fact: condition.fact, verdict: (facts) => (condition.holds(facts) ? null : (condition.reason ?? notInView)) }];
}
