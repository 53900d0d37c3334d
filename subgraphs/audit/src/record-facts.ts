import { ownedFacts, personFacts, RecordFactsByType } from '../../common/src/field-policy';

/** What the access policy reads of this subgraph's objects: every event is about its person; its fields inherit that. */
export const AUDIT_RECORD_FACTS: RecordFactsByType = {
  Person: personFacts,
  AccessHistoryEntry: ownedFacts,
  AccessEvent: ownedFacts,
};
