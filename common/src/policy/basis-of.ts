import { OPENED_BY_CONSENT_TO } from './bases';
import { opens } from './basis-check';
import { grantInForce } from './grants';
import { readsUnder } from './readers';
import { ruleAt } from './rule-lookup';
import { Basis, DecideInput } from './types';

/**
 * Which basis is named when several grants in force open the same field: the least exceptional,
 * the one the read did not need anything more for (a consent given at the card reader before an
 * emergency access, DOMAIN.md §4).
 */
const PREFERENCE: readonly Basis[] = ['CONSENT', 'DISASTER', 'EMERGENCY_WITH_CARD', 'EMERGENCY_NO_CARD'];

/**
 * The basis (DOMAIN.md §4) a field that `decide` allowed was read under, for the access log: SELF
 * for the patient's own data (their data, and their access history), the basis of a grant in force
 * at the caller's institution for the record's person that the caller reads under (BASIS_RULES'
 * readers and opener) and that opens the field for staff, and null
 * where none is needed (eligibility, reference data, an auditor's reading of the log).
 */
export function basisOfAllowed({ caller, grants, field, facts, at }: DecideInput): Basis | null {
  const found = ruleAt(field, at);
  if ('reason' in found) return null;
  const { rule } = found;
  if (rule.kind === 'ACCESS_LOG') return caller.role === 'PATIENT' ? 'SELF' : null;
  if (rule.kind !== 'PERSON') return null;
  if (caller.role === 'PATIENT') return 'SELF';
  const consent = OPENED_BY_CONSENT_TO[rule.category];
  if (consent === null || caller.institutionCode === undefined) return null;
  const opening = grants.filter(
    (grant) =>
      grant.institutionCode === caller.institutionCode &&
      grant.personId === facts.personId &&
      readsUnder(grant, caller) &&
      opens(grant, rule, consent) &&
      grantInForce(grant, at),
  );
  return PREFERENCE.find((basis) => opening.some((grant) => grant.basis === basis)) ?? null;
}
