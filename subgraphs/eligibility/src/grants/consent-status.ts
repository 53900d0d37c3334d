import { AccessGrant } from '../../../../common/src/access/access-grant';
import { grantEnds, grantInForce } from '../../../../common/src/policy/grants';
import { CONSENT_CATEGORIES, ConsentCategory } from '../../../../common/src/policy/types';

/** Per category, whether consent is in force, when it was given and until when (DOMAIN.md §4.1). */
export interface ConsentStatusModel {
  readonly category: ConsentCategory;
  readonly given: boolean;
  readonly givenAt: Date | null;
  readonly expiresAt: Date | null;
}

const notGiven = (category: ConsentCategory): ConsentStatusModel => ({ category, given: false, givenAt: null, expiresAt: null });

/** Each consent category in order, from the consents among `grants` in force at `at` (the latest that lists it). */
export function consentStatuses(grants: readonly AccessGrant[], at: Date): ConsentStatusModel[] {
  const consents = grants
    .filter((grant) => grant.basis === 'CONSENT' && grantInForce(grant, at))
    .sort((a, b) => b.grantedAt.getTime() - a.grantedAt.getTime());
  return CONSENT_CATEGORIES.map((category) => {
    const consent = consents.find((grant) => grant.categories.includes(category));
    return consent ? { category, given: true, givenAt: consent.grantedAt, expiresAt: grantEnds(consent) } : notGiven(category);
  });
}

/** The answer when there is no person or no institution to have consented: nothing given. */
export const noConsent = (): ConsentStatusModel[] => CONSENT_CATEGORIES.map(notGiven);
