import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

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
  /** How long to wait for it to be ready. Default 60 s. */
  readonly readyTimeoutMs?: number;
}

export interface GatewayProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Resolves with the signal that ended the process (null when it exited by itself). */
  readonly exited: Promise<NodeJS.Signals | null>;
  /** What it printed so far. */
  output(): string;
  /** SIGTERM, then SIGKILL if it is still running after 10 s; resolves once it is gone. */
  stop(): Promise<void>;
}

const MAIN = join(__dirname, '..', 'gateway', 'src', 'main.ts');

/**
 * The gateway as its own process (gateway/src/main.ts) on a free port of 127.0.0.1, in front of
 * subgraphs running elsewhere; configured only by `options`, not by this process' AUTH_*,
 * REDIS_URL or NODE_ENV. Resolves once it says it is ready.
 */
export async function startGatewayProcess(options: GatewayProcessOptions): Promise<GatewayProcess> {
  const { AUTH_JWKS_URL: _jwks, AUTH_ISSUER: _issuer, AUTH_AUDIENCE: _audience, REDIS_URL: _redis, NODE_ENV: _env, ...rest } = process.env;
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), '--import', 'tsx', ...(options.preload ? ['--import', options.preload] : []), MAIN], {
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
    stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the gateway did not start: ${output}`)), options.readyTimeoutMs ?? 60_000);
    const read = (chunk: Buffer) => {
      // Kept short: a long run's log would otherwise grow without bound.
      output = (output + chunk.toString()).slice(-20_000);
      const found = /gateway ready at (http:\S+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the gateway exited: ${output}`));
    });
  }).catch((error: Error) => {
    child.kill('SIGKILL');
    throw error;
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    child,
    url,
    exited,
    output: () => output,
    stop: async () => {
      if (!running()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
