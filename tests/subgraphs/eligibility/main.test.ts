import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { postGraphQL } from '../../support/graphql';
import { TestDatabase, createTestDatabase } from '../../support/postgres';

/** The standalone entry: reads DATABASE_URL / PORT / HOST, migrates, serves, stops on SIGTERM. */
const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(ROOT, 'subgraphs', 'eligibility', 'src', 'main.ts');

function run(env: Record<string, string>): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(TSX, [MAIN], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

test('without DATABASE_URL it exits 1 and says what is missing', async () => {
  const service = run({});
  expect(await service.exit).toBe(1);
  expect(service.output()).toContain('DATABASE_URL is required');
});

test('migrates, serves on PORT, logs its URL, and stops cleanly on SIGTERM', async () => {
  const service = run({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1' });
  try {
    await waitFor(() => /ready at (http:\S+)/.test(service.output()), 30_000);
    const url = /ready at (http:\S+)/.exec(service.output())![1]!;
    const response = await postGraphQL(url, `{ insurer(number: "01130012") { number } }`);
    expect(response).toMatchObject({ status: 200, data: { insurer: null } });
  } finally {
    service.child.kill('SIGTERM');
  }
  expect(await service.exit).toBe(0);
});
