import { Basis, Category, ConsentCategory, Role } from './types';

export interface BasisRule {
  /**
   * OWN_RECORD: the patient's own data, no grant needed (SELF); GRANTED_CATEGORIES: the categories
   * the grant lists, as institutions see them; EMERGENCY_SUMMARY: the fields of the emergency summary.
   */
  readonly opens: 'OWN_RECORD' | 'GRANTED_CATEGORIES' | 'EMERGENCY_SUMMARY';
  /** The longest a grant lasts from when it was given, whatever its `expiresAt` says; null: until `expiresAt`. */
  readonly validityHours: number | null;
}

/** What each basis opens (DOMAIN.md §4). */
export const BASIS_RULES: Readonly<Record<Basis, BasisRule>> = {
  // §4.1: per institution, per category, 24 hours from when given.
  CONSENT: { opens: 'GRANTED_CATEGORIES', validityHours: 24 },
  SELF: { opens: 'OWN_RECORD', validityHours: null },
  // §4.2 and §4.3: the emergency summary (medications, medical care incl. dialysis and surgery, visits, checkup dates).
  EMERGENCY_WITH_CARD: { opens: 'EMERGENCY_SUMMARY', validityHours: null },
  EMERGENCY_NO_CARD: { opens: 'EMERGENCY_SUMMARY', validityHours: null },
  // §4.4: as consent, for the categories given, during the declared period.
  DISASTER: { opens: 'GRANTED_CATEGORIES', validityHours: null },
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
