import { randomBytes } from 'node:crypto';

/** Shortest secret accepted for signing access contexts: HMAC-SHA256's own output size. */
export const MIN_SECRET_BYTES = 32;

/** A problem with `secret` as an access-context secret, or null when it will do. */
export function accessContextSecretProblem(secret: string | undefined): string | null {
  if (secret === undefined || secret === '') return 'ACCESS_CONTEXT_SECRET is required: the secret the gateway signs access contexts with and the subgraphs verify them with';
  if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) return `ACCESS_CONTEXT_SECRET must be at least ${MIN_SECRET_BYTES} bytes`;
  return null;
}

/** `secret`, or an error saying what is wrong with it. */
export function requireAccessContextSecret(secret: string | undefined): string {
  const problem = accessContextSecretProblem(secret);
  if (problem !== null) throw new Error(problem);
  return secret!;
}

/** A fresh random secret (32 bytes, base64url), for a system started in one process. */
export const newAccessContextSecret = (): string => randomBytes(MIN_SECRET_BYTES).toString('base64url');
