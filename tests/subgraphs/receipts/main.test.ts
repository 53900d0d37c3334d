import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { postGraphQL } from '../../support/graphql';
import { TestDatabase, createTestDatabase } from '../../support/postgres';

const MAIN = join(__dirname, '..', '..', '..', 'subgraphs', 'receipts', 'src', 'main.ts');

const started: ChildProcess[] = [];

function run(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const { DATABASE_URL: _inherited, ...rest } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { env: { ...rest, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function urlFrom(output: () => string, exited: Promise<number | null>): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = /listening on (\S+)/.exec(output());
    if (found) return found[1]!;
    const done = await Promise.race([exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 100))]);
    if (done || Date.now() > deadline) throw new Error(`main did not start: ${output()}`);
  }
}

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await database?.drop();
});

describe('receipts main', () => {
  test('refuses to start without DATABASE_URL', async () => {
    const { output, exited } = run({});
    expect(await exited).toBe(1);
    expect(output()).toContain('DATABASE_URL is required');
  });

  test('migrates, serves on the given port and host, and stops on SIGTERM', async () => {
    const { child, output, exited } = run({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1' });
    const url = await urlFrom(output, exited);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const response = await postGraphQL(url, '{ claim(id: "1") { id } }');
    expect(response.data).toEqual({ claim: null });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
