import { Pool } from 'pg';
import { newAccessContextSecret } from '../common/src/access/access-context-secret';
import { AuthConfig, authConfigFromEnv } from '../gateway/src/auth/config';
import { startGateway, RunningGateway } from '../gateway/src/gateway';
import { IdentificationRateLimit } from '../gateway/src/features/use-identification-rate-limit';
import { DEFAULT_SUPERGRAPH_PATH, GatewaySettings } from '../gateway/src/config';
import { createCache } from '../common/src/cache/create-cache';
import { createPool } from '../subgraphs/common/src/database';
import { migrate } from '../subgraphs/common/src/migrate';
import { RunningSubgraph } from '../subgraphs/common/src/module';
import { SUBGRAPH_MODULES } from './subgraph-modules';

export interface StackOptions {
  readonly databaseUrl: string;
  readonly redisUrl?: string;
  /** The prefix of the stack's keys in Redis (default the cache's own): keeps a test's counters apart from every other run's. */
  readonly redisPrefix?: string;
  /** Gateway port; 0 for a free one. */
  readonly gatewayPort: number;
  /** Use the default subgraph ports (4101-4106) rather than free ones. */
  readonly fixedSubgraphPorts?: boolean;
  readonly ide?: boolean;
  /** The bearer tokens the gateway accepts. Default from the environment (`AUTH_*`: the development key pair unless configured). */
  readonly auth?: AuthConfig;
  /** The secret the gateway signs access contexts with and the subgraphs verify them with. Default a new random one. */
  readonly accessContextSecret?: string;
  /** Today's date in Japan for the gateway (YYYY-MM-DD). Default the real date. */
  readonly today?: () => string;
  readonly log?: (message: string) => void;
  /** Whether the gateway and the subgraphs enforce the field policy. Default true; false for the benchmark's comparison only. */
  readonly fieldPolicy?: boolean;
  /** How recently a caller must have authenticated to open emergency access without a card, for the gateway and eligibility alike. Default 300 s. */
  readonly reauthenticationWindowSeconds?: number;
  /** How long after the card reader verified the patient eligibility records its consent report. Default 300 s. */
  readonly consentVerificationWindowSeconds?: number;
  /** The gateway's identification-search limits. Default the gateway's (10 per user, 100 per institution, in 10 minutes). */
  readonly identificationRateLimit?: IdentificationRateLimit;
  /** The most connections each subgraph's pool opens. Default 10. */
  readonly subgraphPoolSize?: number;
  /** Whether the gateway writes the access log. Default true; false for the benchmark's comparison only. */
  readonly accessLog?: boolean;
  /** The gateway's settings where they differ from the stack's (`npm start` takes them from the environment, as `npm run gateway` does). */
  readonly gatewaySettings?: Partial<GatewaySettings>;
}

export interface RunningStack {
  readonly gateway: RunningGateway;
  readonly subgraphs: Readonly<Record<string, RunningSubgraph>>;
  /** The secret the subgraphs accept access contexts signed with. */
  readonly accessContextSecret: string;
  /** SQL statements run by all subgraphs since start. */
  statements(): number;
  stop(): Promise<void>;
}

/** Migrates every subgraph's schema (each under its own advisory lock). */
export async function migrateAll(databaseUrl: string): Promise<void> {
  for (const module of SUBGRAPH_MODULES) {
    const pool = createPool({ connectionString: databaseUrl, schema: module.schema, max: 1 });
    try {
      await migrate(pool, module.schema, module.migrations);
    } finally {
      await pool.end();
    }
  }
}

/**
 * The subgraphs, each its own HTTP service on its own pool, and the gateway in front of them,
 * looking callers up and writing the access log in the same database and sharing one
 * access-context secret with them.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const accessContextSecret = options.accessContextSecret ?? newAccessContextSecret();
  // One cache for the gateway and every subgraph (Redis when configured, else this process' memory),
  // so a consent recorded or revoked in eligibility is seen by every reader of grants at once.
  const cache = await createCache(options.redisUrl, (error) => options.log?.(`cache: ${error.message}`), options.redisPrefix);
  const pools: Pool[] = [];
  const subgraphs: Record<string, RunningSubgraph> = {};
  const stopAll = async () => {
    for (const s of Object.values(subgraphs)) await s.stop();
    await Promise.all(pools.map((p) => p.end()));
    await cache.close();
  };
  try {
    for (const module of SUBGRAPH_MODULES) {
      const pool = createPool({ connectionString: options.databaseUrl, schema: module.schema, max: options.subgraphPoolSize });
      pools.push(pool);
      subgraphs[module.name] = await module.start({
        pool,
        accessContextSecret,
        cache,
        port: options.fixedSubgraphPorts ? module.defaultPort : 0,
        enforceFieldPolicy: options.fieldPolicy,
        reauthenticationWindowSeconds: options.reauthenticationWindowSeconds,
        consentVerificationWindowSeconds: options.consentVerificationWindowSeconds,
      });
    }
    const gateway = await startGateway(
      {
        port: options.gatewayPort,
        host: '127.0.0.1',
        supergraphPath: DEFAULT_SUPERGRAPH_PATH,
        subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
        redisUrl: options.redisUrl,
        ide: options.ide ?? true,
        maxBodyBytes: 1 << 20,
        subgraphTimeoutMs: 10_000,
        auth: options.auth ?? authConfigFromEnv(),
        registryDatabaseUrl: options.databaseUrl,
        auditDatabaseUrl: options.databaseUrl,
        accessContextSecret,
        today: options.today,
        reauthenticationWindowSeconds: options.reauthenticationWindowSeconds,
        identificationRateLimit: options.identificationRateLimit,
        ...options.gatewaySettings,
      },
      options.log,
      { cache, fieldPolicy: options.fieldPolicy, accessLog: options.accessLog },
    );
    return {
      gateway,
      subgraphs,
      accessContextSecret,
      statements: () => Object.values(subgraphs).reduce((sum, s) => sum + s.stats.statements, 0),
      stop: async () => {
        await gateway.stop();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
