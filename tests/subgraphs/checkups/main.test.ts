import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'pg';
import { postGraphQL } from '../../support/graphql';
import { TestDatabase, createTestDatabase } from '../../support/postgres';

/** The standalone entry point, run as `tsx subgraphs/checkups/src/main.ts` would be. */
const MAIN = join(__dirname, '..', '..', '..', 'subgraphs', 'checkups', 'src', 'main.ts');

interface Started {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

function startMain(env: Record<string, string | undefined>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function urlOf(started: Started): Promise<string> {
  for (let waited = 0; waited < 30_000; waited += 100) {
    const match = /ready at (http:\S+)/.exec(started.output());
    if (match) return match[1]!;
    if (started.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`main.ts did not report its URL: ${started.output()}`);
}

let db: TestDatabase;
const running: Started[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  for (const started of running) if (started.child.exitCode === null) started.child.kill('SIGKILL');
  await db?.drop();
});

describe('main.ts', () => {
  it('migrates, serves on the given port and host, and stops cleanly on SIGTERM', async () => {
    const started = startMain({ DATABASE_URL: db.url, PORT: '0', HOST: '127.0.0.1' });
    running.push(started);
    const url = await urlOf(started);
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
    running.push(started);
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('DATABASE_URL is required');
  });

  it('refuses a PORT that is not a port number', async () => {
    const started = startMain({ DATABASE_URL: db.url, PORT: 'http' });
    running.push(started);
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('PORT must be a port number');
  });
});
