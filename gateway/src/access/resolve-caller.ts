import { Caller, Role, StaffQualification } from '../../../common/src/policy/types';
import { unauthenticated } from '../auth/unauthenticated';
import { VerifiedToken } from '../auth/verified-token';
import { CallerRegistry, StaffRecord, TerminalRecord } from './caller-registry';

/** The caller a token names, as the registries know them, and the terminal they call from. */
export interface ResolvedCaller {
  readonly caller: Caller;
  readonly terminal: TerminalRecord | null;
}

/** A person's id is a UUID; staff and internal login ids never are (migrations 001, 002). */
const PERSON_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ROLE_OF_QUALIFICATION: Record<StaffQualification, Role> = {
  PHYSICIAN: 'PHYSICIAN',
  DENTIST: 'DENTIST',
  PHARMACIST: 'PHARMACIST',
  NURSE: 'NURSE',
  CLERK: 'CLERK',
};

/** An emergency ID is `<institution code>-E<digits>` (migration 004); a staff login is `<institution code>-<digits>`. */
const EMERGENCY_ID = /^[0-9]{10}-E[0-9]{2,6}$/;

/** The staff member a login names: their own staff login, or an emergency ID issued to them (and then so marked). */
async function staffOf(login: string, institutionCode: string, registry: CallerRegistry): Promise<{ staff: StaffRecord; emergencyId: boolean } | null> {
  if (EMERGENCY_ID.test(login)) {
    const holder = await registry.emergencyIdHolder(login, institutionCode);
    return holder === null ? null : { staff: holder, emergencyId: true };
  }
  const staff = await registry.staff(login, institutionCode);
  return staff === null ? null : { staff, emergencyId: false };
}

/**
 * Staff prove themselves with an institution login (or an emergency ID issued to them) and a
 * registered terminal of that institution in service (DOMAIN.md §3).
 */
async function staffMember(token: VerifiedToken, institutionCode: string, registry: CallerRegistry): Promise<ResolvedCaller> {
  const [found, terminal] = await Promise.all([
    staffOf(token.subject, institutionCode, registry),
    token.terminal === null ? null : registry.terminal(token.terminal, institutionCode),
  ]);
  if (found === null) throw unauthenticated('UNKNOWN_SUBJECT');
  if (token.terminal === null) throw unauthenticated('TERMINAL_REQUIRED');
  if (terminal === null) throw unauthenticated('UNKNOWN_TERMINAL');
  const { staff, emergencyId } = found;
  return {
    caller: {
      role: ROLE_OF_QUALIFICATION[staff.qualification],
      institutionCode,
      qualification: staff.qualification,
      loginId: token.subject,
      terminalKind: terminal.kind,
      emergencyId,
      disasterAuthority: staff.disasterAuthority,
    },
    terminal,
  };
}

/** A patient proves themself with the My Number card or the smartphone certificate (DOMAIN.md §3): one must be active today. */
async function patient(personId: string, today: string, registry: CallerRegistry): Promise<ResolvedCaller> {
  const person = await registry.person(personId, today);
  if (person === null) throw unauthenticated('UNKNOWN_SUBJECT');
  if (!person.activeCertificate) throw unauthenticated('NO_ACTIVE_CERTIFICATE');
  return { caller: { role: 'PATIENT', personId: person.personId }, terminal: null };
}

async function internalUser(loginId: string, registry: CallerRegistry): Promise<ResolvedCaller> {
  const user = await registry.internalUser(loginId);
  if (user === null) throw unauthenticated('UNKNOWN_SUBJECT');
  return { caller: { role: user.role, loginId: user.loginId }, terminal: null };
}

/**
 * The caller of a verified token, from the registries in the data: the role, qualification,
 * terminal kind, emergency ID and disaster authority are what the registries record for the
 * token's identifiers, never what a token says. A token naming an institution is staff of it; otherwise a UUID subject is a patient and
 * any other an internal user. Anything not registered is UNAUTHENTICATED with a reason.
 * `today` is the date in Japan (YYYY-MM-DD) certificates are judged on.
 */
export async function resolveCaller(token: VerifiedToken, registry: CallerRegistry, today: string): Promise<ResolvedCaller> {
  if (token.institution !== null) return staffMember(token, token.institution, registry);
  if (PERSON_ID.test(token.subject)) return patient(token.subject, today, registry);
  return internalUser(token.subject, registry);
}
