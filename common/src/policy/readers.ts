import { BASIS_RULES, BasisReaders, QUALIFIED_ROLES } from './bases';
import { Caller, Grant } from './types';

/** A qualified caller acts in the role their qualification on record gives them. */
export const isQualified = (caller: Caller): boolean => QUALIFIED_ROLES.includes(caller.role) && caller.qualification === caller.role;

/** Whether the caller is among the readers a basis names. */
export function isReader(readers: BasisReaders, caller: Caller): boolean {
  switch (readers) {
    case 'PATIENT':
      return caller.role === 'PATIENT';
    case 'QUALIFIED':
      return isQualified(caller);
    case 'EMERGENCY_STAFF':
      return isQualified(caller) && caller.terminalKind === 'EMERGENCY_ONLY' && caller.emergencyId === true;
    case 'QUALIFIED_OR_DISASTER_AUTHORITY':
      return isQualified(caller) || caller.disasterAuthority === true;
  }
}

/** Whether the caller may read under the grant: one of its basis' readers, and its opener where the basis says so. */
export function readsUnder(grant: Grant, caller: Caller): boolean {
  const rule = BASIS_RULES[grant.basis];
  if (rule.openerOnly && (grant.openedBy == null || grant.openedBy !== caller.loginId)) return false;
  return isReader(rule.readers, caller);
}
