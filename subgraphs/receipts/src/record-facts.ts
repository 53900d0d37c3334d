import { factsOf, ownedFacts, personFacts, RecordFactsByType } from '../../common/src/field-policy';
import { DiagnosisRow, ProcedureRow, RemarkRow } from './records';

/** What the access policy reads of this subgraph's objects; the rest inherit from the claim they were read from. */
export const RECEIPTS_RECORD_FACTS: RecordFactsByType = {
  Person: personFacts,
  Claim: ownedFacts,
  Visit: ownedFacts,
  Diagnosis: factsOf<DiagnosisRow>((diagnosis) => ({ told: diagnosis.toldToPatient === true })),
  Procedure: factsOf<ProcedureRow>((procedure) => ({ careCategory: procedure.careCategory ?? null })),
  Remark: factsOf<RemarkRow>((remark) => (remark.kind ? { remarkKind: remark.kind } : {})),
};
