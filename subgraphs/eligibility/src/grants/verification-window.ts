import { ERRORS } from '../../../../common/src/errors';

/**
 * How long after the card reader verified the patient its consent report is still recorded, by
 * default: long enough for a report to arrive over a slow network, short enough that a captured
 * report is of no use later. Configured by `consentVerificationWindowSeconds`.
 */
export const DEFAULT_CONSENT_VERIFICATION_WINDOW_SECONDS = 300;
/** How far ahead of this clock a card reader's may be. */
const CLOCK_SKEW_MS = 30_000;

/** VERIFICATION_STALE unless the verification was at most `windowSeconds` before `now` (and not ahead of it beyond the skew). */
export function assertFreshVerification(verifiedAt: Date, now: Date, windowSeconds: number): void {
  const age = now.getTime() - verifiedAt.getTime();
  if (age > windowSeconds * 1000) {
    throw ERRORS.VERIFICATION_STALE.inResult(`The identity verification is older than ${windowSeconds} s: the patient verifies again at the card reader`, {
      maxAgeSeconds: windowSeconds,
    });
  }
  if (-age > CLOCK_SKEW_MS) {
    throw ERRORS.VERIFICATION_STALE.inResult("The identity verification is dated ahead of the clock: check the card reader's clock", { maxAgeSeconds: windowSeconds });
  }
}
