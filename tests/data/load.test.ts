import { Client, Pool } from 'pg';
import { loadDataSet } from '../../data/src/load';
import { SubgraphSeeder } from '../../data/src/seeder';
import { World } from '../../data/src/world';
import { loadSyntheticData, seeders } from '../../tools/data-set';
import { migrateAll } from '../../tools/stack';
import { createTestDatabase, TestDatabase } from '../support/postgres';

const OPTIONS = { people: 90, seed: 11, asOf: '2026-11-01' };

/** Every table of the four schemas: its row count and a digest of its rows in a fixed order. */
async function contents(client: Client): Promise<Record<string, string>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = ANY($1) AND tablename <> 'schema_migrations' ORDER BY 1`,
    [seeders.map((s) => s.schema)],
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ n: string; digest: string | null }>(`SELECT count(*) AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM ${name} t`);
    out[name] = `${rows[0]!.n} ${rows[0]!.digest}`;
  }
  return out;
}

/** Indexes and constraints of the four schemas, by name and definition. */
async function structure(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ d: string }>(
    `SELECT schemaname || '.' || indexname || ': ' || indexdef AS d FROM pg_indexes WHERE schemaname = ANY($1)
     UNION ALL SELECT connamespace::regnamespace || '.' || conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint
      WHERE connamespace IN (SELECT oid FROM pg_namespace WHERE nspname = ANY($1)) ORDER BY 1`,
    [seeders.map((s) => s.schema)],
  );
  return rows.map((r) => r.d);
}

describe('loading the synthetic data set', () => {
  let db: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    await migrateAll(db.url);
    client = new Client({ connectionString: db.url });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  test('gives the same rows whatever the chunk size and the number of generator threads, and replaces what was there', async () => {
    const before = await structure(client);
    expect(before.length).toBeGreaterThan(20);
    const inThisThread = await loadSyntheticData(db.url, { ...OPTIONS, threads: 0, chunk: 1000 });
    const first = await contents(client);
    expect(first['eligibility.people']).toMatch(/^90 /);
    const threaded = await loadSyntheticData(db.url, { ...OPTIONS, threads: 2, chunk: 7 });
    expect(threaded.threads).toBe(2);
    expect(await contents(client)).toEqual(first);
    expect(threaded.rows).toEqual(inThisThread.rows);
    expect(await structure(client)).toEqual(before);
  });

  test('another seed gives other rows', async () => {
    await loadSyntheticData(db.url, { ...OPTIONS, threads: 0 });
    const first = await contents(client);
    await loadSyntheticData(db.url, { ...OPTIONS, seed: OPTIONS.seed + 1, threads: 0 });
    expect((await contents(client))['receipts.claims']).not.toEqual(first['receipts.claims']);
  });
});

describe('a load that fails', () => {
  let db: TestDatabase;
  let pool: Pool;
  const failing = (person: number): SubgraphSeeder => ({
    schema: 'bulk',
    tables: [{ table: 'parents', columns: ['id', 'name'] }, { table: 'children', columns: ['parent_id', 'seq'] }],
    reference: () => undefined,
    person(story, emit) {
      if (story.person.index === person) throw new Error(`no story for person ${person}`);
      emit('parents', [story.person.index, story.person.nameKanji]);
      emit('children', [story.person.index, 1]);
    },
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new Pool({ connectionString: db.url, max: 2 });
    await pool.query(`CREATE SCHEMA bulk;
      CREATE TABLE bulk.parents (id int PRIMARY KEY, name text NOT NULL);
      CREATE INDEX parents_name ON bulk.parents (name);
      CREATE TABLE bulk.children (parent_id int NOT NULL REFERENCES bulk.parents (id), seq int NOT NULL, PRIMARY KEY (parent_id, seq))`);
  });

  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  test('leaves the rows, indexes and foreign keys that were there', async () => {
    const world = new World({ seed: 3, people: 40, asOf: '2026-11-01' });
    await loadDataSet(pool, world, [failing(-1)], { people: 40, chunk: 6, replace: true });
    const count = async () => (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM bulk.parents JOIN bulk.children ON parent_id = id')).rows[0]!.n;
    const names = async () => (await pool.query<{ name: string }>(`SELECT indexname || conname AS name FROM pg_indexes, pg_constraint WHERE schemaname = 'bulk' AND connamespace = 'bulk'::regnamespace ORDER BY 1`)).rows;
    expect(await count()).toBe(40);
    const structure = await names();
    await expect(loadDataSet(pool, world, [failing(25)], { people: 40, chunk: 6, replace: true })).rejects.toThrow('no story for person 25');
    expect(await count()).toBe(40);
    expect(await names()).toEqual(structure);
    await expect(pool.query('INSERT INTO bulk.children VALUES (999, 1)')).rejects.toThrow(/foreign key/);
  });
});
