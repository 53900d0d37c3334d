import { versionAt } from './rule-lookup';
import { Caller } from './types';

/** Everything about a caller the policy reads; the compiler holds this list to Caller. */
const CALLER_FACTS = Object.keys({
  role: true,
  institutionCode: true,
  personId: true,
  qualification: true,
  loginId: true,
  terminalKind: true,
  emergencyId: true,
  disasterAuthority: true,
} satisfies Record<keyof Caller, true>) as Array<keyof Caller>;

/**
 * What a decision for `caller` at `at` depends on besides the grants and the field: the caller's
 * facts and the policy version in force (a rule reads the time only through the version and
 * through the grants: grants.ts), the same for callers the policy cannot tell apart.
 */
export function callerKey(caller: Caller, at: Date): string {
  return `${CALLER_FACTS.map((fact) => String(caller[fact])).join('\u0000')}\u0000${versionAt(at)?.effectiveFrom}`;
}
