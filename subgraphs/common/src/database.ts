import { Pool, QueryResultRow } from 'pg';
import { ERRORS } from '../../../common/src/errors';

/** Counts SQL statements, so tests and the benchmark can show that a request's statement count does not grow with its data. */
export interface SqlStats {
  statements: number;
}

/** Errors that mean PostgreSQL itself is unreachable or shutting down, not that a statement was wrong. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);

function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  return (code !== undefined && UNAVAILABLE_CODES.has(code)) || /Connection terminated|timeout exceeded when trying to connect/i.test(message);
}

export interface PoolOptions {
  readonly connectionString: string;
  /** The PostgreSQL schema this subgraph owns; it is the connection's search_path. */
  readonly schema: string;
  readonly max?: number;
}

export function createPool({ connectionString, schema, max = 10 }: PoolOptions): Pool {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
  const pool = new Pool({ connectionString, max, options: `-c search_path=${schema}`, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  return pool;
}

/** The one way subgraph code reaches PostgreSQL: parameterised statements only, each counted. */
export class Database {
  constructor(
    private readonly pool: Pool,
    readonly stats: SqlStats = { statements: 0 },
  ) {}

  async query<R extends QueryResultRow>(text: string, values: readonly unknown[] = []): Promise<R[]> {
    this.stats.statements++;
    try {
      const result = await this.pool.query<R>(text, values as unknown[]);
      return result.rows;
    } catch (error) {
      if (isUnavailable(error)) throw ERRORS.SERVICE_UNAVAILABLE('The database is unavailable; try again shortly.');
      throw error;
    }
  }
}
