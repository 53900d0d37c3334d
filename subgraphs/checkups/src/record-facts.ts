import { emergencySummaryFacts } from '../../common/src/emergency-summary';
import { ownedFacts, personFacts, RecordFactsByType } from '../../common/src/field-policy';

/** What the access policy reads of this subgraph's objects; the rest inherit from the checkup they were read from. */
export const CHECKUPS_RECORD_FACTS: RecordFactsByType = {
  Person: personFacts,
  Checkup: ownedFacts,
  EmergencySummary: emergencySummaryFacts,
};
