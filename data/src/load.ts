import { Pool, PoolClient } from 'pg';
import { emptyForBulkLoad } from './bulk-schema';
import { ChunkGenerator, ChunkSource, PersonRange, inOrder, inThisThread } from './chunk-generator';
import { SeederChunk, copyChunk } from './copy';
import { startGeneratorThreads } from './generator-threads';
import { SubgraphSeeder } from './seeder';
import { World } from './world';

export interface LoadOptions {
  /** People to generate, by index: [from, from + people). */
  readonly people: number;
  readonly from?: number;
  /** People per COPY round. */
  readonly chunk?: number;
  readonly includeReference?: boolean;
  /**
   * Replace the schemas' data: empty them first and rebuild their indexes and foreign keys
   * after the rows are in, all in the load's transactions.
   */
  readonly replace?: boolean;
  /**
   * Generate in `count` worker threads rather than on this one. Each thread loads
   * `seedersModule`, whose export `seeders` must be the seeders given to the load.
   */
  readonly threads?: { readonly count: number; readonly seedersModule: string };
  readonly onProgress?: (done: number, total: number) => void;
}

export interface LoadReport {
  readonly people: number;
  readonly rows: Record<string, number>;
  readonly milliseconds: number;
  /** Generator threads used (0: generated on the loading thread). */
  readonly threads: number;
  /** Time the copying waited for generated rows. */
  readonly generationWaitMilliseconds: number;
  /** Time spent building indexes and checking foreign keys after the rows were in (replace only). */
  readonly rebuildMilliseconds: number;
}

const DEFAULT_CHUNK = 5000;
/** Chunks copied behind the generation at most, so memory stays bounded. */
const COPY_BACKLOG = 2;

function rangesOf(from: number, people: number, chunk: number): PersonRange[] {
  const ranges: PersonRange[] = [];
  for (let start = from; start < from + people; start += chunk) ranges.push({ from: start, to: Math.min(from + people, start + chunk) });
  return ranges;
}

/**
 * Generates the data set and loads it with COPY: each seeder on its own connection and in its
 * own transaction (all of a schema's rows or none; the four commit only once all are loaded),
 * the next chunks generated while the previous ones are being copied. Chunks are copied in
 * order, so the rows and their order do not depend on the chunk size or the thread count.
 */
export async function loadDataSet(pool: Pool, world: World, seeders: readonly SubgraphSeeder[], options: LoadOptions): Promise<LoadReport> {
  const started = Date.now();
  const from = options.from ?? 0;
  const replace = options.replace ?? false;
  const generator = new ChunkGenerator(world, seeders);
  const rows: Record<string, number> = {};
  const clients: PoolClient[] = [];
  let source: ChunkSource | null = null;
  let copying: Promise<void>[] = seeders.map(() => Promise.resolve());
  let generationWait = 0;
  let rebuild = 0;
  let failed = false;
  const threads = options.threads && options.threads.count > 0 ? options.threads : null;

  const copy = (chunks: SeederChunk[]): Promise<unknown> => {
    seeders.forEach((s, i) => {
      for (const [table, { rows: count }] of chunks[i]!) rows[`${s.schema}.${table}`] = (rows[`${s.schema}.${table}`] ?? 0) + count;
    });
    copying = seeders.map((s, i) => copying[i]!.then(() => copyChunk(clients[i]!, s.schema, s.tables, chunks[i]!, replace)));
    const all = Promise.all(copying);
    all.catch(() => undefined);
    return all;
  };

  try {
    for (let i = 0; i < seeders.length; i++) clients.push(await pool.connect());
    await Promise.all(clients.map((c) => c.query('BEGIN')));
    const restore = replace ? await Promise.all(seeders.map((s, i) => emptyForBulkLoad(clients[i]!, s.schema))) : [];
    if (options.includeReference !== false) void copy(generator.reference());
    else generator.prepare();

    source = threads
      ? startGeneratorThreads(threads.count, { world: world.options, seedersModule: threads.seedersModule, schemas: seeders.map((s) => s.schema) })
      : inThisThread(generator);
    const ranges = rangesOf(from, options.people, options.chunk ?? DEFAULT_CHUNK);
    const copied: Promise<unknown>[] = [];
    let waitStarted = Date.now();
    for await (const chunks of inOrder(source, ranges, threads ? 2 * threads.count : 1)) {
      generationWait += Date.now() - waitStarted;
      const i = copied.length;
      const done = ranges[i]!.to - from;
      copied.push(copy(chunks).then(() => options.onProgress?.(done, options.people)));
      copied[i]!.catch(() => undefined);
      if (i >= COPY_BACKLOG) await copied[i - COPY_BACKLOG];
      waitStarted = Date.now();
    }
    await Promise.all(copying);
    await Promise.all(copied);

    const rebuildStarted = Date.now();
    await Promise.all(restore.map((r) => r()));
    rebuild = Date.now() - rebuildStarted;
    await Promise.all(clients.map((c) => c.query('COMMIT')));
  } catch (error) {
    failed = true;
    await Promise.allSettled(copying);
    await Promise.all(clients.map((c) => c.query('ROLLBACK').catch(() => undefined)));
    throw error;
  } finally {
    await source?.close();
    // After a failure a connection may be broken: the pool gets none of them back.
    for (const c of clients) c.release(failed);
  }
  return { people: options.people, rows, milliseconds: Date.now() - started, threads: threads?.count ?? 0, generationWaitMilliseconds: generationWait, rebuildMilliseconds: rebuild };
}
