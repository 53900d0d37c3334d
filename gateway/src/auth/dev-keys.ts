import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CryptoKey, jose, JSONWebKeySet, JWK } from './jose';

/** The development key pair: what `npm run token` signs with, and what the gateway verifies against. */
export interface DevelopmentKeys {
  readonly privateKey: CryptoKey;
  /** The public half, as the JWKS the gateway verifies development tokens against. */
  readonly jwks: JSONWebKeySet;
  readonly kid: string;
}

export const DEVELOPMENT_ALGORITHM = 'ES256';
const KEY_FILE = 'es256-private.jwk.json';

async function generate(file: string): Promise<void> {
  const { privateKey } = await jose.generateKeyPair(DEVELOPMENT_ALGORITHM, { extractable: true });
  const jwk = await jose.exportJWK(privateKey);
  const kid = await jose.calculateJwkThumbprint(jwk);
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ ...jwk, kid, alg: DEVELOPMENT_ALGORITHM, use: 'sig' }, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  // A hard link never replaces a file: of two processes generating at once, the first one's key is kept.
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
}

function readPrivateJwk(file: string): JWK {
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
    throw new Error(`${file}: the development private key must be readable by its owner only (chmod 600 it)`);
  }
  const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const fields = [jwk.x, jwk.y, jwk.d, jwk.kid];
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !fields.every((f) => typeof f === 'string' && f.length > 0)) {
    throw new Error(`${file}: not an ES256 private key with a kid (delete it to have a new one generated)`);
  }
  return jwk;
}

async function load(directory: string): Promise<DevelopmentKeys> {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const file = join(directory, KEY_FILE);
  if (!statSync(file, { throwIfNoEntry: false })) await generate(file);
  const jwk = readPrivateJwk(file);
  const privateKey = (await jose.importJWK(jwk, DEVELOPMENT_ALGORITHM)) as CryptoKey;
  const kid = jwk.kid!;
  return { privateKey, kid, jwks: { keys: [{ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, kid, alg: DEVELOPMENT_ALGORITHM, use: 'sig' }] } };
}

const loaded = new Map<string, Promise<DevelopmentKeys>>();

/**
 * The development key pair kept in `directory` (by default `.data/dev-keys`, git-ignored):
 * generated on first use, the private key in a file only its owner may read (0600).
 */
export function developmentKeys(directory: string): Promise<DevelopmentKeys> {
  let keys = loaded.get(directory);
  if (!keys) {
    keys = load(directory);
    loaded.set(directory, keys);
    keys.catch(() => loaded.delete(directory));
  }
  return keys;
}
