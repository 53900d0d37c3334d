import { Pool } from 'pg';
import { DISASTER_REGIONS_CHANNEL } from '../../../common/src/access/disaster-regions';
import { DisasterDeclarations, listenedDeclarations } from '../../../gateway/src/access/disaster-declarations';
import { eligibilitySubgraph } from '../../../subgraphs/eligibility/src';
import { createTestDatabase, TestDatabase } from '../../support/postgres';

/** The declarations as a gateway holds them: read from PostgreSQL, dropped when a change is announced. */
const CHUO = { prefectureCode: '13', municipalityCode: '13102' };
const NAKANO = { prefectureCode: '13', municipalityCode: '13114' };

let db: TestDatabase;
let pool: Pool;
let declarations: DisasterDeclarations;
let reads = 0;

/** Declares a disaster for a municipality, in force from an hour ago for a day; announced or not. */
async function declare(location: typeof CHUO, announce: boolean): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    `WITH d AS (INSERT INTO disasters (name, declared_at, declared_by) VALUES ('試験', now(), 'internal-operator-01') RETURNING id)
     INSERT INTO disaster_regions (disaster_id, prefecture_code, municipality_code, starts_at, ends_at, updated_at)
     SELECT d.id, $1, $2, now() - interval '1 hour', now() + interval '1 day', now() FROM d RETURNING disaster_id::text AS id`,
    [location.prefectureCode, location.municipalityCode],
  );
  if (announce) await pool.query('SELECT pg_notify($1, $2)', [DISASTER_REGIONS_CHANNEL, 'changed']);
  return rows[0]!.id;
}

const until = async (check: () => Promise<boolean>): Promise<void> => {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > 3000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

beforeAll(async () => {
  db = await createTestDatabase();
  await db.migrate(eligibilitySubgraph);
  pool = db.pool('eligibility');
  const reader = {
    query: async (text: string, values: readonly unknown[] = []) => {
      reads++;
      return (await pool.query(text, values as unknown[])).rows;
    },
  };
  declarations = await listenedDeclarations({ databaseUrl: db.url, reader, reconnectDelayMs: 50 });
});
afterAll(async () => {
  await declarations?.close();
  await db?.drop();
});

describe('listenedDeclarations', () => {
  it('reads the declarations once, and again only when a change is announced', async () => {
    expect(await declarations.periodsAt(CHUO)).toEqual([]);
    const before = reads;
    expect(await declarations.periodsAt(NAKANO)).toEqual([]);
    expect(reads).toBe(before);

    const unannounced = await declare(CHUO, false);
    expect(await declarations.periodsAt(CHUO)).toEqual([]);
    await pool.query('SELECT pg_notify($1, $2)', [DISASTER_REGIONS_CHANNEL, 'changed']);
    await until(async () => (await declarations.periodsAt(CHUO)).length === 1);
    expect(await declarations.periodsAt(CHUO)).toEqual([{ disasterId: unannounced, startsAt: expect.any(Date), endsAt: expect.any(Date) }]);
    expect(await declarations.periodsAt(NAKANO)).toEqual([]);
  });

  it('reads PostgreSQL on every question while it cannot listen, and listens again', async () => {
    await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`);
    // Whatever is written now is seen: nothing is held while no one listens (or once it listens again).
    const id = await declare(NAKANO, false);
    await until(async () => (await declarations.periodsAt(NAKANO)).some((period) => period.disasterId === id));
    // Listening again, it holds what it reads until told otherwise.
    await until(async () => {
      const { rows } = await pool.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'`);
      return rows.length === 1;
    });
    await declarations.periodsAt(NAKANO);
    const before = reads;
    await declarations.periodsAt(NAKANO);
    expect(reads).toBe(before);
    const announced = await declare(NAKANO, true);
    await until(async () => (await declarations.periodsAt(NAKANO)).some((period) => period.disasterId === announced));
  });
});
