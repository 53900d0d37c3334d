import { Client, Pool } from 'pg';
import { randomBytes } from 'node:crypto';
import { createPool } from '../../subgraphs/common/src/database';
import { migrate } from '../../subgraphs/common/src/migrate';
import { SubgraphModule } from '../../subgraphs/common/src/module';

/**
 * Integration tests run against a real PostgreSQL server (TEST_DATABASE_URL, by default the
 * local server at 127.0.0.1:5432). Each test file gets its own database, dropped at the end.
 * An unreachable server fails the test: it is never skipped.
 */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  readonly url: string;
  /** A pool for one subgraph's schema. */
  pool(schema: string): Pool;
  /** Applies the modules' migrations. */
  migrate(...modules: SubgraphModule[]): Promise<void>;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `hig_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is required for integration tests (TEST_DATABASE_URL=${ADMIN_URL}): ${(error as Error).message}`);
  }
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const pools: Pool[] = [];
  const pool = (schema: string): Pool => {
    const created = createPool({ connectionString: url.toString(), schema, max: 5 });
    pools.push(created);
    return created;
  };
  return {
    url: url.toString(),
    pool,
    async migrate(...modules) {
      for (const m of modules) await migrate(pool(m.schema), m.schema, m.migrations);
    },
    async drop() {
      await Promise.all(pools.map((p) => p.end().catch(() => undefined)));
      const client = new Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
