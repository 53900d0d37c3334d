import { Connection } from '../../common/src/pagination';
import { EligibilityStatus } from './eligibility-status';

/**
 * The rows resolvers receive as parents (codegen `mappers`). SQL selects them with
 * camelCase aliases and dates as text, so default resolvers serve most fields.
 */
export interface PersonRow {
  readonly id: string;
  readonly nameKanji: string;
  readonly nameKana: string;
  readonly sex: 'MALE' | 'FEMALE';
  readonly birthDate: string;
  readonly prefectureCode: string;
  readonly municipalityCode: string;
  readonly municipality: string;
  readonly addressLine: string;
  readonly postalCode: string;
}

export interface InsurerRow {
  readonly number: string;
  readonly name: string;
  readonly type: 'KYOKAI_KENPO' | 'KUMIAI_KENPO' | 'KYOSAI' | 'NATIONAL_HEALTH_INSURANCE' | 'LATE_ELDERLY';
  readonly prefectureCode: string;
}

export interface QualificationRow {
  readonly id: string;
  readonly personId: string;
  readonly insurerNumber: string;
  readonly symbol: string;
  readonly number: string;
  readonly branch: string;
  readonly relationship: 'INSURED' | 'DEPENDENT';
  readonly acquiredOn: string;
  readonly lostOn: string | null;
  readonly benefitRatio: number;
  readonly highCostCategory: 'A' | 'I' | 'U' | 'E' | 'O' | 'ACTIVE_III' | 'ACTIVE_II' | 'ACTIVE_I' | 'GENERAL' | 'LOW_INCOME_II' | 'LOW_INCOME_I';
}

export interface CardCertificateRow {
  readonly personId: string;
  readonly kind: 'CARD' | 'SMARTPHONE';
  readonly issuedOn: string;
  readonly expiresOn: string;
  readonly revokedOn: string | null;
}

export interface InstitutionRow {
  readonly code: string;
  readonly name: string;
  readonly kind: 'HOSPITAL' | 'MEDICAL_CLINIC' | 'DENTAL_CLINIC' | 'PHARMACY';
  readonly prefectureCode: string;
  readonly municipalityCode: string;
  readonly municipality: string;
  readonly address: string;
}

export interface TerminalRow {
  readonly id: string;
  readonly institutionCode: string;
  readonly kind: 'RECEPTION' | 'EXAMINATION_ROOM' | 'EMERGENCY_ONLY';
  readonly label: string;
  /** When it was taken out of service; absent where not read. */
  readonly retiredAt?: Date | null;
}

export interface StaffRow {
  readonly id: string;
  readonly institutionCode: string;
  readonly name: string;
  readonly qualification: 'PHYSICIAN' | 'DENTIST' | 'PHARMACIST' | 'CLERK' | 'NURSE';
}

export type QualificationConnectionModel = Connection<QualificationRow>;

export interface EligibilityResultModel {
  readonly status: EligibilityStatus;
  readonly checkedOn: string;
  readonly qualification: QualificationRow | null;
  readonly personId: string | null;
  readonly matchCount: number;
  /** The institution checking, whose consent status the answer carries; null when not given. */
  readonly institutionCode: string | null;
}
