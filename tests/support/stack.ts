import { Client } from 'pg';
import { loadSyntheticData } from '../../tools/data-set';
import { migrateAll, RunningStack, startStack } from '../../tools/stack';
import { createTestDatabase, TestDatabase } from './postgres';

/** The day the test data sets end: fixed, so the tests do not depend on the calendar. */
export const TEST_AS_OF = '2026-11-01';

export interface TestStack {
  readonly db: TestDatabase;
  readonly stack: RunningStack;
  readonly url: string;
  /** Runs SQL against the test database (to find or craft records). */
  sql<R extends Record<string, unknown>>(text: string, values?: unknown[]): Promise<R[]>;
  stop(): Promise<void>;
}

/**
 * The whole system for an end-to-end test: a fresh database on the real PostgreSQL with a
 * synthetic data set, the four subgraphs each on its own free port, and the gateway.
 */
export async function startTestStack(options: { people: number; redisUrl?: string } = { people: 120 }): Promise<TestStack> {
  const db = await createTestDatabase();
  const client = new Client({ connectionString: db.url });
  try {
    await migrateAll(db.url);
    await loadSyntheticData(db.url, { people: options.people, seed: 7, asOf: TEST_AS_OF });
    await client.connect();
    const stack = await startStack({ databaseUrl: db.url, redisUrl: options.redisUrl, gatewayPort: 0 });
    return {
      db,
      stack,
      url: stack.gateway.url,
      sql: async (text, values = []) => (await client.query(text, values)).rows,
      stop: async () => {
        await stack.stop();
        await client.end();
        await db.drop();
      },
    };
  } catch (error) {
    await client.end().catch(() => undefined);
    await db.drop();
    throw error;
  }
}

/** Statements run by all subgraphs while `action` runs. */
export async function countStatements<T>(stack: RunningStack, action: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const before = stack.statements();
  const result = await action();
  return { result, statements: stack.statements() - before };
}
