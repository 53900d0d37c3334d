import { Grant } from '../policy/types';

export const VERIFICATIONS = ['CARD_FACE', 'CARD_PIN', 'SMARTPHONE'] as const;
/**
 * 厳格な本人確認 (seed 000 §(3) 通常時): how the patient proved identity at the card reader —
 * the My Number card with face recognition or PIN, or the smartphone certificate.
 */
export type Verification = (typeof VERIFICATIONS)[number];

/** A grant as recorded: the policy's Grant with its id and how it was given. */
export interface AccessGrant extends Grant {
  readonly id: string;
  /** Null where the basis needs none (SELF). */
  readonly verification: Verification | null;
  /** The card reader's terminal; null for SELF. */
  readonly terminalId: string | null;
}
