import { Verification } from '../../../../common/src/access/access-grant';
import { badUserInput } from '../../../../common/src/errors';
import { institutionCodeProblem } from '../../../../common/src/identifiers';
import { CONSENT_CATEGORIES, ConsentCategory } from '../../../../common/src/policy/types';
import { assertValid } from '../../../../common/src/validate';
import { certificateSerialProblem } from '../input-validation';
import { instantOf } from '../date-time-scalar';
import { terminalIdProblem, verificationIdProblem } from './grant-arguments';

/** What a card reader reports when a patient has proved identity and chosen what to consent to (DOMAIN.md §4.1). */
export interface ConsentReportInput {
  readonly institutionCode: string;
  readonly terminalId: string;
  readonly certificateSerial: string;
  readonly certificateKind: 'CARD' | 'SMARTPHONE';
  readonly verification: 'FACE' | 'PIN' | 'SMARTPHONE';
  readonly categories: readonly ConsentCategory[];
  readonly verifiedAt: string;
  readonly verificationId: string;
}

export interface ConsentReport {
  readonly institutionCode: string;
  readonly terminalId: string;
  /** Upper case, as serials are stored. */
  readonly serial: string;
  readonly certificateKind: 'CARD' | 'SMARTPHONE';
  readonly verification: Verification;
  /** The categories consented to, each once, in the order of CONSENT_CATEGORIES. */
  readonly categories: readonly ConsentCategory[];
  /** When the reader verified the patient, by the reader's clock. */
  readonly verifiedAt: Date;
  /** The reader's id of that verification, lower case: recorded once. */
  readonly verificationId: string;
}

/**
 * Strict identity verification (seed 000 §(3) 通常時): face recognition or PIN with the card on
 * the reader, or the smartphone's own certificate. Any other pairing did not happen on a reader.
 */
function verificationOf(kind: ConsentReportInput['certificateKind'], method: ConsentReportInput['verification']): Verification {
  if (kind === 'SMARTPHONE' && method === 'SMARTPHONE') return 'SMARTPHONE';
  if (kind === 'CARD' && method === 'FACE') return 'CARD_FACE';
  if (kind === 'CARD' && method === 'PIN') return 'CARD_PIN';
  throw badUserInput(
    'input.verification',
    kind === 'CARD' ? 'a My Number card is verified by FACE or PIN' : 'a smartphone certificate is verified by SMARTPHONE only',
  );
}

/** Checks the report's form, before anything is read or written: BAD_USER_INPUT naming the argument. */
export function consentReport(input: ConsentReportInput): ConsentReport {
  assertValid('input.institutionCode', input.institutionCode, institutionCodeProblem);
  assertValid('input.terminalId', input.terminalId, terminalIdProblem);
  assertValid('input.certificateSerial', input.certificateSerial, certificateSerialProblem);
  const verification = verificationOf(input.certificateKind, input.verification);
  if (input.categories.length === 0) throw badUserInput('input.categories', 'must list at least one category the patient consented to');
  const verifiedAt = instantOf(input.verifiedAt);
  if (verifiedAt === null) throw badUserInput('input.verifiedAt', 'must be an ISO 8601 instant with seconds and its offset (e.g. 2026-11-01T09:30:00+09:00)');
  assertValid('input.verificationId', input.verificationId, verificationIdProblem);
  return {
    institutionCode: input.institutionCode,
    terminalId: input.terminalId,
    serial: input.certificateSerial.toUpperCase(),
    certificateKind: input.certificateKind,
    verification,
    categories: CONSENT_CATEGORIES.filter((category) => input.categories.includes(category)),
    verifiedAt,
    verificationId: input.verificationId.toLowerCase(),
  };
}
