import { RecordFact, RecordFacts } from '../../../../common/src/policy';

/** A record's facts with a key that is the same exactly for records the policy cannot tell apart. */
export interface KeyedFacts {
  readonly facts: RecordFacts;
  readonly key: string;
}

/** Every fact the policy reads; the compiler holds this list to RecordFacts. */
const FACT_NAMES = Object.keys({
  personId: true,
  told: true,
  careCategory: true,
  remarkKind: true,
  institutionCode: true,
} satisfies Record<RecordFact, true>) as RecordFact[];

export function keyedFacts(facts: RecordFacts): KeyedFacts {
  return { facts, key: FACT_NAMES.map((name) => String(facts[name])).join('\u0000') };
}
