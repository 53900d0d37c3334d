import { join } from 'node:path';
import { requireAccessContextSecret } from '../../common/src/access/access-context-secret';
import { positiveInteger, positiveIntegerFromEnv, positiveIntegersFromEnv } from '../../common/src/env-numbers';
import { AuthConfig, authConfigFromEnv } from './auth/config';
import { ROLES, Role } from '../../common/src/policy';
import { CircuitBreakerOptions, DEFAULT_CIRCUIT_BREAKER } from './subgraphs/circuit-breaker';
import { DEFAULT_IDENTIFICATION_RATE_LIMIT, IdentificationRateLimit } from './features/use-identification-rate-limit';
import { OperationLimits } from './features/use-operation-limits';
import { DEFAULT_MANIFEST_PATH } from './trusted-documents/manifest';

export interface GatewayConfig {
  /** Port of `POST /graphql`. Env `PORT`, default 4000 (0 picks a free port). */
  readonly port: number;
  /**
   * Interface to listen on. Loopback only: the gateway speaks plain HTTP, so other machines
   * reach it through a TLS-terminating proxy on the same host.
   */
  readonly host: '127.0.0.1';
  /** The composed supergraph to serve. Env `SUPERGRAPH_PATH`, default `schema/supergraph.graphql`. */
  readonly supergraphPath: string;
  /**
   * Where each subgraph is, overriding the URL recorded in the supergraph.
   * Env `SUBGRAPH_URLS` as `name=url,name=url`.
   */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** Shared cache; without it the cache is process memory. Env `REDIS_URL`. */
  readonly redisUrl?: string;
  /**
   * Serve the GraphQL IDE at `/ide` and to browsers at `/graphql`. Env `IDE` (`true` or `false`),
   * default on, but off in production (`NODE_ENV=production`).
   */
  readonly ide: boolean;
  /**
   * Answer introspection (`__schema`, `__type`). Env `INTROSPECTION` (`true` or `false`), default on,
   * but off in production (`NODE_ENV=production`); when not given here, the same default.
   */
  readonly introspection?: boolean;
  /**
   * How large an operation is run (use-operation-limits.ts, each unset limit its default). Env
   * `MAX_OPERATION_TOKENS` (2,000), `MAX_OPERATION_DEPTH` (12), `MAX_OPERATION_ALIASES` (15),
   * `MAX_OPERATION_DIRECTIVES` (20), `MAX_OPERATION_COST` (5,000), `DEFAULT_LIST_SIZE` (10).
   */
  readonly operationLimits?: Partial<OperationLimits>;
  /**
   * Run only registered operations (use-trusted-documents.ts); unset, any operation runs. Env
   * `TRUSTED_DOCUMENTS`: the path of a persisted query manifest, or `on` for the repository's
   * (gateway/trusted-documents/manifest.json); `TRUSTED_DOCUMENTS_AD_HOC_ROLES`: the roles that may
   * also send other operations, comma-separated (e.g. `ANALYST,AUDITOR`), default none.
   */
  readonly trustedDocuments?: { readonly manifestPath: string; readonly adHocRoles: readonly Role[] };
  /** Largest request body accepted, in bytes. Env `MAX_BODY_BYTES`, default 1 MiB. */
  readonly maxBodyBytes: number;
  /** Time allowed for one subgraph fetch, in ms. Env `SUBGRAPH_TIMEOUT_MS`, default 10,000. */
  readonly subgraphTimeoutMs: number;
  /**
   * Time allowed per subgraph, by name, where it differs from `subgraphTimeoutMs`. Env
   * `SUBGRAPH_TIMEOUTS` as `name=ms,name=ms`, default none.
   */
  readonly subgraphTimeouts?: Readonly<Record<string, number>>;
  /**
   * Each subgraph's circuit breaker: consecutive failures (no answer in time, connection lost)
   * within a window open it, and its requests then fail at once for a cool-down before one trial.
   * Env `SUBGRAPH_CIRCUIT_BREAKER` as `failures,windowMs,coolDownMs`, default `5,10000,30000`.
   */
  readonly circuitBreaker?: CircuitBreakerOptions;
  /** Which bearer tokens are accepted (issuer, audience, keys): env `AUTH_*`, see auth/config.ts. */
  readonly auth: AuthConfig;
  /**
   * PostgreSQL with the eligibility schema, where callers are looked up (staff, terminals,
   * internal users, people and their card certificates); read only. Env `REGISTRY_DATABASE_URL`, required.
   */
  readonly registryDatabaseUrl: string;
  /** Time allowed for one look-up in the registries (and to connect), in ms. Env `REGISTRY_TIMEOUT_MS`, default 5,000. */
  readonly registryTimeoutMs?: number;
  /**
   * PostgreSQL with the audit schema, where the access log is written (as the role
   * `hig_audit_writer`, which the connecting user must be allowed to act as). Env
   * `AUDIT_DATABASE_URL`, required: the gateway serves no one's data it cannot log.
   */
  readonly auditDatabaseUrl: string;
  /**
   * The secret the access context sent to the subgraphs is signed with; the subgraphs are given
   * the same. Env `ACCESS_CONTEXT_SECRET`, required, at least 32 bytes.
   */
  readonly accessContextSecret: string;
  /** Today's date in Japan (YYYY-MM-DD), on which a patient's certificate must be active. Default the real date (tests fix it to their data's). */
  readonly today?: () => string;
  /**
   * How recently the caller must have authenticated (`auth_time`) to open emergency access without a
   * card, in seconds; the eligibility subgraph is given the same. Env `REAUTHENTICATION_WINDOW_SECONDS`, default 300.
   */
  readonly reauthenticationWindowSeconds?: number;
  /**
   * Identification searches allowed per user and per institution in a window. Env
   * `IDENTIFICATION_RATE_LIMIT` as `perUser,perInstitution,windowSeconds`, default `10,100,600`.
   */
  readonly identificationRateLimit?: IdentificationRateLimit;
}

export const DEFAULT_SUPERGRAPH_PATH = join(__dirname, '..', '..', 'schema', 'supergraph.graphql');

function parseSubgraphUrls(value: string | undefined): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const pair of (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const [name, url] = pair.split('=');
    if (!name || !url) throw new Error(`SUBGRAPH_URLS: expected name=url, got "${pair}"`);
    urls[name] = url;
  }
  return urls;
}

function parseSubgraphTimeouts(value: string | undefined): Record<string, number> {
  const timeouts: Record<string, number> = {};
  for (const pair of (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const [name, ms] = pair.split('=').map((s) => s.trim());
    if (!name || !ms) throw new Error(`SUBGRAPH_TIMEOUTS: expected name=ms, got "${pair}"`);
    timeouts[name] = positiveInteger('SUBGRAPH_TIMEOUTS', ms);
  }
  return timeouts;
}

function circuitBreakerFromEnv(env: NodeJS.ProcessEnv): CircuitBreakerOptions {
  const breaker = positiveIntegersFromEnv(env, 'SUBGRAPH_CIRCUIT_BREAKER', ['failures', 'windowMs', 'coolDownMs']);
  return breaker ? { failureThreshold: breaker.failures, windowMs: breaker.windowMs, coolDownMs: breaker.coolDownMs } : DEFAULT_CIRCUIT_BREAKER;
}

function requiredUrl(env: NodeJS.ProcessEnv, name: string, what: string): string {
  const url = env[name]?.trim();
  if (!url) throw new Error(`${name} is required: ${what}`);
  return url;
}

function identificationRateLimitFromEnv(env: NodeJS.ProcessEnv): IdentificationRateLimit {
  return positiveIntegersFromEnv(env, 'IDENTIFICATION_RATE_LIMIT', ['perUser', 'perInstitution', 'windowSeconds']) ?? DEFAULT_IDENTIFICATION_RATE_LIMIT;
}

function booleanFromEnv(env: NodeJS.ProcessEnv, name: string, otherwise: boolean): boolean {
  const value = env[name]?.trim();
  if (!value) return otherwise;
  if (value !== 'true' && value !== 'false') throw new Error(`${name}: expected true or false, got "${value}"`);
  return value === 'true';
}

const LIMIT_ENV: ReadonlyArray<[keyof OperationLimits, string]> = [
  ['maxTokens', 'MAX_OPERATION_TOKENS'],
  ['maxDepth', 'MAX_OPERATION_DEPTH'],
  ['maxAliases', 'MAX_OPERATION_ALIASES'],
  ['maxDirectives', 'MAX_OPERATION_DIRECTIVES'],
  ['maxCost', 'MAX_OPERATION_COST'],
  ['defaultListSize', 'DEFAULT_LIST_SIZE'],
];

function operationLimitsFromEnv(env: NodeJS.ProcessEnv): Partial<OperationLimits> {
  const limits: Partial<Record<keyof OperationLimits, number>> = {};
  for (const [field, name] of LIMIT_ENV) {
    const value = positiveIntegerFromEnv(env, name);
    if (value !== undefined) limits[field] = value;
  }
  return limits;
}

function trustedDocumentsFromEnv(env: NodeJS.ProcessEnv): GatewayConfig['trustedDocuments'] {
  const value = env.TRUSTED_DOCUMENTS?.trim();
  if (!value || value === 'off') return undefined;
  const adHocRoles = (env.TRUSTED_DOCUMENTS_AD_HOC_ROLES ?? '').split(',').map((role) => role.trim()).filter(Boolean);
  for (const role of adHocRoles) if (!(ROLES as readonly string[]).includes(role)) throw new Error(`TRUSTED_DOCUMENTS_AD_HOC_ROLES: unknown role "${role}" (one of ${ROLES.join(', ')})`);
  return { manifestPath: value === 'on' ? DEFAULT_MANIFEST_PATH : value, adHocRoles: adHocRoles as Role[] };
}

/** The settings of what the gateway refuses, how long it waits and what it serves besides GraphQL: the same for `npm run gateway` and `npm start`. */
export type GatewaySettings = Pick<
  GatewayConfig,
  | 'ide' | 'introspection' | 'operationLimits' | 'trustedDocuments' | 'maxBodyBytes' | 'subgraphTimeoutMs' | 'subgraphTimeouts'
  | 'circuitBreaker' | 'registryTimeoutMs' | 'reauthenticationWindowSeconds' | 'identificationRateLimit'
>;

export function gatewaySettingsFromEnv(env: NodeJS.ProcessEnv = process.env): GatewaySettings {
  const production = env.NODE_ENV === 'production';
  return {
    ide: booleanFromEnv(env, 'IDE', !production),
    introspection: booleanFromEnv(env, 'INTROSPECTION', !production),
    operationLimits: operationLimitsFromEnv(env),
    trustedDocuments: trustedDocumentsFromEnv(env),
    maxBodyBytes: positiveIntegerFromEnv(env, 'MAX_BODY_BYTES') ?? 1 << 20,
    subgraphTimeoutMs: positiveIntegerFromEnv(env, 'SUBGRAPH_TIMEOUT_MS') ?? 10_000,
    subgraphTimeouts: parseSubgraphTimeouts(env.SUBGRAPH_TIMEOUTS),
    circuitBreaker: circuitBreakerFromEnv(env),
    registryTimeoutMs: positiveIntegerFromEnv(env, 'REGISTRY_TIMEOUT_MS'),
    reauthenticationWindowSeconds: positiveIntegerFromEnv(env, 'REAUTHENTICATION_WINDOW_SECONDS'),
    identificationRateLimit: identificationRateLimitFromEnv(env),
  };
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return {
    port: env.PORT ? Number(env.PORT) : 4000,
    host: '127.0.0.1',
    supergraphPath: env.SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH_PATH,
    subgraphUrls: parseSubgraphUrls(env.SUBGRAPH_URLS),
    redisUrl: env.REDIS_URL || undefined,
    ...gatewaySettingsFromEnv(env),
    auth: authConfigFromEnv(env),
    registryDatabaseUrl: requiredUrl(env, 'REGISTRY_DATABASE_URL', 'the PostgreSQL database whose eligibility schema registers the callers'),
    auditDatabaseUrl: requiredUrl(env, 'AUDIT_DATABASE_URL', 'the PostgreSQL database whose audit schema holds the access log'),
    accessContextSecret: requireAccessContextSecret(env.ACCESS_CONTEXT_SECRET),
  };
}
