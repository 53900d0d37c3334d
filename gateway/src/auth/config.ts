import { join } from 'node:path';

/** Development defaults: the issuer and audience of the tokens `npm run token` signs. */
export const DEVELOPMENT_ISSUER = 'https://idp.dev.health-gateway.invalid';
export const DEVELOPMENT_AUDIENCE = 'health-insurance-gateway';
/** Where the development key pair is kept (git-ignored). */
export const DEFAULT_DEV_KEYS_DIRECTORY = join(__dirname, '..', '..', '..', '.data', 'dev-keys');

/** Production: the identity provider's JWKS URL. Development: a local ES256 key pair. */
export type AuthKeySource =
  | { readonly kind: 'remote'; readonly jwksUrl: string }
  | { readonly kind: 'development'; readonly directory: string };

export interface AuthConfig {
  /** The only token issuer trusted. Env `AUTH_ISSUER`; in development by default {@link DEVELOPMENT_ISSUER}. */
  readonly issuer: string;
  /** The audience tokens must name. Env `AUTH_AUDIENCE`; in development by default {@link DEVELOPMENT_AUDIENCE}. */
  readonly audience: string;
  /**
   * Env `AUTH_JWKS_URL` (https, or http on a loopback address): the identity provider's keys.
   * Without it, the development key pair in `AUTH_DEV_KEYS_DIR` (default `.data/dev-keys`),
   * generated on first use; refused when `NODE_ENV` is `production`.
   */
  readonly keys: AuthKeySource;
  /** Clock skew allowed when checking exp, nbf and iat. */
  readonly clockToleranceSeconds: number;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

function jwksUrlOf(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('AUTH_JWKS_URL: not a URL');
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) throw new Error('AUTH_JWKS_URL: must be https (http only on a loopback address)');
  return url.toString();
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`${name} is required with AUTH_JWKS_URL`);
  return value;
}

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const clockToleranceSeconds = 30;
  const jwksUrl = env.AUTH_JWKS_URL?.trim();
  if (jwksUrl) {
    // A real identity provider with the development issuer or audience would be a misconfiguration, not a default.
    return { issuer: required(env, 'AUTH_ISSUER'), audience: required(env, 'AUTH_AUDIENCE'), keys: { kind: 'remote', jwksUrl: jwksUrlOf(jwksUrl) }, clockToleranceSeconds };
  }
  if (env.NODE_ENV === 'production') throw new Error('AUTH_JWKS_URL is required when NODE_ENV is production: development keys are for development only');
  return {
    issuer: env.AUTH_ISSUER?.trim() || DEVELOPMENT_ISSUER,
    audience: env.AUTH_AUDIENCE?.trim() || DEVELOPMENT_AUDIENCE,
    keys: { kind: 'development', directory: env.AUTH_DEV_KEYS_DIR?.trim() || DEFAULT_DEV_KEYS_DIRECTORY },
    clockToleranceSeconds,
  };
}
