import { Basis, Category, ConsentCategory, Role } from './types';

/** Who may read a person's data under a grant of a basis (DOMAIN.md §3, §4). */
export type BasisReaders =
  /** The patient themself (SELF). */
  | 'PATIENT'
  /** 有資格者: a physician, dentist or pharmacist acting in the qualification on record. */
  | 'QUALIFIED'
  /** Qualified staff signed in with an emergency ID, at an emergency-only terminal (救急専用端末). */
  | 'EMERGENCY_STAFF'
  /** Qualified staff, or staff an operator granted disaster authority. */
  | 'QUALIFIED_OR_DISASTER_AUTHORITY';

export interface BasisRule {
  /**
   * OWN_RECORD: the patient's own data, no grant needed (SELF); GRANTED_CATEGORIES: the categories
   * the grant lists, as institutions see them; EMERGENCY_SUMMARY: the fields of the emergency summary.
   */
  readonly opens: 'OWN_RECORD' | 'GRANTED_CATEGORIES' | 'EMERGENCY_SUMMARY';
  /** The longest a grant lasts from when it was given, whatever its `expiresAt` says; null: until `expiresAt`. */
  readonly validityHours: number | null;
  readonly readers: BasisReaders;
  /**
   * Whether only the login that opened a grant reads under it: the statement that the access is
   * needed is the viewer's own, and another staff member makes their own.
   */
  readonly openerOnly: boolean;
  /** How recently the caller must have authenticated (`auth_time`) to open it, by default; null: no such need. */
  readonly reauthenticationMinutes: number | null;
  /** Whether it is opened only at an institution located in a region of a disaster declared and in force. */
  readonly duringDeclaredDisaster: boolean;
}

/** What each basis opens, to whom, and for how long (DOMAIN.md §4). */
export const BASIS_RULES: Readonly<Record<Basis, BasisRule>> = {
  // §4.1: per institution, per category, 24 hours from when given.
  CONSENT: { opens: 'GRANTED_CATEGORIES', validityHours: 24, readers: 'QUALIFIED', openerOnly: false, reauthenticationMinutes: null, duringDeclaredDisaster: false },
  SELF: { opens: 'OWN_RECORD', validityHours: null, readers: 'PATIENT', openerOnly: false, reauthenticationMinutes: null, duringDeclaredDisaster: false },
  // §4.2 (seed 000 救急時①): the emergency summary, from an emergency-only terminal, to the holder of an
  // emergency ID who stated the need. Not given by the seeds: how long one identification serves the
  // viewer; half an hour, after which the viewer identifies the patient (and states the need) again.
  EMERGENCY_WITH_CARD: {
    opens: 'EMERGENCY_SUMMARY',
    validityHours: 0.5,
    readers: 'EMERGENCY_STAFF',
    openerOnly: true,
    reauthenticationMinutes: null,
    duringDeclaredDisaster: false,
  },
  // §4.3 (seed 000 救急時②): as with the card, and the terminal user re-verified at the time of the query
  // (端末利用者の再確認): 5 minutes unless the deployment configures another window.
  EMERGENCY_NO_CARD: {
    opens: 'EMERGENCY_SUMMARY',
    validityHours: 0.5,
    readers: 'EMERGENCY_STAFF',
    openerOnly: true,
    reauthenticationMinutes: 5,
    duringDeclaredDisaster: false,
  },
  // §4.4 (seed 000 §(3)): as consent, for the categories the patient consented to separately (or all,
  // to protect life), at an institution in a declared region, until the period there ends.
  DISASTER: {
    opens: 'GRANTED_CATEGORIES',
    validityHours: null,
    readers: 'QUALIFIED_OR_DISASTER_AUTHORITY',
    openerOnly: false,
    reauthenticationMinutes: null,
    duringDeclaredDisaster: true,
  },
};

/**
 * The consent category that opens each category of data; null: no basis needed (eligibility
 * answers the lookup itself, DOMAIN.md §4.1). Visits and diagnoses come from the same claims as
 * the medical-care information, and are consented to with it.
 */
export const OPENED_BY_CONSENT_TO: Readonly<Record<Category, ConsentCategory | null>> = {
  ELIGIBILITY: null,
  MEDICATIONS: 'MEDICATIONS',
  CHECKUPS: 'CHECKUPS',
  MEDICAL_CARE: 'MEDICAL_CARE',
  VISITS: 'MEDICAL_CARE',
  DIAGNOSES: 'MEDICAL_CARE',
  BILLING: 'MEDICAL_CARE',
};

/** Roles that work at an institution. */
export const INSTITUTION_ROLES: readonly Role[] = ['CLERK', 'PHYSICIAN', 'DENTIST', 'PHARMACIST', 'NURSE'];

/** 有資格者 (DOMAIN.md §3): they see medical data when their qualification on record is the role they act in. */
export const QUALIFIED_ROLES: readonly Role[] = ['PHYSICIAN', 'DENTIST', 'PHARMACIST'];

/** Internal roles: aggregates, terminals and IDs, access logs — never a person's data (DOMAIN.md §3). */
export const INTERNAL_ROLES: readonly Role[] = ['ANALYST', 'OPERATOR', 'AUDITOR'];

/** Who, besides the institution's own staff, sees an institution's terminals and staff. */
export const ROSTER_ROLES: readonly Role[] = ['OPERATOR', 'AUDITOR'];

/** A date in the policy (`YYYY-MM-DD`) begins at midnight in Japan. */
export const POLICY_TIME_ZONE_OFFSET = '+09:00';
