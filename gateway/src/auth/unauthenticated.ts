import { GraphQLError } from 'graphql';
import { ERRORS } from '../../../common/src/errors';

/** Why a request is not authenticated (`extensions.reason` of UNAUTHENTICATED). */
export type UnauthenticatedReason =
  | 'MISSING'
  | 'MALFORMED'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'BAD_SIGNATURE'
  | 'WRONG_AUDIENCE'
  | 'WRONG_ISSUER'
  | 'UNKNOWN_SUBJECT'
  | 'UNKNOWN_TERMINAL'
  | 'TERMINAL_REQUIRED'
  | 'NO_ACTIVE_CERTIFICATE';

const MESSAGES: Record<UnauthenticatedReason, string> = {
  MISSING: 'A bearer token is required: send `Authorization: Bearer <token>`',
  MALFORMED: 'The bearer token is malformed',
  EXPIRED: 'The bearer token has expired',
  NOT_YET_VALID: 'The bearer token is not valid yet',
  BAD_SIGNATURE: 'The bearer token is not signed by a trusted key with an accepted algorithm',
  WRONG_AUDIENCE: 'The bearer token is addressed to another audience',
  WRONG_ISSUER: 'The bearer token comes from an issuer this gateway does not trust',
  UNKNOWN_SUBJECT: 'The caller the bearer token names is not registered',
  UNKNOWN_TERMINAL: "The terminal the bearer token names is not registered to the caller's institution",
  TERMINAL_REQUIRED: 'Staff of an institution call from a registered terminal: the bearer token names none',
  NO_ACTIVE_CERTIFICATE: 'The patient has no valid (unexpired, unrevoked) card certificate',
};

/**
 * The UNAUTHENTICATED error for a reason. Messages are fixed sentences: nothing of the token
 * (nor of its claims) is ever put in an error. `claim` names the offending claim of a
 * MALFORMED token.
 */
export function unauthenticated(reason: UnauthenticatedReason, claim?: string): GraphQLError {
  const message = claim ? `${MESSAGES[reason]}: claim "${claim}"` : MESSAGES[reason];
  return ERRORS.UNAUTHENTICATED(message, { reason, ...(claim ? { claim } : {}) });
}

export const unauthenticatedReason = (error: unknown): UnauthenticatedReason | null =>
  error instanceof GraphQLError && error.extensions.code === ERRORS.UNAUTHENTICATED.code
    ? (error.extensions.reason as UnauthenticatedReason)
    : null;
