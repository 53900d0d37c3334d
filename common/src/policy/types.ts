/**
 * The vocabulary of the access policy: who asks (DOMAIN.md §3), on which basis (§4), for which
 * category of a person's data (§5), and what the answer is.
 */

export const ROLES = ['CLERK', 'PHYSICIAN', 'DENTIST', 'PHARMACIST', 'NURSE', 'PATIENT', 'ANALYST', 'OPERATOR', 'AUDITOR'] as const;
/** The role a caller acts in. */
export type Role = (typeof ROLES)[number];

/** 資格: the qualification on record for a staff member (eligibility's `StaffQualification`). */
export type StaffQualification = 'PHYSICIAN' | 'DENTIST' | 'PHARMACIST' | 'NURSE' | 'CLERK';

export const BASES = ['CONSENT', 'SELF', 'EMERGENCY_WITH_CARD', 'EMERGENCY_NO_CARD', 'DISASTER'] as const;
/** The basis one read of a person's data happens under (DOMAIN.md §4). */
export type Basis = (typeof BASES)[number];

export const CATEGORIES = ['ELIGIBILITY', 'MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE', 'VISITS', 'DIAGNOSES', 'BILLING'] as const;
/**
 * The category a field of a person's data belongs to. VISITS are the past visits (institution
 * view ①), MEDICAL_CARE the listed procedures (②); BILLING is what only the patient's itemized
 * statement (明細書) shows: points, insurer and insured numbers, meals.
 */
export type Category = (typeof CATEGORIES)[number];

export const CONSENT_CATEGORIES = ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'] as const;
/** What a patient consents to, separately, at a card reader (DOMAIN.md §4.1). */
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

/** Permission to read one person's data at one institution, under one basis, for a while. */
export interface Grant {
  readonly basis: Basis;
  readonly personId: string;
  /** The institution it was given at; null only for the patient's own basis (SELF). */
  readonly institutionCode: string | null;
  /** What it opens under CONSENT and DISASTER; an emergency opens the emergency summary whatever it lists. */
  readonly categories: readonly ConsentCategory[];
  readonly grantedAt: Date;
  readonly expiresAt: Date;
}

export interface Caller {
  readonly role: Role;
  /** 医療機関コード of the institution the caller works at (institution roles). */
  readonly institutionCode?: string;
  /** The person the caller is (PATIENT). */
  readonly personId?: string;
  /** The qualification on record for the caller (institution roles). */
  readonly qualification?: StaffQualification;
}

/** 診療行為 categories institutions may see (DOMAIN.md §5, institution view ②); receipts' `CareCategory`. */
export type CareCategory =
  | 'SURGERY'
  | 'SHORT_STAY_SURGERY'
  | 'TRANSPLANT'
  | 'TRANSFUSION'
  | 'RADIATION_THERAPY'
  | 'IMAGING_DIAGNOSIS'
  | 'PATHOLOGY_DIAGNOSIS'
  | 'MEDICAL_MANAGEMENT'
  | 'HOME_CARE_GUIDANCE'
  | 'DIALYSIS';

/** What the policy needs to know about the record a field is read from. */
export interface RecordFacts {
  /** Whose record it is: every field of a person's data. */
  readonly personId?: string;
  /** A diagnosis: whether the claim records that the patient was told (告知). */
  readonly told?: boolean;
  /** A procedure: its medical-care category, null for routine care. */
  readonly careCategory?: CareCategory | null;
  /** A line of a claim's remarks (摘要): a billed item or a free-text comment. */
  readonly remarkKind?: 'BILLED_ITEM' | 'COMMENT';
  /** Terminals and staff: the institution they belong to. */
  readonly institutionCode?: string;
}

export type RecordFact = keyof RecordFacts;

/** A condition on the record under which a view shows a field. */
export type RecordCondition = 'TOLD' | 'LISTED_CARE' | 'BILLED_ITEM';

/** How one view shows a field: always, never, or where the record meets a condition. */
export type Visibility = 'SHOWN' | 'HIDDEN' | { readonly when: RecordCondition };

/** A field of a person's data. */
export interface PersonFieldRule {
  readonly kind: 'PERSON';
  readonly category: Category;
  /** Which institution staff may see it at all: everyone (reception too) or qualified staff only. */
  readonly staff: 'ALL' | 'QUALIFIED';
  /** The patient's own view (SELF). */
  readonly patient: Visibility;
  /** What institutions see under consent, emergency or disaster; PATIENT_ONLY withholds it by rule (not merely unlisted). */
  readonly institution: Visibility | 'PATIENT_ONLY';
  /** Part of the emergency summary (DOMAIN.md §4.2): what the emergency bases open. */
  readonly emergency: boolean;
}

/** Reference data that is nobody's personal data (institution names, the drug master): anyone may see it. */
export interface PublicFieldRule {
  readonly kind: 'PUBLIC';
}

/** An institution's terminals and staff: the institution itself, the operator who registers them, auditors. */
export interface InstitutionRosterRule {
  readonly kind: 'INSTITUTION_ROSTER';
}

/**
 * The access log (DOMAIN.md §6): who read a person's data. Auditors read all of it; the person it
 * is about reads their own history where the patient view shows the field (not the staff member
 * who looked); no one else reads any of it.
 */
export interface AccessLogRule {
  readonly kind: 'ACCESS_LOG';
  readonly patient: 'SHOWN' | 'HIDDEN';
}

export type FieldRule = PersonFieldRule | PublicFieldRule | InstitutionRosterRule | AccessLogRule;

/** A field of the schema, `Type.field`. */
export type FieldName = string;

/** The name of a rule, as the SDL's `@accessPolicy(key:)` gives it. */
export type PolicyKey = string;

/** The rules in force from one date on. */
export interface PolicyVersion {
  /** The first day (Japan time) it is in force, `YYYY-MM-DD`. */
  readonly effectiveFrom: string;
  /** What changed, and on whose word. */
  readonly source: string;
  readonly rules: Readonly<Record<PolicyKey, FieldRule>>;
}

export type DenyReason =
  | 'NO_POLICY'
  | 'NOT_AVAILABLE'
  | 'NO_PERSON_ACCESS'
  | 'ROLE_NOT_PERMITTED'
  | 'QUALIFICATION_REQUIRED'
  | 'CONSENT_REQUIRED'
  | 'CONSENT_EXPIRED'
  | 'OUTSIDE_BASIS'
  | 'PATIENT_ONLY'
  | 'NOT_IN_PATIENT_VIEW'
  | 'NOT_IN_INSTITUTION_VIEW'
  | 'NOT_NOTIFIED'
  | 'NOT_OWN_RECORD';

export type Decision = { readonly allow: true } | { readonly allow: false; readonly reason: DenyReason };

export interface DecideInput {
  readonly caller: Caller;
  readonly grants: readonly Grant[];
  readonly field: FieldName;
  readonly facts: RecordFacts;
  readonly at: Date;
}

/** The same question before the record is seen. */
export type FieldRequest = Omit<DecideInput, 'facts'>;
