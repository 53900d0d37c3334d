import { BASIS_RULES, INSTITUTION_ROLES } from './bases';
import { isQualified } from './readers';
import { Basis, Caller } from './types';

/** The bases a caller opens by a request of their own (the others are given: consent by the patient, SELF by signing in). */
export const OPENED_BASES = ['EMERGENCY_WITH_CARD', 'EMERGENCY_NO_CARD', 'DISASTER'] as const satisfies readonly Basis[];
export type OpenedBasis = (typeof OPENED_BASES)[number];

/** The period one declared disaster is in force in one region (municipality): `[startsAt, endsAt)`. */
export interface DeclaredPeriod {
  readonly disasterId: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
}

export interface AccessBasisRequest {
  readonly basis: OpenedBasis;
  readonly caller: Caller;
  /** When the caller last authenticated (`auth_time`), when the token says. */
  readonly authTime: Date | null;
  /** The declared periods of the region (municipality) the caller's institution is located in, whatever their dates. */
  readonly disasterPeriods: readonly DeclaredPeriod[];
  readonly at: Date;
  /** How recent the authentication must be where the basis asks for it; default the basis' own (BASIS_RULES). */
  readonly reauthenticationWindowMs?: number;
}

/** Why a basis cannot be opened: a deny reason (FORBIDDEN) or an error code of its own. */
export type AccessBasisRefusal =
  | 'ROLE_NOT_PERMITTED'
  | 'QUALIFICATION_REQUIRED'
  | 'EMERGENCY_TERMINAL_REQUIRED'
  | 'EMERGENCY_ID_REQUIRED'
  | 'REAUTHENTICATION_REQUIRED'
  | 'DISASTER_MODE_INACTIVE';

export type AccessBasisDecision =
  | {
      readonly allow: true;
      /** When the grant it gives ends. */
      readonly expiresAt: Date;
      /** The disaster it is opened under (DISASTER), else null. */
      readonly disasterId: string | null;
    }
  | { readonly allow: false; readonly refusal: AccessBasisRefusal };

const refused = (refusal: AccessBasisRefusal): AccessBasisDecision => ({ allow: false, refusal });
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

function readerRefusal(basis: OpenedBasis, caller: Caller): AccessBasisRefusal | null {
  switch (BASIS_RULES[basis].readers) {
    case 'EMERGENCY_STAFF':
      if (!isQualified(caller)) return 'QUALIFICATION_REQUIRED';
      if (caller.terminalKind !== 'EMERGENCY_ONLY') return 'EMERGENCY_TERMINAL_REQUIRED';
      return caller.emergencyId === true ? null : 'EMERGENCY_ID_REQUIRED';
    case 'QUALIFIED_OR_DISASTER_AUTHORITY':
      return isQualified(caller) || caller.disasterAuthority === true ? null : 'QUALIFICATION_REQUIRED';
    case 'QUALIFIED':
      return isQualified(caller) ? null : 'QUALIFICATION_REQUIRED';
    case 'PATIENT':
      return 'ROLE_NOT_PERMITTED';
  }
}

/**
 * Whether the caller may open an emergency or disaster access now, and until when the grant it
 * gives lasts: the one decision for the gateway (before planning) and the eligibility subgraph
 * (before it writes the grant). DOMAIN.md §4.2–§4.4: emergency access only from an emergency-only
 * terminal, by qualified staff signed in with an emergency ID, without a card only after a recent
 * re-authentication; disaster access only by qualified staff or staff with disaster authority, at
 * an institution in a region of a declared disaster, during its period.
 */
export function decideAccessBasis(request: AccessBasisRequest): AccessBasisDecision {
  const { basis, caller, at } = request;
  const rule = BASIS_RULES[basis];
  if (!INSTITUTION_ROLES.includes(caller.role) || caller.institutionCode === undefined) return refused('ROLE_NOT_PERMITTED');
  const notReader = readerRefusal(basis, caller);
  if (notReader !== null) return refused(notReader);
  if (rule.reauthenticationMinutes !== null) {
    const window = request.reauthenticationWindowMs ?? rule.reauthenticationMinutes * MINUTE_MS;
    const authTime = request.authTime?.getTime();
    if (authTime === undefined || authTime > at.getTime() || at.getTime() - authTime > window) return refused('REAUTHENTICATION_REQUIRED');
  }
  const longest = rule.validityHours === null ? Number.POSITIVE_INFINITY : at.getTime() + rule.validityHours * HOUR_MS;
  if (!rule.duringDeclaredDisaster) return { allow: true, expiresAt: new Date(longest), disasterId: null };
  const inForce = request.disasterPeriods.filter((period) => period.startsAt.getTime() <= at.getTime() && at.getTime() < period.endsAt.getTime());
  if (inForce.length === 0) return refused('DISASTER_MODE_INACTIVE');
  // Of two disasters declared for the region, the one in force longest.
  const latest = inForce.reduce((a, b) => (b.endsAt.getTime() > a.endsAt.getTime() ? b : a));
  return { allow: true, expiresAt: new Date(Math.min(longest, latest.endsAt.getTime())), disasterId: latest.disasterId };
}
