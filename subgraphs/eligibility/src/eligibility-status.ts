import { CertificatePeriod, certificateActiveOn } from './certificate-validity';

/**
 * 資格有効性: how the online eligibility confirmation system answers a lookup
 * (DOMAIN.md §1, §4.1). A lookup by the numbers on an insurance card is not strict identity
 * verification, so a lost qualification never reveals the person's newer one; a certificate
 * identifies the person, so it answers with the qualification in force.
 */
export type EligibilityStatus = 'VALID' | 'INVALID' | 'INVALID_NEWER_QUALIFICATION' | 'NONE' | 'MULTIPLE';

export interface QualificationPeriod {
  readonly id: string;
  readonly personId: string;
  readonly acquiredOn: string;
  /** 資格喪失年月日: the first day the qualification is no longer in force. */
  readonly lostOn: string | null;
}

export interface EligibilityDecision<Q> {
  readonly status: EligibilityStatus;
  readonly qualification: Q | null;
  readonly personId: string | null;
  readonly matchCount: number;
}

/** A qualification matched by insurance numbers, with whether its person has any qualification in force on the date checked. */
export interface InsuranceNumberMatch<Q extends QualificationPeriod> {
  readonly qualification: Q;
  readonly personHasQualificationInForce: boolean;
}

export function inForceOn(qualification: QualificationPeriod, date: string): boolean {
  return qualification.acquiredOn <= date && (qualification.lostOn === null || date < qualification.lostOn);
}

function newestFirst(a: QualificationPeriod, b: QualificationPeriod): number {
  if (a.acquiredOn !== b.acquiredOn) return a.acquiredOn < b.acquiredOn ? 1 : -1;
  return BigInt(a.id) < BigInt(b.id) ? 1 : BigInt(a.id) > BigInt(b.id) ? -1 : 0;
}

const none = <Q>(): EligibilityDecision<Q> => ({ status: 'NONE', qualification: null, personId: null, matchCount: 0 });
const multiple = <Q>(matchCount: number): EligibilityDecision<Q> => ({ status: 'MULTIPLE', qualification: null, personId: null, matchCount });

/**
 * By 保険者番号・記号・番号 (・枝番): a qualification acquired after `asOf` did not exist
 * then and does not match. Several persons (a household without 枝番) → MULTIPLE.
 */
export function decideByInsuranceNumbers<Q extends QualificationPeriod>(matches: ReadonlyArray<InsuranceNumberMatch<Q>>, asOf: string): EligibilityDecision<Q> {
  const existing = matches.filter((m) => m.qualification.acquiredOn <= asOf);
  const persons = new Set(existing.map((m) => m.qualification.personId));
  if (persons.size === 0) return none();
  if (persons.size > 1) return multiple(persons.size);
  const ordered = [...existing].sort((a, b) => newestFirst(a.qualification, b.qualification));
  const valid = ordered.find((m) => inForceOn(m.qualification, asOf));
  if (valid) return { status: 'VALID', qualification: valid.qualification, personId: valid.qualification.personId, matchCount: 1 };
  const checked = ordered[0]!;
  if (checked.personHasQualificationInForce) {
    return { status: 'INVALID_NEWER_QUALIFICATION', qualification: checked.qualification, personId: null, matchCount: 1 };
  }
  return { status: 'INVALID', qualification: checked.qualification, personId: checked.qualification.personId, matchCount: 1 };
}

/**
 * By 利用者証明用電子証明書: an unknown, expired or revoked certificate → NONE. The card
 * identifies the person, so the answer is the person's qualification in force (MULTIPLE when
 * several are), or their latest lost one (INVALID).
 */
export function decideByCertificate<Q extends QualificationPeriod>(
  certificate: CertificatePeriod | null,
  personQualifications: readonly Q[],
  asOf: string,
): EligibilityDecision<Q> {
  if (certificate === null || !certificateActiveOn(certificate, asOf)) return none();
  const existing = personQualifications.filter((q) => q.acquiredOn <= asOf).sort(newestFirst);
  if (existing.length === 0) return none();
  const valid = existing.filter((q) => inForceOn(q, asOf));
  if (valid.length > 1) return multiple(valid.length);
  const [checked, status] = valid.length === 1 ? [valid[0]!, 'VALID' as const] : [existing[0]!, 'INVALID' as const];
  return { status, qualification: checked, personId: checked.personId, matchCount: 1 };
}
