import { GraphQLError } from 'graphql';
import { CryptoKey, jose, JSONWebKeySet, JWTPayload } from '../../../gateway/src/auth/jose';

export const ISSUER = 'https://idp.test.invalid';
export const AUDIENCE = 'health-insurance-gateway';

/** An ES256 key pair as an identity provider would hold it, with the JWKS it publishes. */
export interface TestKey {
  readonly privateKey: CryptoKey;
  readonly kid: string;
  readonly jwks: JSONWebKeySet;
  /** The public key as PEM: what a key-confusion attacker would use as an HMAC secret. */
  readonly publicPem: string;
}

export async function testKey(kid = 'test-key-1'): Promise<TestKey> {
  const { privateKey, publicKey } = await jose.generateKeyPair('ES256', { extractable: true });
  const jwk = await jose.exportJWK(publicKey);
  return { privateKey, kid, jwks: { keys: [{ ...jwk, kid, alg: 'ES256', use: 'sig' }] }, publicPem: await jose.exportSPKI(publicKey) };
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** Claims of a physician's token issued now, valid an hour; `overrides` set or (undefined) remove claims. */
export function claims(overrides: Record<string, unknown> = {}): JWTPayload {
  const now = nowSeconds();
  const base: Record<string, unknown> = {
    iss: ISSUER,
    aud: AUDIENCE,
    sub: '0110000007-02',
    iat: now,
    exp: now + 3600,
    auth_time: now - 60,
    amr: ['pwd'],
    institution: '0110000007',
    terminal: '2',
  };
  const merged = { ...base, ...overrides };
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)) as JWTPayload;
}

export function sign(key: TestKey, payload: JWTPayload = claims(), header: Record<string, unknown> = {}): Promise<string> {
  const crit = Array.isArray(header.crit) ? Object.fromEntries(header.crit.map((name: string) => [name, true])) : undefined;
  return new jose.SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT', ...header }).sign(key.privateKey, { crit });
}

const segment = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact JWT from any header and payload, with the given signature (none by default). */
export const rawToken = (header: unknown, payload: unknown, signature = ''): string => `${segment(header)}.${segment(payload)}.${signature}`;

/** The rejection of `promise`, which must be a GraphQLError. */
export async function rejection(promise: Promise<unknown>): Promise<GraphQLError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}
