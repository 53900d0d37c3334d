import { DEVELOPMENT_ISSUER } from '../../gateway/src/auth/config';
import { configFromEnv } from '../../gateway/src/config';

const REQUIRED = {
  REGISTRY_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/health',
  AUDIT_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/audit',
  ACCESS_CONTEXT_SECRET: 's'.repeat(32),
  AUTH_DEV_KEYS_DIR: '/tmp/keys',
};

describe('configFromEnv: what authentication needs', () => {
  it('takes the registry and access-log databases, the access-context secret and the token settings from the environment', () => {
    expect(configFromEnv(REQUIRED)).toMatchObject({
      registryDatabaseUrl: REQUIRED.REGISTRY_DATABASE_URL,
      auditDatabaseUrl: REQUIRED.AUDIT_DATABASE_URL,
      accessContextSecret: REQUIRED.ACCESS_CONTEXT_SECRET,
      auth: { issuer: DEVELOPMENT_ISSUER, keys: { kind: 'development', directory: '/tmp/keys' } },
    });
  });

  it.each([
    ['without REGISTRY_DATABASE_URL', { REGISTRY_DATABASE_URL: undefined }, 'REGISTRY_DATABASE_URL is required'],
    ['without AUDIT_DATABASE_URL: it serves no one\'s data it cannot log', { AUDIT_DATABASE_URL: ' ' }, 'AUDIT_DATABASE_URL is required'],
    ['without ACCESS_CONTEXT_SECRET', { ACCESS_CONTEXT_SECRET: undefined }, 'ACCESS_CONTEXT_SECRET is required'],
    ['with an ACCESS_CONTEXT_SECRET under 32 bytes', { ACCESS_CONTEXT_SECRET: 's'.repeat(31) }, 'ACCESS_CONTEXT_SECRET must be at least 32 bytes'],
    ['in production without an identity provider', { NODE_ENV: 'production' }, 'AUTH_JWKS_URL is required'],
  ])('refuses to configure a gateway %s', (_case, change, message) => {
    expect(() => configFromEnv({ ...REQUIRED, ...change })).toThrow(message);
  });

  it('counts the secret in bytes: 11 three-byte characters are 33 bytes', () => {
    expect(configFromEnv({ ...REQUIRED, ACCESS_CONTEXT_SECRET: '秘'.repeat(11) }).accessContextSecret).toBe('秘'.repeat(11));
  });
});

describe('configFromEnv: production mode and hardening', () => {
  const PRODUCTION = { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.invalid/jwks', AUTH_ISSUER: 'https://idp.invalid', AUTH_AUDIENCE: 'gateway' };
  it('outside production: the IDE and introspection on, no trusted documents, the default operation limits', () => {
    expect(configFromEnv(REQUIRED)).toMatchObject({ ide: true, introspection: true, trustedDocuments: undefined, operationLimits: {} });
  });

  it('in production (NODE_ENV=production): the IDE and introspection off', () => {
    expect(configFromEnv({ ...REQUIRED, ...PRODUCTION })).toMatchObject({ ide: false, introspection: false });
  });

  it('in production, IDE=true and INTROSPECTION=true turn them on; elsewhere false turns them off', () => {
    expect(configFromEnv({ ...REQUIRED, ...PRODUCTION, IDE: 'true', INTROSPECTION: 'true' })).toMatchObject({ ide: true, introspection: true });
    expect(configFromEnv({ ...REQUIRED, IDE: 'false', INTROSPECTION: 'false' })).toMatchObject({ ide: false, introspection: false });
  });

  it('takes the operation limits and the trusted documents from the environment', () => {
    const config = configFromEnv({
      ...REQUIRED,
      MAX_OPERATION_TOKENS: '500', MAX_OPERATION_DEPTH: '8', MAX_OPERATION_ALIASES: '4', MAX_OPERATION_DIRECTIVES: '3', MAX_OPERATION_COST: '900', DEFAULT_LIST_SIZE: '5',
      TRUSTED_DOCUMENTS: '/etc/gateway/manifest.json', TRUSTED_DOCUMENTS_AD_HOC_ROLES: 'ANALYST, AUDITOR',
    });
    expect(config.operationLimits).toEqual({ maxTokens: 500, maxDepth: 8, maxAliases: 4, maxDirectives: 3, maxCost: 900, defaultListSize: 5 });
    expect(config.trustedDocuments).toEqual({ manifestPath: '/etc/gateway/manifest.json', adHocRoles: ['ANALYST', 'AUDITOR'] });
    expect(configFromEnv({ ...REQUIRED, TRUSTED_DOCUMENTS: 'on' }).trustedDocuments?.manifestPath).toMatch(/gateway\/trusted-documents\/manifest\.json$/);
  });

  it.each([
    ['an IDE that is neither true nor false', { IDE: 'yes' }, 'IDE: expected true or false'],
    ['a limit that is not a positive whole number', { MAX_OPERATION_DEPTH: '0' }, 'MAX_OPERATION_DEPTH: expected a positive whole number'],
    ['an ad-hoc role that does not exist', { TRUSTED_DOCUMENTS: 'on', TRUSTED_DOCUMENTS_AD_HOC_ROLES: 'ADMIN' }, 'unknown role "ADMIN"'],
  ])('refuses %s', (_case, change, message) => {
    expect(() => configFromEnv({ ...REQUIRED, ...change })).toThrow(message);
  });
});

describe('configFromEnv: failing subgraphs', () => {
  it('takes a timeout per subgraph and the circuit breaker from the environment', () => {
    expect(configFromEnv({ ...REQUIRED, SUBGRAPH_TIMEOUT_MS: '8000', SUBGRAPH_TIMEOUTS: 'analytics=20000, receipts=3000', SUBGRAPH_CIRCUIT_BREAKER: '3,5000,60000' })).toMatchObject({
      subgraphTimeoutMs: 8000,
      subgraphTimeouts: { analytics: 20000, receipts: 3000 },
      circuitBreaker: { failureThreshold: 3, windowMs: 5000, coolDownMs: 60000 },
    });
  });

  it('defaults to one timeout for all and a breaker of 5 failures in 10 s, open 30 s', () => {
    expect(configFromEnv(REQUIRED)).toMatchObject({ subgraphTimeoutMs: 10_000, subgraphTimeouts: {}, circuitBreaker: { failureThreshold: 5, windowMs: 10_000, coolDownMs: 30_000 } });
  });

  it.each([
    [{ SUBGRAPH_TIMEOUTS: 'receipts' }, 'SUBGRAPH_TIMEOUTS: expected name=ms'],
    [{ SUBGRAPH_TIMEOUTS: 'receipts=0' }, 'SUBGRAPH_TIMEOUTS: expected a positive whole number'],
    [{ SUBGRAPH_CIRCUIT_BREAKER: '5,10000' }, 'SUBGRAPH_CIRCUIT_BREAKER: expected failures,windowMs,coolDownMs'],
    [{ SUBGRAPH_CIRCUIT_BREAKER: '5,ten,30000' }, 'SUBGRAPH_CIRCUIT_BREAKER: expected a positive whole number'],
    [{ SUBGRAPH_TIMEOUT_MS: 'ten' }, 'SUBGRAPH_TIMEOUT_MS: expected a positive whole number'],
    [{ MAX_BODY_BYTES: '-1' }, 'MAX_BODY_BYTES: expected a positive whole number'],
    [{ IDENTIFICATION_RATE_LIMIT: '10,100' }, 'IDENTIFICATION_RATE_LIMIT: expected perUser,perInstitution,windowSeconds'],
  ])('refuses %p', (change, message) => {
    expect(() => configFromEnv({ ...REQUIRED, ...change })).toThrow(message);
  });
});
