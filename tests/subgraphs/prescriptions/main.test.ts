import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { postGraphQL } from '../../support/graphql';
import { TestDatabase, createTestDatabase } from '../../support/postgres';

const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'subgraphs', 'prescriptions', 'src', 'main.ts');

interface Exit {
  readonly code: number | null;
  readonly output: string;
}

/** Starts main.ts with `env`; resolves with the URL it logs, or with its exit when it stops first. */
function startMain(env: Record<string, string>): { child: ChildProcess; ready: Promise<string | Exit>; exited: Promise<Exit> } {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<Exit>((resolve) => child.on('exit', (code) => resolve({ code, output })));
  const ready = new Promise<string | Exit>((resolve) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /ready at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(resolve);
  });
  return { child, ready, exited };
}

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

describe('prescriptions main.ts', () => {
  test.each(['SIGTERM', 'SIGINT'] as const)('migrates the database, serves on PORT and stops cleanly on %s', async (signal) => {
    const { child, ready, exited } = startMain({ DATABASE_URL: database.url, PORT: '0' });
    const url = await ready;
    if (typeof url !== 'string') throw new Error(`main.ts exited early: ${url.output}`);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await postGraphQL<{ drug: unknown }>(url, '{ drug(code: "610443047") { name } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ drug: null });
    child.kill(signal);
    expect((await exited).code).toBe(0);
  });

  test('refuses to start without DATABASE_URL', async () => {
    const { exited } = startMain({});
    const exit = await exited;
    expect(exit.code).toBe(1);
    expect(exit.output).toMatch(/DATABASE_URL is required/);
  });
});
