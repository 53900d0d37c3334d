import { Pool } from 'pg';
import { loadDataSet, LoadReport } from '../data/src/load';
import { SubgraphSeeder } from '../data/src/seeder';
import { World } from '../data/src/world';
import { SUBGRAPH_MODULES } from './subgraph-modules';

/** The seeders of the subgraphs whose data is generated; generator threads load this module to get them. */
export const seeders: readonly SubgraphSeeder[] = SUBGRAPH_MODULES.flatMap((m) => (m.seeder ? [m.seeder] : []));

/** From this many people on, rows are generated in worker threads while this one copies. */
const THREADED_FROM = 20_000;

export interface DataSetOptions {
  readonly people: number;
  readonly seed: number;
  /** The day the histories end, YYYY-MM-DD. */
  readonly asOf: string;
  readonly institutions?: number;
  /** Generator threads; by default 2 from 20,000 people on, none below. */
  readonly threads?: number;
  /** People per COPY round. */
  readonly chunk?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Replaces the data of every generated schema (not the access log's) with a generated data set, bulk-loaded with COPY (each
 * schema in one transaction: the old rows stay if the load fails), then refreshes planner statistics.
 */
export async function loadSyntheticData(databaseUrl: string, options: DataSetOptions): Promise<LoadReport> {
  const world = new World({ seed: options.seed, people: options.people, asOf: options.asOf, institutions: options.institutions });
  const threads = options.threads ?? (options.people >= THREADED_FROM ? 2 : 0);
  const pool = new Pool({ connectionString: databaseUrl, max: seeders.length + 1 });
  try {
    const report = await loadDataSet(pool, world, seeders, {
      people: options.people,
      chunk: options.chunk,
      replace: true,
      threads: { count: threads, seedersModule: __filename },
      onProgress: options.onProgress,
    });
    await pool.query('ANALYZE');
    return report;
  } finally {
    await pool.end();
  }
}
