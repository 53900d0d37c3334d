import { Pool, PoolClient, QueryResultRow } from 'pg';
import { SqlReader } from '../../../../common/src/access/sql-reader';
import { ERRORS } from '../../../../common/src/errors';
import { SqlStats } from '../../../common/src/database';

async function connect(pool: Pool): Promise<PoolClient> {
  try {
    return await pool.connect();
  } catch {
    throw ERRORS.SERVICE_UNAVAILABLE('The database is unavailable; try again shortly.');
  }
}

/**
 * Runs `work` in one transaction on one connection: everything it wrote is committed together,
 * or (when it throws) nothing is. Statements are counted in `stats`, as the Database counts them.
 */
export async function inTransaction<T>(pool: Pool, stats: SqlStats, work: (sql: SqlReader) => Promise<T>): Promise<T> {
  const client = await connect(pool);
  const sql: SqlReader = {
    async query<R extends QueryResultRow>(text: string, values: readonly unknown[] = []): Promise<R[]> {
      stats.statements++;
      return (await client.query<R>(text, values as unknown[])).rows;
    },
  };
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(sql);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw error;
  } finally {
    // A connection that could not even roll back is not given back to the pool.
    client.release(broken);
  }
}
