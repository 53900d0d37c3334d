import { LISTED_CARE_CATEGORIES } from './field-policies';
import { DenyReason, RecordCondition, RecordFact, RecordFacts } from './types';

export interface ConditionRule {
  /** The fact of the record it reads. */
  readonly fact: RecordFact;
  readonly holds: (facts: RecordFacts) => boolean;
  /** Why a record that fails it is withheld; when absent, that the view does not include it. */
  readonly reason?: DenyReason;
}

export const RECORD_CONDITIONS: Readonly<Record<RecordCondition, ConditionRule>> = {
  TOLD: { fact: 'told', holds: (facts) => facts.told === true, reason: 'NOT_NOTIFIED' },
  LISTED_CARE: { fact: 'careCategory', holds: (facts) => facts.careCategory != null && LISTED_CARE_CATEGORIES.includes(facts.careCategory) },
  BILLED_ITEM: { fact: 'remarkKind', holds: (facts) => facts.remarkKind === 'BILLED_ITEM' },
};
