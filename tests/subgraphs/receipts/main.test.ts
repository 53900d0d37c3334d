import { postGraphQL } from '../../support/graphql';
import { TestDatabase, createTestDatabase } from '../../support/postgres';
import { killMains, loggedUrl, runMain } from '../../support/subgraph';

const LISTENING = /listening on (\S+)/;

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  killMains();
  await database?.drop();
});

describe('receipts main', () => {
  test('refuses to start without DATABASE_URL', async () => {
    const { output, exited } = runMain('receipts', {});
    expect(await exited).toBe(1);
    expect(output()).toContain('DATABASE_URL is required');
  });

  test('migrates, serves on the given port and host, and stops on SIGTERM', async () => {
    const started = runMain('receipts', { DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1' });
    const url = await loggedUrl(started, LISTENING);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const response = await postGraphQL(url, '{ claim(id: "1") { id } }');
    expect(response.data).toEqual({ claim: null });
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
  });
});
