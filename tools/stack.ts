import { Pool } from 'pg';
import { startGateway, RunningGateway } from '../gateway/src/gateway';
import { DEFAULT_SUPERGRAPH_PATH } from '../gateway/src/config';
import { createPool } from '../subgraphs/common/src/database';
import { migrate } from '../subgraphs/common/src/migrate';
import { RunningSubgraph } from '../subgraphs/common/src/module';
import { SUBGRAPH_MODULES } from './subgraph-modules';

export interface StackOptions {
  readonly databaseUrl: string;
  readonly redisUrl?: string;
  /** Gateway port; 0 for a free one. */
  readonly gatewayPort: number;
  /** Use the default subgraph ports (4101-4104) rather than free ones. */
  readonly fixedSubgraphPorts?: boolean;
  readonly ide?: boolean;
  readonly log?: (message: string) => void;
}

export interface RunningStack {
  readonly gateway: RunningGateway;
  readonly subgraphs: Readonly<Record<string, RunningSubgraph>>;
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

/** The four subgraphs, each its own HTTP service on its own pool, and the gateway in front of them. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const pools: Pool[] = [];
  const subgraphs: Record<string, RunningSubgraph> = {};
  const stopAll = async () => {
    for (const s of Object.values(subgraphs)) await s.stop();
    await Promise.all(pools.map((p) => p.end()));
  };
  try {
    for (const module of SUBGRAPH_MODULES) {
      const pool = createPool({ connectionString: options.databaseUrl, schema: module.schema });
      pools.push(pool);
      subgraphs[module.name] = await module.start({ pool, port: options.fixedSubgraphPorts ? module.defaultPort : 0 });
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
      },
      options.log,
    );
    return {
      gateway,
      subgraphs,
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
