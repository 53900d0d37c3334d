const TERMINAL_ID = /^[0-9]{1,18}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A registered terminal's id: digits. */
export function terminalIdProblem(value: string): string | null {
  return TERMINAL_ID.test(value) ? null : 'must be a terminal id (up to 18 digits)';
}

/** A grant's id: a UUID. */
export function grantIdProblem(value: string): string | null {
  return UUID.test(value) ? null : 'must be a grant id (a UUID)';
}

/** The id a card reader gives one identity verification: a UUID. */
export function verificationIdProblem(value: string): string | null {
  return UUID.test(value) ? null : 'must be the verification id the card reader gave (a UUID)';
}
