import { AccessContext, TerminalKind } from '../access/access-context';
import { QUALIFIED_ROLES } from '../policy/bases';
import { Basis, DenyReason, Role, StaffQualification } from '../policy/types';
import { PersonAccess } from './access-ledger';
import { AUDIT_CATEGORIES, AuditCategory, auditCategoryOf } from './audit-category';
import { FieldDecisions, fieldsIn } from './field-decisions';

/** What came of an access: every field served, some, or none. */
export type AccessOutcome = 'ALLOWED' | 'PARTIAL' | 'REFUSED';

/**
 * The purpose of use recorded with an access (DOMAIN.md §6), as HL7 v3 ActReason codes (what FHIR
 * AuditEvent and IHE BALP carry): treatment, emergency treatment (break the glass), patient
 * request, coverage (an eligibility check), healthcare operations (the operating organisation).
 */
export type PurposeOfUse = 'TREAT' | 'ETREAT' | 'PATRQT' | 'COVERAGE' | 'HOPERAT';

/** One request's access to one person's data: what the access log records (DOMAIN.md §6). */
export interface AccessEvent {
  readonly id: string;
  readonly recordedAt: Date;
  readonly requestId: string;
  /** The caller's login id, or a patient's person id. */
  readonly userId: string;
  readonly role: Role;
  readonly qualification: StaffQualification | null;
  readonly institutionCode: string | null;
  readonly terminalId: string | null;
  readonly terminalKind: TerminalKind | null;
  /** What the person's data was served under; null when it needed none or nothing was served. */
  readonly basis: Basis | null;
  readonly purposeOfUse: PurposeOfUse;
  /** Whose data; null for an analytics query, which reaches no person (its categories are ANALYTICS alone). */
  readonly personId: string | null;
  /** The categories of every field asked for, each once, in the policy's order. */
  readonly categories: readonly AuditCategory[];
  /** Every field asked for, served (by basis) or withheld (by reason). */
  readonly fields: FieldDecisions;
  readonly outcome: AccessOutcome;
  /** The reasons of every field withheld, each once, in order. */
  readonly denyReasons: readonly DenyReason[];
}

/** Its place in the hash chain of the gateway instance that wrote it. */
export interface ChainLink {
  readonly chainId: string;
  /** From 1, without gaps. */
  readonly sequence: number;
  /** The hash of the event before it in the chain; 64 zeros for the first. */
  readonly previousHash: string;
  /** SHA-256 of the event with its chain id, sequence and previous hash (hash-chain.ts). */
  readonly hash: string;
}

export type ChainedAccessEvent = AccessEvent & ChainLink;

export const EMERGENCY_BASES: readonly Basis[] = ['EMERGENCY_WITH_CARD', 'EMERGENCY_NO_CARD'];
export const isEmergency = (basis: Basis | null): boolean => basis !== null && EMERGENCY_BASES.includes(basis);
export const isDisaster = (basis: Basis | null): boolean => basis === 'DISASTER';

/** The most exceptional basis among those the fields were served under: an emergency or disaster access is never hidden behind a consent. */
const PRECEDENCE: readonly Basis[] = ['EMERGENCY_NO_CARD', 'EMERGENCY_WITH_CARD', 'DISASTER', 'CONSENT', 'SELF'];

const isEmpty = (groups: Readonly<Record<string, readonly unknown[] | undefined>>): boolean => Object.values(groups).every((fields) => (fields ?? []).length === 0);

export function eventBasis(fields: FieldDecisions): Basis | null {
  return PRECEDENCE.find((basis) => (fields.served[basis] ?? []).length > 0) ?? null;
}

export function outcomeOf(fields: FieldDecisions): AccessOutcome {
  const served = !isEmpty(fields.served);
  const withheld = !isEmpty(fields.withheld);
  if (served && withheld) return 'PARTIAL';
  if (withheld) return 'REFUSED';
  return 'ALLOWED';
}

export function purposeOf(role: Role, basis: Basis | null): PurposeOfUse {
  if (isEmergency(basis)) return 'ETREAT';
  if (basis === 'CONSENT' || basis === 'DISASTER') return 'TREAT';
  if (role === 'PATIENT') return 'PATRQT';
  if (role === 'CLERK') return 'COVERAGE';
  if (QUALIFIED_ROLES.includes(role) || role === 'NURSE') return 'TREAT';
  return 'HOPERAT';
}

/** What one event is about: a person's data, or (personId null) the analytics aggregates a request asked for. */
export type EventSubject = Pick<PersonAccess, 'fields'> & { readonly personId: string | null };

/**
 * The event of one person's part of a request, or of its analytics part, as the caller of its
 * access context made it at `recordedAt`. An analytics query is the operating organisation's
 * business whoever asks (HOPERAT).
 */
export function accessEventOf(id: string, access: AccessContext, person: EventSubject, recordedAt: Date): AccessEvent {
  const { fields } = person;
  const basis = eventBasis(fields);
  const { caller } = access;
  const categories = new Set(fieldsIn(fields).map(auditCategoryOf));
  return {
    id,
    recordedAt,
    requestId: access.requestId,
    userId: access.userId,
    role: caller.role,
    qualification: caller.qualification ?? null,
    institutionCode: caller.institutionCode ?? null,
    terminalId: access.terminalId,
    terminalKind: access.terminalKind,
    basis,
    purposeOfUse: person.personId === null ? 'HOPERAT' : purposeOf(caller.role, basis),
    personId: person.personId,
    categories: AUDIT_CATEGORIES.filter((category) => categories.has(category)),
    fields,
    outcome: outcomeOf(fields),
    denyReasons: (Object.keys(fields.withheld) as DenyReason[]).filter((reason) => (fields.withheld[reason] ?? []).length > 0),
  };
}
