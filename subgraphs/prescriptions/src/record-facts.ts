import { emergencySummaryFacts } from '../../common/src/emergency-summary';
import { ownedFacts, personFacts, RecordFactsByType } from '../../common/src/field-policy';

/** What the access policy reads of this subgraph's objects; the rest inherit from the record they were read from. */
export const PRESCRIPTIONS_RECORD_FACTS: RecordFactsByType = {
  Person: personFacts,
  Dispensing: ownedFacts,
  ElectronicPrescription: ownedFacts,
  EmergencySummary: emergencySummaryFacts,
};
