import { Pool } from 'pg';
import { postGraphQL } from '../../support/graphql';
import { TestDatabase, createTestDatabase } from '../../support/postgres';
import { killMains, loggedUrl, runMain } from '../../support/subgraph';

/** The standalone entry point, run as `tsx subgraphs/checkups/src/main.ts` would be. */
const startMain = (env: Record<string, string>) => runMain('checkups', env);
const READY = /ready at (http:\S+)/;

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  killMains();
  await db?.drop();
});

describe('main.ts', () => {
  it('migrates, serves on the given port and host, and stops cleanly on SIGTERM', async () => {
    const started = startMain({ DATABASE_URL: db.url, PORT: '0', HOST: '127.0.0.1' });
    const url = await loggedUrl(started, READY);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);

    const response = await postGraphQL<{ checkup: null }>(url, '{ checkup(id: "1") { id } }');
    expect(response).toEqual({ status: 200, data: { checkup: null } });
    const pool = new Pool({ connectionString: db.url });
    const { rows } = await pool.query<{ version: string }>('SELECT version FROM checkups.schema_migrations');
    await pool.end();
    expect(rows.map((r) => r.version)).toEqual(['001_init.sql']);

    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
  });

  it('refuses to start without DATABASE_URL', async () => {
    const started = startMain({ DATABASE_URL: '' });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('DATABASE_URL is required');
  });

  it('refuses a PORT that is not a port number', async () => {
    const started = startMain({ DATABASE_URL: db.url, PORT: 'http' });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('PORT must be a port number');
  });
});
