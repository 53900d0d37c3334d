import { join } from 'node:path';
import { ServiceProcess, startServiceProcess } from '../../tools/service-process';

export interface SubgraphProcessOptions {
  readonly databaseUrl: string;
  /** The secret the gateway signs access contexts with. */
  readonly accessContextSecret: string;
  readonly port: number;
  /** The shared cache its grant look-ups read through; without it, its process' memory. */
  readonly redisUrl?: string;
}

/** A subgraph as its own process (subgraphs/NAME/src/main.ts, as deployed), so that a test can kill it outright. */
export function startSubgraphProcess(name: string, options: SubgraphProcessOptions): Promise<ServiceProcess> {
  const { REDIS_URL: _redis, NODE_ENV: _env, ...rest } = process.env;
  return startServiceProcess({
    entry: join(__dirname, '..', '..', 'subgraphs', name, 'src', 'main.ts'),
    env: {
      ...rest,
      DATABASE_URL: options.databaseUrl,
      ACCESS_CONTEXT_SECRET: options.accessContextSecret,
      PORT: String(options.port),
      ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    },
    ready: /subgraph ready at (http:\S+)/,
  });
}
