import { unauthenticated } from './unauthenticated';

/** Longest token accepted; anything longer is refused before it is parsed. */
export const MAX_TOKEN_LENGTH = 8192;

/** RFC 6750 §2.1: `Bearer` and a token68. */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/** The token of an `Authorization: Bearer …` header; UNAUTHENTICATED (MISSING or MALFORMED) otherwise. */
export function bearerToken(authorization: string | undefined): string {
  if (authorization === undefined || authorization.trim() === '') throw unauthenticated('MISSING');
  const match = BEARER.exec(authorization);
  if (!match || match[1]!.length > MAX_TOKEN_LENGTH) throw unauthenticated('MALFORMED');
  return match[1]!;
}
