import { emergencySummaryFacts } from '../../common/src/emergency-summary';
import { factsOf, ownedFacts, personFacts, RecordFactsByType } from '../../common/src/field-policy';
import { DiagnosisRow, ProcedureRow, RemarkRow } from './records';

/** A diagnosis line: whether the claim records that the patient was told of it (告知, claim_diagnoses.told). */
export const diagnosisFacts = factsOf<DiagnosisRow>((diagnosis) => ({ told: diagnosis.toldToPatient === true }));
/** A procedure line: its medical-care category, null for routine care. */
export const procedureFacts = factsOf<ProcedureRow>((procedure) => ({ careCategory: procedure.careCategory ?? null }));
/** A remark line: a billed item or a comment. */
export const remarkFacts = factsOf<RemarkRow>((remark) => (remark.kind ? { remarkKind: remark.kind } : {}));

/** What the access policy reads of this subgraph's objects; the rest inherit from the claim they were read from. */
export const RECEIPTS_RECORD_FACTS: RecordFactsByType = {
  Person: personFacts,
  Claim: ownedFacts,
  Visit: ownedFacts,
  Diagnosis: diagnosisFacts,
  Procedure: procedureFacts,
  Remark: remarkFacts,
  EmergencySummary: emergencySummaryFacts,
};
