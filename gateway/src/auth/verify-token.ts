import { ERRORS } from '../../../common/src/errors';
import { MAX_TOKEN_LENGTH } from './bearer-token';
import { jose, JSONWebKeySet, JWTPayload, JWTVerifyGetKey } from './jose';
import { UnauthenticatedReason, unauthenticated } from './unauthenticated';
import { VerifiedToken, verifiedTokenOf } from './verified-token';

export type { VerifiedToken } from './verified-token';

/** Where the issuer's public keys are: its JWKS URL (production) or a key set at hand (development). */
export type TokenKeys = { readonly jwksUrl: string } | { readonly jwks: JSONWebKeySet };

export interface TokenVerifierOptions {
  readonly keys: TokenKeys;
  /** The only `iss` accepted. */
  readonly issuer: string;
  /** `aud` must name this. */
  readonly audience: string;
  /** Allowed clock skew for exp, nbf and iat. Default 30 s. */
  readonly clockToleranceSeconds?: number;
  /** Tokens issued longer ago than this are expired whatever their exp. Default 12 hours. */
  readonly maxTokenAgeSeconds?: number;
  /** The current time (tests). */
  readonly now?: () => Date;
}

export interface TokenVerifier {
  /** The verified token, or UNAUTHENTICATED; SERVICE_UNAVAILABLE when the issuer's keys cannot be fetched. */
  verify(token: string | undefined): Promise<VerifiedToken>;
}

/**
 * One algorithm only: a token naming another (`none`, or HS256 with the public key as its
 * secret) is refused before any key is chosen, so no key can be used for what it is not.
 */
export const ACCEPTED_ALGORITHMS = ['ES256'];

const REQUIRED_CLAIMS = ['iss', 'aud', 'exp', 'sub', 'iat'];

const CLAIM_REASONS: Record<string, UnauthenticatedReason> = {
  iss: 'WRONG_ISSUER',
  aud: 'WRONG_AUDIENCE',
  nbf: 'NOT_YET_VALID',
  iat: 'NOT_YET_VALID',
};

interface Refusal {
  readonly reason: UnauthenticatedReason;
  readonly claim?: string;
}

/** What a jose error says of the token; null when it says the keys could not be had. */
function refusalOf(error: InstanceType<typeof jose.errors.JOSEError>): Refusal | null {
  if (error instanceof jose.errors.JWTExpired) return { reason: 'EXPIRED' };
  if (error instanceof jose.errors.JWTClaimValidationFailed) {
    const reason = error.reason === 'check_failed' ? CLAIM_REASONS[error.claim] : undefined;
    return reason ? { reason } : { reason: 'MALFORMED', claim: error.claim };
  }
  if (
    error instanceof jose.errors.JWSSignatureVerificationFailed ||
    error instanceof jose.errors.JOSEAlgNotAllowed ||
    error instanceof jose.errors.JWKSNoMatchingKey ||
    error instanceof jose.errors.JWKSMultipleMatchingKeys
  ) {
    return { reason: 'BAD_SIGNATURE' };
  }
  if (error instanceof jose.errors.JWSInvalid || error instanceof jose.errors.JWTInvalid || error instanceof jose.errors.JOSENotSupported) return { reason: 'MALFORMED' };
  return null;
}

/** Verifies bearer JWTs (jose `jwtVerify`) against the issuer's keys. */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const remote = 'jwksUrl' in options.keys;
  const keys: JWTVerifyGetKey = 'jwksUrl' in options.keys ? jose.createRemoteJWKSet(new URL(options.keys.jwksUrl)) : jose.createLocalJWKSet(options.keys.jwks);
  const clockTolerance = options.clockToleranceSeconds ?? 30;
  const maxTokenAge = options.maxTokenAgeSeconds ?? 12 * 3600;
  return {
    async verify(token) {
      if (token === undefined || token === '') throw unauthenticated('MISSING');
      if (token.length > MAX_TOKEN_LENGTH) throw unauthenticated('MALFORMED');
      let payload: JWTPayload;
      try {
        ({ payload } = await jose.jwtVerify(token, keys, {
          algorithms: ACCEPTED_ALGORITHMS,
          issuer: options.issuer,
          audience: options.audience,
          requiredClaims: REQUIRED_CLAIMS,
          clockTolerance,
          maxTokenAge,
          currentDate: options.now?.(),
        }));
      } catch (error) {
        const refusal = error instanceof jose.errors.JOSEError ? refusalOf(error) : null;
        if (refusal) throw unauthenticated(refusal.reason, refusal.claim);
        // Keys fetched from the issuer: unreachable, timed out, not 200, not a key set.
        if (remote) throw ERRORS.SERVICE_UNAVAILABLE("The identity provider's signing keys could not be fetched; retry later");
        throw error;
      }
      return verifiedTokenOf(payload, clockTolerance);
    },
  };
}
