import { institutionCodeProblem } from '../../../common/src/identifiers';
import type { JWTPayload } from './jose';
import { unauthenticated } from './unauthenticated';

/**
 * What a verified bearer token says about its caller: identifiers only. The caller's role,
 * qualification, institution kind, terminal kind and any emergency or disaster authority are
 * looked up in the registries by these identifiers, never taken from the token.
 */
export interface VerifiedToken {
  /** `sub`: a staff or internal user's login id, or a person's opaque id. */
  readonly subject: string;
  readonly issuer: string;
  readonly audience: readonly string[];
  readonly issuedAt: Date;
  readonly expiresAt: Date;
  readonly notBefore: Date | null;
  /** `auth_time`: when the caller last authenticated (recent re-authentication is judged on it). */
  readonly authTime: Date | null;
  /** `amr`: how the caller authenticated (RFC 8176 values). */
  readonly amr: readonly string[];
  /** The caller's institution (医療機関コード), for staff of an institution. */
  readonly institution: string | null;
  /** The id of the registered terminal the request comes from. */
  readonly terminal: string | null;
  /** `jti`, when the issuer sets one. */
  readonly tokenId: string | null;
}

const SUBJECT = /^[\x21-\x7e]{1,255}$/;
const TERMINAL_ID = /^(0|[1-9][0-9]{0,17})$/;
const AMR_VALUE = /^[A-Za-z0-9_.-]{1,32}$/;
const MAX_AMR_VALUES = 10;

const date = (seconds: number): Date => new Date(seconds * 1000);

function optionalString(payload: JWTPayload, claim: string, valid: (value: string) => boolean): string | null {
  const value = payload[claim];
  if (value === undefined) return null;
  if (typeof value !== 'string' || !valid(value)) throw unauthenticated('MALFORMED', claim);
  return value;
}

function amrOf(payload: JWTPayload): string[] {
  const value = payload.amr;
  if (value === undefined) return [];
  const valid = Array.isArray(value) && value.length <= MAX_AMR_VALUES && value.every((v) => typeof v === 'string' && AMR_VALUE.test(v));
  if (!valid) throw unauthenticated('MALFORMED', 'amr');
  return value as string[];
}

function authTimeOf(payload: JWTPayload, issuedAt: number, toleranceSeconds: number): Date | null {
  const value = payload.auth_time;
  if (value === undefined) return null;
  // One authenticates before a token is issued.
  if (typeof value !== 'number' || !Number.isFinite(value) || value > issuedAt + toleranceSeconds) throw unauthenticated('MALFORMED', 'auth_time');
  return date(value);
}

/**
 * The typed view of a payload whose signature and registered time, issuer and audience claims
 * jose has already checked; the remaining claims are checked here (MALFORMED otherwise).
 */
export function verifiedTokenOf(payload: JWTPayload, toleranceSeconds: number): VerifiedToken {
  if (typeof payload.sub !== 'string' || !SUBJECT.test(payload.sub)) throw unauthenticated('MALFORMED', 'sub');
  const institution = optionalString(payload, 'institution', (v) => institutionCodeProblem(v) === null);
  const terminal = optionalString(payload, 'terminal', (v) => TERMINAL_ID.test(v));
  // A terminal is registered to an institution: one without the other names nothing.
  if (terminal !== null && institution === null) throw unauthenticated('MALFORMED', 'terminal');
  const audience = typeof payload.aud === 'string' ? [payload.aud] : payload.aud!;
  if (!audience.every((a) => typeof a === 'string')) throw unauthenticated('MALFORMED', 'aud');
  const issuedAt = payload.iat!;
  return {
    subject: payload.sub,
    issuer: payload.iss!,
    audience: [...audience],
    issuedAt: date(issuedAt),
    expiresAt: date(payload.exp!),
    notBefore: payload.nbf === undefined ? null : date(payload.nbf),
    authTime: authTimeOf(payload, issuedAt, toleranceSeconds),
    amr: amrOf(payload),
    institution,
    terminal,
    tokenId: optionalString(payload, 'jti', (v) => v.length > 0 && v.length <= 255),
  };
}
