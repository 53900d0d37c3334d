import { AccessContext } from '../../../common/src/access/access-context';
import { forbidden } from '../../../common/src/errors';

/**
 * The registries of emergency and disaster access (emergency-only terminals, emergency IDs,
 * disaster authority, declared disasters) are kept by the operating organisation's operators
 * (DOMAIN.md §3): anyone else is refused before anything is read or written.
 */
export function assertOperator(access: AccessContext): void {
  if (access.caller.role !== 'OPERATOR') throw forbidden('ROLE_NOT_PERMITTED');
}

/** Staff of an institution act for it; the institution is the caller's own, never an argument's. */
export function callerInstitution(access: AccessContext): string {
  const institutionCode = access.caller.institutionCode;
  if (institutionCode === undefined) throw forbidden('ROLE_NOT_PERMITTED');
  return institutionCode;
}
