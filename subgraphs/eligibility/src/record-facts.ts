import { factsOf, ownedFacts, personFacts, RecordFactsByType } from '../../common/src/field-policy';
import { EligibilityResultModel, InstitutionRow, StaffRow, TerminalRow } from './rows';
import { emergencySummaryFacts } from '../../common/src/emergency-summary';
import { ViewerModel } from './emergency/access-models';
import { DisasterAuthorityRow } from './registries/disaster-authorities';
import { EmergencyIdRow } from './registries/emergency-ids';

const rosterFacts = factsOf<TerminalRow | StaffRow | EmergencyIdRow | DisasterAuthorityRow | ViewerModel>((row) => ({ institutionCode: row.institutionCode }));

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
  EmergencyId: rosterFacts,
  DisasterAuthority: rosterFacts,
  Viewer: rosterFacts,
  EmergencyAccess: ownedFacts,
  DisasterAccess: ownedFacts,
  EhrRegistration: ownedFacts,
  EmergencySummary: emergencySummaryFacts,
};
