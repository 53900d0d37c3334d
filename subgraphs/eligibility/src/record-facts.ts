import { factsOf, ownedFacts, personFacts, RecordFactsByType } from '../../common/src/field-policy';
import { EligibilityResultModel, InstitutionRow, StaffRow, TerminalRow } from './rows';

const rosterFacts = factsOf<TerminalRow | StaffRow>((row) => ({ institutionCode: row.institutionCode }));

/** What the access policy reads of this subgraph's objects; the rest inherit from the record they were read from. */
export const ELIGIBILITY_RECORD_FACTS: RecordFactsByType = {
  Person: personFacts,
  Qualification: ownedFacts,
  CardCertificate: ownedFacts,
  Grant: ownedFacts,
  EligibilityResult: factsOf<EligibilityResultModel>((result) => (result.personId === null ? {} : { personId: result.personId })),
  // Its own roster (Institution.terminals, .staff) is the institution's, as each terminal and staff member is.
  Institution: factsOf<InstitutionRow>((institution) => ({ institutionCode: institution.code })),
  Terminal: rosterFacts,
  Staff: rosterFacts,
};
