/**
 * The vocabulary of the access policy: who asks (DOMAIN.md §3), on which basis (§4), for which
 * category of a person's data (§5), and what the answer is.
 */

export const ROLES = ['CLERK', 'PHYSICIAN', 'DENTIST', 'PHARMACIST', 'NURSE', 'PATIENT', 'ANALYST', 'OPERATOR', 'AUDITOR'] as const;
/** The role a caller acts in. */
export type Role = (typeof ROLES)[number];

/** 資格: the qualification on record for a staff member (eligibility's `StaffQualification`). */
export type StaffQualification = 'PHYSICIAN' | 'DENTIST' | 'PHARMACIST' | 'NURSE' | 'CLERK';

export const TERMINAL_KINDS = ['RECEPTION', 'EXAMINATION_ROOM', 'EMERGENCY_ONLY'] as const;
/** A registered terminal's kind (eligibility's `terminals.kind`); EMERGENCY_ONLY is the 救急専用端末 (DOMAIN.md §4.2). */
export type TerminalKind = (typeof TERMINAL_KINDS)[number];

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
  /**
   * The login that opened it (an emergency ID, a staff login), for the bases whose grant is read by
   * its opener only (BASIS_RULES' `openerOnly`); null or absent for the others.
   */
  readonly openedBy?: string | null;
}

export interface Caller {
  readonly role: Role;
  /** 医療機関コード of the institution the caller works at (institution roles). */
  readonly institutionCode?: string;
  /** The person the caller is (PATIENT). */
  readonly personId?: string;
  /** The qualification on record for the caller (institution roles). */
  readonly qualification?: StaffQualification;
  /** The login the caller signed in with (staff and internal users): for staff with an emergency ID, that ID. */
  readonly loginId?: string;
  /** The kind of the registered terminal staff call from. */
  readonly terminalKind?: TerminalKind;
  /** Signed in with an emergency ID issued to them in advance (救急用の専用ID, DOMAIN.md §3), as the registry records it. */
  readonly emergencyId?: boolean;
  /** Granted disaster authority by an operator (災害時に閲覧権限が与えられた者, seed 000 §(3)), as the registry records it. */
  readonly disasterAuthority?: boolean;
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

/** What auditors read (the inspection of emergency access without a card): auditors only. */
export interface AuditRule {
  readonly kind: 'AUDIT';
}

/**
 * Figures over many people or institutions (analytics, DOMAIN.md §7): never a person. The roles
 * listed see them; every other role is denied.
 */
export interface AggregateRule {
  readonly kind: 'AGGREGATE';
  readonly roles: readonly Role[];
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

export type FieldRule = PersonFieldRule | PublicFieldRule | InstitutionRosterRule | AuditRule | AggregateRule | AccessLogRule;

/** A field of the schema, `Type.field`. */
export type FieldName = string;

/** The name of a rule, as the SDL's `@accessPolicy(key:)` gives it. */
export type PolicyKey = string;

/** How far back a part of the emergency summary reaches from today (Japan). */
export type Lookback = { readonly days: number } | { readonly months: number } | { readonly years: number };

/** The periods of the emergency summary (DOMAIN.md §4.2), as regulation sets them. */
export interface EmergencySummaryPeriods {
  /** 受診歴: past visits. */
  readonly visits: Lookback;
  /** 薬剤情報: drugs dispensed. */
  readonly medications: Lookback;
  /** 診療情報: the listed care of `careCategories` (dialysis among it). */
  readonly care: Lookback;
  /** 電子処方箋: drugs of electronic prescriptions dispensed. */
  readonly electronicPrescriptionDispensings: Lookback;
  /** 手術: the care of `surgeryCategories`. */
  readonly surgery: Lookback;
  readonly surgeryCategories: readonly CareCategory[];
  readonly careCategories: readonly CareCategory[];
}

/** The rules in force from one date on. */
export interface PolicyVersion {
  /** The first day (Japan time) it is in force, `YYYY-MM-DD`. */
  readonly effectiveFrom: string;
  /** What changed, and on whose word. */
  readonly source: string;
  readonly rules: Readonly<Record<PolicyKey, FieldRule>>;
  /** The emergency summary's periods, from the version that introduces the summary on. */
  readonly emergencySummary?: EmergencySummaryPeriods;
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
  | 'NOT_OWN_RECORD'
  | 'EMERGENCY_TERMINAL_REQUIRED'
  | 'EMERGENCY_ID_REQUIRED';

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
