import { createHmac, timingSafeEqual } from 'node:crypto';
import { AccessContext } from './access-context';
import { accessContextFromJson, accessContextJson } from './access-context-json';
import { requireAccessContextSecret } from './access-context-secret';

export const ACCESS_CONTEXT_HEADER = 'x-access-context';
export const ACCESS_SIGNATURE_HEADER = 'x-access-signature';

/** How long a signed context is accepted after it was signed: one subgraph call, not a session. */
export const SIGNED_CONTEXT_LIFETIME_MS = 60_000;
/** Clock difference tolerated between the gateway and a subgraph for a context signed "in the future". */
const CLOCK_SKEW_MS = 5_000;
/** Longest header value read; anything longer is refused before it is decoded. */
const MAX_CONTEXT_LENGTH = 4096;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** An HMAC-SHA256 in base64url: 32 bytes, 43 characters. */
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

export type SignedContextHeaders = { readonly [ACCESS_CONTEXT_HEADER]: string; readonly [ACCESS_SIGNATURE_HEADER]: string };

/** Why a signed context was refused. */
export type SignedContextFailure = 'MISSING' | 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED' | 'NOT_YET_VALID';

export type SignedContextVerification =
  | { readonly ok: true; readonly context: AccessContext; readonly issuedAt: Date }
  | { readonly ok: false; readonly failure: SignedContextFailure };

/** Request headers as node:http and Fastify give them. */
export type IncomingHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

const hmac = (secret: string, value: string): Buffer => createHmac('sha256', requireAccessContextSecret(secret)).update(value, 'utf8').digest();

/**
 * The headers that carry `context` to a subgraph: the context as base64url JSON (with when it
 * was signed and the request id) and its HMAC-SHA256 under the shared secret.
 */
export function signAccessContext(context: AccessContext, secret: string, now: Date = new Date()): SignedContextHeaders {
  const encoded = Buffer.from(JSON.stringify(accessContextJson(context, now)), 'utf8').toString('base64url');
  return { [ACCESS_CONTEXT_HEADER]: encoded, [ACCESS_SIGNATURE_HEADER]: hmac(secret, encoded).toString('base64url') };
}

const refused = (failure: SignedContextFailure): SignedContextVerification => ({ ok: false, failure });

/**
 * The access context of a request's headers when they carry one signed with `secret` less than
 * a minute before `now`; otherwise why not. The signature is checked (in constant time) before
 * anything of the context is decoded.
 */
export function verifyAccessContext(headers: IncomingHeaders, secret: string, now: Date = new Date()): SignedContextVerification {
  const encoded = headers[ACCESS_CONTEXT_HEADER];
  const signature = headers[ACCESS_SIGNATURE_HEADER];
  if (encoded === undefined || signature === undefined || encoded === '' || signature === '') return refused('MISSING');
  if (typeof encoded !== 'string' || typeof signature !== 'string') return refused('MALFORMED');
  if (encoded.length > MAX_CONTEXT_LENGTH || !BASE64URL.test(encoded) || !SIGNATURE.test(signature)) return refused('MALFORMED');
  if (!timingSafeEqual(hmac(secret, encoded), Buffer.from(signature, 'base64url'))) return refused('BAD_SIGNATURE');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return refused('MALFORMED');
  }
  const decoded = accessContextFromJson(json);
  if (decoded === null) return refused('MALFORMED');
  const age = now.getTime() - decoded.issuedAt.getTime();
  if (age > SIGNED_CONTEXT_LIFETIME_MS) return refused('EXPIRED');
  if (age < -CLOCK_SKEW_MS) return refused('NOT_YET_VALID');
  return { ok: true, context: decoded.context, issuedAt: decoded.issuedAt };
}
