import { BASIS_RULES } from './bases';
import { grantExpired, grantInForce } from './grants';
import { isQualified, readsUnder } from './readers';
import { Caller, ConsentCategory, DenyReason, Grant, PersonFieldRule } from './types';
import { allowedIf, denied, Verdict } from './verdict';

/** Whether a grant opens a field of this rule, whose category is consented to as `consent`. */
export function opens(grant: Grant, rule: PersonFieldRule, consent: ConsentCategory): boolean {
  switch (BASIS_RULES[grant.basis].opens) {
    case 'GRANTED_CATEGORIES':
      return grant.categories.includes(consent);
    case 'EMERGENCY_SUMMARY':
      return rule.emergency;
    case 'OWN_RECORD':
      return false;
  }
}

/** Why none of these grants (one person's, at the caller's institution, that the caller reads under) opens the field. */
function missingReason(grants: readonly Grant[], consent: ConsentCategory, caller: Caller, at: Date): DenyReason {
  if (grants.some((grant) => grant.basis === 'CONSENT' && grant.categories.includes(consent) && grantExpired(grant, at))) return 'CONSENT_EXPIRED';
  const otherBasisInForce = grants.some(
    (grant) => grant.basis !== 'CONSENT' && BASIS_RULES[grant.basis].opens !== 'OWN_RECORD' && grantInForce(grant, at),
  );
  if (otherBasisInForce) return 'OUTSIDE_BASIS';
  // Staff who read only by disaster authority have nothing else a patient could give them.
  return isQualified(caller) ? 'CONSENT_REQUIRED' : 'QUALIFICATION_REQUIRED';
}

/** Reasons that hold for every person when no grant at the institution opens the field. */
const SAME_FOR_EVERY_PERSON: readonly DenyReason[] = ['CONSENT_REQUIRED', 'QUALIFICATION_REQUIRED'];

/**
 * The basis an institution reads a person's field under: a grant in force, given at the caller's
 * institution for the record's person, that the caller reads under (BASIS_RULES' readers and
 * opener) and that opens the field. Denied before the record is seen when no person's grants could
 * open it and every person would get the same reason.
 */
export function basisVerdict(rule: PersonFieldRule, consent: ConsentCategory, caller: Caller, grants: readonly Grant[], at: Date): Verdict {
  const here = grants.filter((grant) => caller.institutionCode !== undefined && grant.institutionCode === caller.institutionCode && readsUnder(grant, caller));
  const opening = (candidates: readonly Grant[]) => candidates.filter((grant) => opens(grant, rule, consent) && grantInForce(grant, at));
  if (opening(here).length === 0) {
    const reason = missingReason(here, consent, caller, at);
    if (SAME_FOR_EVERY_PERSON.includes(reason)) return denied(reason);
  }
  return allowedIf({
    fact: 'personId',
    verdict: (facts) => {
      const theirs = here.filter((grant) => grant.personId === facts.personId);
      return opening(theirs).length > 0 ? null : missingReason(theirs, consent, caller, at);
    },
  });
}
