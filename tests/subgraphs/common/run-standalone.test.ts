import { Pool } from 'pg';
import { SUBGRAPH_MODULES } from '../../../tools/subgraph-modules';
import { signedHeaders, TEST_ACCESS_CONTEXT_SECRET } from '../../support/access';
import { postGraphQL } from '../../support/graphql';
import { TestDatabase, createTestDatabase } from '../../support/postgres';
import { killMains, loggedUrl, runMain } from '../../support/subgraph';

/** Every subgraph's standalone entry (`subgraphs/<name>/src/main.ts`), run as its own process. */
const READY = /ready at (http:\S+)/;

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  killMains();
  await db?.drop();
});

describe.each(SUBGRAPH_MODULES.map((m) => [m.name, m] as const))('%s main.ts', (name, module) => {
  it.each(['SIGTERM', 'SIGINT'] as const)('migrates its schema, serves on PORT and HOST, and exits 0 on %s', async (signal) => {
    const started = runMain(name, { DATABASE_URL: db.url, ACCESS_CONTEXT_SECRET: TEST_ACCESS_CONTEXT_SECRET, PORT: '0', HOST: '127.0.0.1' });
    const url = await loggedUrl(started, READY);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const response = await postGraphQL<{ _service: { sdl: string } }>(url, '{ _service { sdl } }', undefined, signedHeaders());
    expect(response.data?._service.sdl).toContain('@key(fields: ');
    const unsigned = await postGraphQL(url, '{ _service { sdl } }');
    expect([unsigned.status, unsigned.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const pool = new Pool({ connectionString: db.url });
    const { rows } = await pool.query<{ version: string }>(`SELECT version FROM ${module.schema}.schema_migrations ORDER BY version`);
    await pool.end();
    expect(rows.map((r) => r.version)).toContain('001_init.sql');
    started.child.kill(signal);
    expect(await started.exited).toBe(0);
  });

  it('refuses to start without DATABASE_URL', async () => {
    const started = runMain(name, { DATABASE_URL: '' });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('DATABASE_URL is required');
  });

  it('refuses a PORT that is not a port number', async () => {
    const started = runMain(name, { DATABASE_URL: db.url, ACCESS_CONTEXT_SECRET: TEST_ACCESS_CONTEXT_SECRET, PORT: 'http' });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('PORT must be a port number');
  });

  it.each([
    ['without ACCESS_CONTEXT_SECRET', '', 'ACCESS_CONTEXT_SECRET is required'],
    ['with an ACCESS_CONTEXT_SECRET under 32 bytes', 'x'.repeat(31), 'ACCESS_CONTEXT_SECRET must be at least 32 bytes'],
  ])('refuses to start %s', async (_case, secret, message) => {
    const started = runMain(name, { DATABASE_URL: db.url, ACCESS_CONTEXT_SECRET: secret, PORT: '0' });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain(message);
    expect(started.output()).not.toContain('ready at');
  });
});
