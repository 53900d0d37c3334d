import { DEFAULT_DEV_KEYS_DIRECTORY, DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, authConfigFromEnv } from '../../../gateway/src/auth/config';

describe('authConfigFromEnv', () => {
  test('without AUTH_JWKS_URL: development keys in .data/dev-keys, development issuer and audience', () => {
    expect(authConfigFromEnv({})).toEqual({
      issuer: 'https://idp.dev.health-gateway.invalid',
      audience: 'health-insurance-gateway',
      keys: { kind: 'development', directory: DEFAULT_DEV_KEYS_DIRECTORY },
      clockToleranceSeconds: 30,
    });
    expect(DEFAULT_DEV_KEYS_DIRECTORY).toMatch(/[/\\]\.data[/\\]dev-keys$/);
    expect([DEVELOPMENT_ISSUER, DEVELOPMENT_AUDIENCE]).toEqual(['https://idp.dev.health-gateway.invalid', 'health-insurance-gateway']);
  });

  test('development settings can be overridden', () => {
    expect(authConfigFromEnv({ AUTH_ISSUER: 'https://idp.local.invalid', AUTH_AUDIENCE: 'gw', AUTH_DEV_KEYS_DIR: '/tmp/keys' })).toMatchObject({
      issuer: 'https://idp.local.invalid',
      audience: 'gw',
      keys: { kind: 'development', directory: '/tmp/keys' },
    });
  });

  test('with AUTH_JWKS_URL: the identity provider, whose issuer and audience must be given', () => {
    const env = { AUTH_JWKS_URL: 'https://idp.example.invalid/.well-known/jwks.json', AUTH_ISSUER: 'https://idp.example.invalid', AUTH_AUDIENCE: 'gateway' };
    expect(authConfigFromEnv(env)).toEqual({
      issuer: 'https://idp.example.invalid',
      audience: 'gateway',
      keys: { kind: 'remote', jwksUrl: 'https://idp.example.invalid/.well-known/jwks.json' },
      clockToleranceSeconds: 30,
    });
    expect(() => authConfigFromEnv({ ...env, AUTH_ISSUER: '' })).toThrow('AUTH_ISSUER is required with AUTH_JWKS_URL');
    expect(() => authConfigFromEnv({ ...env, AUTH_AUDIENCE: undefined })).toThrow('AUTH_AUDIENCE is required with AUTH_JWKS_URL');
  });

  test.each([
    ['http://idp.example.invalid/jwks.json', 'must be https'],
    ['ftp://127.0.0.1/jwks.json', 'must be https'],
    ['not a url', 'not a URL'],
  ])('AUTH_JWKS_URL %p is refused', (url, message) => {
    expect(() => authConfigFromEnv({ AUTH_JWKS_URL: url, AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' })).toThrow(message);
  });

  test.each(['http://127.0.0.1:8080/jwks.json', 'http://localhost/jwks.json', 'http://[::1]:9/jwks.json'])('plain http is allowed on loopback: %p', (url) => {
    expect(authConfigFromEnv({ AUTH_JWKS_URL: url, AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' }).keys).toEqual({ kind: 'remote', jwksUrl: url });
  });

  test('NODE_ENV=production without AUTH_JWKS_URL is refused: development keys are not for production', () => {
    expect(() => authConfigFromEnv({ NODE_ENV: 'production' })).toThrow('AUTH_JWKS_URL is required when NODE_ENV is production');
  });
});
