import { AccessContext } from '../../../common/src/access/access-context';
import { IncomingHeaders, SignedContextFailure, verifyAccessContext } from '../../../common/src/access/signed-context';
import { ERRORS } from '../../../common/src/errors';

const MESSAGES: Record<SignedContextFailure, string> = {
  MISSING: 'This service answers the gateway only: the request carries no signed access context',
  MALFORMED: 'The signed access context is malformed',
  BAD_SIGNATURE: 'The access context is not signed with the key this service shares with the gateway',
  EXPIRED: 'The signed access context has expired',
  NOT_YET_VALID: 'The signed access context is not valid yet',
};

/**
 * The access context the gateway signed for this request, or UNAUTHENTICATED
 * (`extensions.reason` SIGNED_CONTEXT_<failure>) before anything is executed.
 */
export function verifiedAccess(headers: IncomingHeaders, secret: string, now: Date = new Date()): AccessContext {
  const verification = verifyAccessContext(headers, secret, now);
  if (verification.ok) return verification.context;
  throw ERRORS.UNAUTHENTICATED(MESSAGES[verification.failure], { reason: `SIGNED_CONTEXT_${verification.failure}` });
}
