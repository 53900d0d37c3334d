import { Grant } from '../policy/types';

export const VERIFICATIONS = ['CARD_FACE', 'CARD_PIN', 'SMARTPHONE'] as const;
/**
 * 厳格な本人確認 (seed 000 §(3) 通常時): how the patient proved identity at the card reader —
 * the My Number card with face recognition or PIN, or the smartphone certificate.
 */
export type Verification = (typeof VERIFICATIONS)[number];

/** What the caller stated an emergency or disaster access is for (grants.purpose). */
export type AccessPurpose = 'PROTECT_LIFE_OR_BODY' | 'PATIENT_CONSENTED';

/** How the patient was identified for an emergency or disaster access (grants.identification). */
export type IdentificationMethod = 'CARD_CERTIFICATE' | 'FOUR_ATTRIBUTES';

/**
 * A grant as recorded: the policy's Grant with its id and how it was given — what the access log
 * records of the basis a read happens under.
 */
export interface AccessGrant extends Grant {
  readonly id: string;
  /** The card reader's strict verification (CONSENT); null for the other bases. */
  readonly verification: Verification | null;
  /** The terminal it was given at (the card reader's, or the emergency or disaster viewer's); null for SELF. */
  readonly terminalId: string | null;
  /** The login that opened an emergency or disaster access; null for CONSENT and SELF. */
  readonly openedBy: string | null;
  /** The statement made opening an emergency or disaster access; null for CONSENT and SELF. */
  readonly purpose: AccessPurpose | null;
  /** How the patient was identified for an emergency or disaster access; null for CONSENT and SELF. */
  readonly identification: IdentificationMethod | null;
  /** The declared disaster a DISASTER grant is under; null otherwise. */
  readonly disasterId: string | null;
}
