import { BASIS_RULES } from './bases';
import { Grant } from './types';

const HOUR_MS = 60 * 60 * 1000;

/** When a grant stops counting: its `expiresAt`, or sooner where the basis limits how long a grant lasts. */
export function grantEnds(grant: Grant): Date {
  const hours = BASIS_RULES[grant.basis].validityHours;
  if (hours === null) return grant.expiresAt;
  return new Date(Math.min(grant.expiresAt.getTime(), grant.grantedAt.getTime() + hours * HOUR_MS));
}

export const grantInForce = (grant: Grant, at: Date): boolean => grant.grantedAt.getTime() <= at.getTime() && at.getTime() < grantEnds(grant).getTime();

export const grantExpired = (grant: Grant, at: Date): boolean => at.getTime() >= grantEnds(grant).getTime();
