import type { Connection } from '../../common/src/pagination';
import type {
  ClaimDrug, ClaimType, Diagnosis, InsurerType, Procedure, PublicExpense, ClaimMaterial, Relationship, Remark, Sex, TreatmentOutcome,
} from './generated/resolvers';

/** A claims row as the SQL in claim-queries.ts selects it (camel-cased; dates and bigints as text). */
export type ClaimRecord = {
  readonly id: string;
  readonly personId: string;
  readonly treatmentMonth: string;
  readonly claimType: ClaimType;
  readonly prefectureCode: string;
  readonly institutionCode: string;
  readonly institutionName: string;
  readonly institutionAddress: string;
  readonly insurerType: InsurerType;
  readonly insurerNumber: string;
  readonly benefitRatio: number;
  readonly insuredSymbol: string | null;
  readonly insuredNumber: string;
  readonly insuredBranch: string;
  readonly relationship: Relationship;
  readonly patientName: string;
  readonly patientSex: Sex;
  readonly patientBirthDate: string;
  readonly treatmentStartDate: string;
  readonly outcome: TreatmentOutcome | null;
  readonly actualDays: number;
  readonly totalPoints: number;
  readonly mealCount: number;
  readonly mealAmountYen: number;
  readonly lastVisitDate: string;
};

/** A person as this subgraph knows them: only the id (eligibility owns the rest). */
export interface PersonReference {
  readonly id: string;
}

/** An institution stub resolved by eligibility. */
export interface InstitutionReference {
  readonly code: string;
}

export type ClaimConnectionModel = Connection<ClaimRecord>;

/** Child rows carry the claim they belong to, for grouping a batch by claim. */
export type ChildRow<T> = T & { readonly claimId: string };

export type DiagnosisRow = ChildRow<Diagnosis>;
export type ProcedureRow = ChildRow<Procedure>;
export type DrugRow = ChildRow<ClaimDrug>;
export type MaterialRow = ChildRow<ClaimMaterial>;
export type RemarkRow = ChildRow<Remark>;
export type PublicExpenseRow = ChildRow<PublicExpense>;
