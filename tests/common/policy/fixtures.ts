import { Basis, Caller, ConsentCategory, Decision, DenyReason, Grant, RecordFacts } from '../../../common/src/policy';

/** A date when every version of the policy up to electronic prescriptions is in force (the emergency summary not yet). */
export const NOW = new Date('2024-06-03T10:00:00+09:00');
/** A date when the emergency summary is offered too (DOMAIN.md §4.2). */
export const SUMMARY_NOW = new Date('2025-06-03T10:00:00+09:00');
export const HOSPITAL = '1310000017';
export const OTHER_HOSPITAL = '1310000025';
export const PATIENT_ID = 'person-1';
export const OTHER_PERSON_ID = 'person-2';

export const ALL_CONSENT: readonly ConsentCategory[] = ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'];

export const physician: Caller = { role: 'PHYSICIAN', institutionCode: HOSPITAL, qualification: 'PHYSICIAN' };
export const pharmacist: Caller = { role: 'PHARMACIST', institutionCode: HOSPITAL, qualification: 'PHARMACIST' };
export const clerk: Caller = { role: 'CLERK', institutionCode: HOSPITAL, qualification: 'CLERK' };
export const nurse: Caller = { role: 'NURSE', institutionCode: HOSPITAL, qualification: 'NURSE' };
export const patient: Caller = { role: 'PATIENT', personId: PATIENT_ID };
/** A physician signed in with an emergency ID at an emergency-only terminal (DOMAIN.md §3). */
export const EMERGENCY_ID = '1310000017-E02';
export const emergencyPhysician: Caller = { ...physician, loginId: EMERGENCY_ID, terminalKind: 'EMERGENCY_ONLY', emergencyId: true };
/** A nurse an operator granted disaster authority. */
export const disasterNurse: Caller = { ...nurse, loginId: '1310000017-05', disasterAuthority: true };
export const analyst: Caller = { role: 'ANALYST' };
export const operator: Caller = { role: 'OPERATOR' };
export const auditor: Caller = { role: 'AUDITOR' };

const HOUR_MS = 60 * 60 * 1000;
export const hoursAfter = (date: Date, hours: number): Date => new Date(date.getTime() + hours * HOUR_MS);

export interface GrantOptions {
  readonly categories?: readonly ConsentCategory[];
  readonly personId?: string;
  readonly institutionCode?: string | null;
  readonly grantedAt?: Date;
  readonly hours?: number;
  readonly openedBy?: string | null;
}

/**
 * A grant given an hour before NOW to the patient at HOSPITAL, for 24 hours unless told otherwise;
 * an emergency grant is opened by the emergency physician's ID.
 */
export function grant(basis: Basis, options: GrantOptions = {}): Grant {
  const grantedAt = options.grantedAt ?? hoursAfter(NOW, -1);
  const openedBy = options.openedBy === undefined ? (basis.startsWith('EMERGENCY') ? EMERGENCY_ID : null) : options.openedBy;
  return {
    basis,
    personId: options.personId ?? PATIENT_ID,
    institutionCode: options.institutionCode === undefined ? HOSPITAL : options.institutionCode,
    categories: options.categories ?? ALL_CONSENT,
    grantedAt,
    expiresAt: hoursAfter(grantedAt, options.hours ?? 24),
    openedBy,
  };
}

export const own: RecordFacts = { personId: PATIENT_ID };
export const others: RecordFacts = { personId: OTHER_PERSON_ID };

export const ALLOW: Decision = { allow: true };
export const deny = (reason: DenyReason): Decision => ({ allow: false, reason });
/** A table cell: ALLOW, or the reason of the denial. */
export type Expected = 'ALLOW' | DenyReason;
export const expected = (cell: Expected): Decision => (cell === 'ALLOW' ? ALLOW : deny(cell));
