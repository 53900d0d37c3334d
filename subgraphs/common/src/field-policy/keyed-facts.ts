import { RecordFacts } from '../../../../common/src/policy';

/** A record's facts with a key that is the same exactly for records the policy cannot tell apart. */
export interface KeyedFacts {
  readonly facts: RecordFacts;
  readonly key: string;
}

/**
 * Every fact the policy reads, in one template rather than a list joined: it is made for every
 * object a request reads. tests/subgraphs/common/field-policy/keyed-facts.test.ts holds it to
 * every fact of RecordFacts.
 */
const keyOf = (facts: RecordFacts): string =>
  `${facts.personId}\u0000${facts.told}\u0000${facts.careCategory}\u0000${facts.remarkKind}\u0000${facts.institutionCode}`;

export function keyedFacts(facts: RecordFacts): KeyedFacts {
  return { facts, key: keyOf(facts) };
}
