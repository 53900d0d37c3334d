import { join } from 'node:path';
import { ServiceProcess, startServiceProcess } from './service-process';

export interface GatewayProcessOptions {
  /** The database of the caller registry and the access log. */
  readonly databaseUrl: string;
  /** The secret the subgraphs verify access contexts with. */
  readonly accessContextSecret: string;
  /** The directory of the development key pair whose tokens the gateway accepts. */
  readonly devKeysDirectory: string;
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** The shared cache; without it the gateway's cache is its process' memory. */
  readonly redisUrl?: string;
  /** Node.js options (`--expose-gc`). */
  readonly nodeOptions?: readonly string[];
  /** A module (TypeScript allowed) loaded before the gateway's. */
  readonly preload?: string;
  /** Whether to open an IPC channel to the process (for a preload that answers messages). */
  readonly ipc?: boolean;
}

export type GatewayProcess = ServiceProcess;

/**
 * The gateway as its own process (gateway/src/main.ts) on a free port of 127.0.0.1, in front of
 * subgraphs running elsewhere; configured only by `options`, not by this process' AUTH_*,
 * REDIS_URL or NODE_ENV. Resolves once it says it is ready.
 */
export function startGatewayProcess(options: GatewayProcessOptions): Promise<GatewayProcess> {
  const { AUTH_JWKS_URL: _jwks, AUTH_ISSUER: _issuer, AUTH_AUDIENCE: _audience, REDIS_URL: _redis, NODE_ENV: _env, ...rest } = process.env;
  return startServiceProcess({
    entry: join(__dirname, '..', 'gateway', 'src', 'main.ts'),
    env: {
      ...rest,
      PORT: '0',
      IDE: 'false',
      REGISTRY_DATABASE_URL: options.databaseUrl,
      AUDIT_DATABASE_URL: options.databaseUrl,
      ACCESS_CONTEXT_SECRET: options.accessContextSecret,
      AUTH_DEV_KEYS_DIR: options.devKeysDirectory,
      SUBGRAPH_URLS: Object.entries(options.subgraphUrls).map(([name, url]) => `${name}=${url}`).join(','),
      ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    },
    ready: /gateway ready at (http:\S+)/,
    nodeOptions: options.nodeOptions,
    preload: options.preload,
    ipc: options.ipc,
  });
}
