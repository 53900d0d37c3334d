import { Client, Pool } from 'pg';
import { loadDataSet, LoadReport } from '../data/src/load';
import { World } from '../data/src/world';
import { SUBGRAPH_MODULES } from './subgraph-modules';

export interface DataSetOptions {
  readonly people: number;
  readonly seed: number;
  /** The day the histories end, YYYY-MM-DD. */
  readonly asOf: string;
  readonly institutions?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/** Empties every table of the four subgraph schemas (their migrations stay). */
export async function clearData(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const schemas = SUBGRAPH_MODULES.map((m) => m.schema);
    const { rows } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = ANY($1) AND tablename <> 'schema_migrations'`,
      [schemas],
    );
    if (rows.length > 0) await client.query(`TRUNCATE ${rows.map((r) => r.name).join(', ')}`);
  } finally {
    await client.end();
  }
}

/** Generates and bulk-loads a synthetic data set into all four schemas, then refreshes planner statistics. */
export async function loadSyntheticData(databaseUrl: string, options: DataSetOptions): Promise<LoadReport> {
  const world = new World({ seed: options.seed, people: options.people, asOf: options.asOf, institutions: options.institutions });
  const pool = new Pool({ connectionString: databaseUrl, max: SUBGRAPH_MODULES.length + 1 });
  try {
    const report = await loadDataSet(pool, world, SUBGRAPH_MODULES.map((m) => m.seeder), { people: options.people, onProgress: options.onProgress });
    await pool.query('ANALYZE');
    return report;
  } finally {
    await pool.end();
  }
}
