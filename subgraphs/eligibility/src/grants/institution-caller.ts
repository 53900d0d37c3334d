import { AccessContext } from '../../../../common/src/access/access-context';
import { forbidden } from '../../../../common/src/errors';

/**
 * Consent is recorded from a card reader of the institution (DOMAIN.md §4.1): the institution
 * and terminal a report names must be the verified caller's own, never taken on the report's
 * word. Staff of another institution, or a caller with no terminal, are refused.
 */
export function assertOwnTerminal(access: AccessContext, institutionCode: string, terminalId: string): void {
  assertOwnInstitution(access, institutionCode);
  if (access.terminalId === null || access.terminalId !== terminalId) throw forbidden('NOT_OWN_RECORD', 'Mutation.recordConsent');
}

/** Only staff of `institutionCode` act on its consents. */
export function assertOwnInstitution(access: AccessContext, institutionCode: string): void {
  const own = access.caller.institutionCode;
  if (own === undefined) throw forbidden('ROLE_NOT_PERMITTED');
  if (own !== institutionCode) throw forbidden('NOT_OWN_RECORD');
}

/** A person's consents are read by the institution they were given to, or by the person themself. */
export function assertMayReadConsents(access: AccessContext, personId: string, institutionCode: string): void {
  if (access.caller.role === 'PATIENT') {
    if (access.caller.personId?.toLowerCase() !== personId.toLowerCase()) throw forbidden('NOT_OWN_RECORD');
    return;
  }
  assertOwnInstitution(access, institutionCode);
}
