import { Pool, PoolClient } from 'pg';
import { RowBuffer, copyChunk } from './copy';
import { SubgraphSeeder } from './seeder';
import { storyOf } from './story';
import { World } from './world';

export interface LoadOptions {
  /** People to generate, by index: [from, from + people). */
  readonly people: number;
  readonly from?: number;
  /** People per COPY round. */
  readonly chunk?: number;
  readonly includeReference?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface LoadReport {
  readonly people: number;
  readonly rows: Record<string, number>;
  readonly milliseconds: number;
}

/**
 * Generates the data set and loads it with COPY: each seeder on its own connection and in
 * its own transaction (all of a schema's rows or none), the next chunk generated while the
 * previous one is being copied.
 */
export async function loadDataSet(pool: Pool, world: World, seeders: readonly SubgraphSeeder[], options: LoadOptions): Promise<LoadReport> {
  const started = Date.now();
  const from = options.from ?? 0;
  const chunk = options.chunk ?? 5000;
  const buffers = seeders.map((s) => new RowBuffer(s.tables));
  const clients: PoolClient[] = [];
  for (let i = 0; i < seeders.length; i++) clients.push(await pool.connect());
  let inFlight: Promise<unknown> = Promise.resolve();
  const copyAll = (): Promise<unknown> => {
    const drained = buffers.map((b) => b.drain());
    return Promise.all(seeders.map((s, i) => copyChunk(clients[i]!, s.schema, s.tables, drained[i]!)));
  };
  try {
    await Promise.all(clients.map((c) => c.query('BEGIN')));
    if (options.includeReference !== false) {
      seeders.forEach((s, i) => s.reference(world, (table, row) => buffers[i]!.add(table, row)));
      await copyAll();
    }
    for (let start = from; start < from + options.people; start += chunk) {
      const end = Math.min(from + options.people, start + chunk);
      for (let index = start; index < end; index++) {
        const story = storyOf(world, world.person(index));
        seeders.forEach((s, i) => s.person(story, (table, row) => buffers[i]!.add(table, row)));
      }
      await inFlight;
      inFlight = copyAll();
      options.onProgress?.(end - from, options.people);
    }
    await inFlight;
    await Promise.all(clients.map((c) => c.query('COMMIT')));
  } catch (error) {
    await inFlight.catch(() => undefined);
    await Promise.all(clients.map((c) => c.query('ROLLBACK').catch(() => undefined)));
    throw error;
  } finally {
    for (const c of clients) c.release();
  }
  const rows: Record<string, number> = {};
  seeders.forEach((s, i) => {
    for (const [table, count] of buffers[i]!.counts) rows[`${s.schema}.${table}`] = count;
  });
  return { people: options.people, rows, milliseconds: Date.now() - started };
}
