import { DenyReason } from './types';

export interface DenyReasonDefinition {
  readonly reason: DenyReason;
  readonly description: string;
}

const DESCRIPTIONS: Readonly<Record<DenyReason, string>> = {
  NO_POLICY: 'The field has no access rule: whatever has none is denied.',
  NOT_AVAILABLE:
    'The information was not yet offered on that date: the rule in force then does not include it (e.g. medical-care information before 2022-09-11).',
  NO_PERSON_ACCESS: "Analysts, operators and auditors never read a person's data through the graph.",
  ROLE_NOT_PERMITTED:
    "The caller's role may not see this field at all: an institution's terminals and staff, for a patient or an analyst; a person's access log, for anyone but that person and auditors; analytics, for any role the policy does not list (institution staff, patients; the operator sees published figures only).",
  QUALIFICATION_REQUIRED:
    'Only a physician, dentist or pharmacist with the qualification on record may see medical data (and, under a disaster access only, staff an operator granted disaster authority); reception staff see eligibility only.',
  CONSENT_REQUIRED:
    "No consent (or emergency or disaster access) in force at the caller's institution opens this category for this patient: the patient consents at a card reader.",
  CONSENT_EXPIRED: "The patient's consent at the caller's institution for this category has expired (it lasts 24 hours from when it was given).",
  OUTSIDE_BASIS:
    'The emergency or disaster access in force does not cover this field: the emergency summary omits it, or the disaster access does not list its category.',
  PATIENT_ONLY: 'Given to the patient only (e.g. the name of the pharmacy that dispensed a drug).',
  NOT_IN_PATIENT_VIEW:
    "Not part of the patient's view: of a claim, the itemized statement (明細書), e.g. diagnoses, the outcome, comments; of the access log, the auditors' record of who looked.",
  NOT_IN_INSTITUTION_VIEW:
    'Not among the claim items institutions may see: billing details, and procedures outside the listed medical care (surgery, dialysis, imaging, ...).',
  NOT_NOTIFIED: 'A diagnosis the claim does not show the patient was told of (告知) is withheld from institutions.',
  NOT_OWN_RECORD: "The record is someone else's: a patient reading another person's data, or staff reading another institution's terminals and staff.",
  EMERGENCY_TERMINAL_REQUIRED: 'Emergency access is possible from an emergency-only terminal (救急専用端末) of the institution only, registered by an operator.',
  EMERGENCY_ID_REQUIRED: 'Emergency access needs a sign-in with an emergency ID issued in advance (救急用の専用ID) to qualified staff by an operator.',
};

/** Every reason a field can be denied, with what it means (the README's table is generated from it). */
export const DENY_REASONS: readonly DenyReasonDefinition[] = Object.entries(DESCRIPTIONS).map(([reason, description]) => ({
  reason: reason as DenyReason,
  description,
}));

export const describeDenyReason = (reason: DenyReason): string => DESCRIPTIONS[reason];
