import { Caller, ROLES, Role, StaffQualification } from '../policy/types';
import { AccessContext, TERMINAL_KINDS, TerminalKind } from './access-context';

/** Version of the JSON form: a subgraph refuses a form it does not know rather than guess at it. */
const VERSION = 2;

/** The caller as the JSON form carries it: its terminal kind is the context's own `terminalKind`, not repeated. */
type CallerJson = Omit<Caller, 'terminalKind'>;

/** The JSON form of an access context as the gateway sends it, with when it was signed. */
export interface AccessContextJson {
  readonly v: typeof VERSION;
  readonly requestId: string;
  readonly userId: string;
  /** Milliseconds since the epoch. */
  readonly issuedAt: number;
  readonly caller: CallerJson;
  readonly terminalId: string | null;
  readonly terminalKind: TerminalKind | null;
  /** Milliseconds since the epoch, or null. */
  readonly authTime: number | null;
  readonly amr: readonly string[];
}

const QUALIFICATIONS: readonly StaffQualification[] = ['PHYSICIAN', 'DENTIST', 'PHARMACIST', 'NURSE', 'CLERK'];
const REQUEST_ID = /^[A-Za-z0-9-]{1,64}$/;
/** As a token's `sub` may be (gateway/src/auth/verified-token.ts). */
const USER_ID = /^[\x21-\x7e]{1,255}$/;
const INSTITUTION_CODE = /^[0-9]{10}$/;
const PERSON_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TERMINAL_ID = /^(0|[1-9][0-9]{0,17})$/;
const AMR_VALUE = /^[A-Za-z0-9_.-]{1,32}$/;
const MAX_AMR_VALUES = 10;
/** A login id as a token's subject may be (verified-token.ts). */
const LOGIN_ID = /^[\x21-\x7e]{1,255}$/;

/** `{ [key]: value }`, or nothing when the value is undefined: the JSON form leaves absent fields out. */
const present = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [P in K]?: V }));

export function accessContextJson(context: AccessContext, issuedAt: Date): AccessContextJson {
  const { role, institutionCode, personId, qualification, loginId, emergencyId, disasterAuthority } = context.caller;
  return {
    v: VERSION,
    requestId: context.requestId,
    userId: context.userId,
    issuedAt: issuedAt.getTime(),
    caller: {
      role,
      ...present('institutionCode', institutionCode),
      ...present('personId', personId),
      ...present('qualification', qualification),
      ...present('loginId', loginId),
      ...present('emergencyId', emergencyId),
      ...present('disasterAuthority', disasterAuthority),
    },
    terminalId: context.terminalId,
    terminalKind: context.terminalKind,
    authTime: context.authTime === null ? null : context.authTime.getTime(),
    amr: [...context.amr],
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const optional = (value: unknown, valid: (v: string) => boolean): boolean => value === undefined || (typeof value === 'string' && valid(value));
const optionalFlag = (value: unknown): boolean => value === undefined || typeof value === 'boolean';

function callerOf(value: unknown, terminalKind: TerminalKind | null): Caller | null {
  if (!isObject(value)) return null;
  const { role, institutionCode, personId, qualification, loginId, emergencyId, disasterAuthority } = value;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) return null;
  const valid =
    optional(institutionCode, (v) => INSTITUTION_CODE.test(v)) &&
    optional(personId, (v) => PERSON_ID.test(v)) &&
    optional(qualification, (v) => (QUALIFICATIONS as readonly string[]).includes(v)) &&
    optional(loginId, (v) => LOGIN_ID.test(v)) &&
    optionalFlag(emergencyId) &&
    optionalFlag(disasterAuthority);
  if (!valid) return null;
  return {
    role: role as Role,
    ...present('institutionCode', institutionCode as string | undefined),
    ...present('personId', personId as string | undefined),
    ...present('qualification', qualification as StaffQualification | undefined),
    ...present('loginId', loginId as string | undefined),
    ...present('terminalKind', terminalKind ?? undefined),
    ...present('emergencyId', emergencyId as boolean | undefined),
    ...present('disasterAuthority', disasterAuthority as boolean | undefined),
  };
}

/** The access context and its signing time in a JSON value, or null when any part of it is not as the gateway writes it. */
export function accessContextFromJson(value: unknown): { context: AccessContext; issuedAt: Date } | null {
  if (!isObject(value) || value.v !== VERSION) return null;
  const { requestId, userId, issuedAt, terminalId, terminalKind, authTime, amr } = value;
  const kindValid = terminalKind === null || (typeof terminalKind === 'string' && (TERMINAL_KINDS as readonly string[]).includes(terminalKind));
  const caller = kindValid ? callerOf(value.caller, terminalKind as TerminalKind | null) : null;
  const valid =
    caller !== null &&
    typeof requestId === 'string' && REQUEST_ID.test(requestId) &&
    typeof userId === 'string' && USER_ID.test(userId) &&
    isTime(issuedAt) &&
    (terminalId === null || (typeof terminalId === 'string' && TERMINAL_ID.test(terminalId))) &&
    (terminalId === null) === (terminalKind === null) &&
    (authTime === null || isTime(authTime)) &&
    Array.isArray(amr) && amr.length <= MAX_AMR_VALUES && amr.every((a) => typeof a === 'string' && AMR_VALUE.test(a));
  if (!valid) return null;
  return {
    context: {
      requestId: requestId as string,
      userId: userId as string,
      caller: caller!,
      terminalId: terminalId as string | null,
      terminalKind: terminalKind as TerminalKind | null,
      authTime: authTime === null ? null : new Date(authTime as number),
      amr: [...(amr as string[])],
    },
    issuedAt: new Date(issuedAt as number),
  };
}
