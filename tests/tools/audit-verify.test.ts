import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { ChainedAccessEvent } from '../../common/src/audit/access-event';
import { chainEvents } from '../../common/src/audit/hash-chain';
import { rowOfEvent, EVENT_COLUMNS } from '../../common/src/audit/event-row';
import { verifyAccessLog } from '../../common/src/audit/verify-access-log';
import { AccessLogWriter } from '../../gateway/src/audit/access-log-writer';
import { auditSubgraph } from '../../subgraphs/audit/src';
import { accessEvent } from '../common/audit/fixtures';
import { createTestDatabase, TestDatabase } from '../support/postgres';

const ROOT = join(__dirname, '..', '..');

interface Run {
  readonly code: number;
  readonly stdout: string;
}

/** `npx tsx tools/audit-verify.ts …`, what `npm run audit:verify -- …` runs. */
function auditVerify(args: string[]): Promise<Run> {
  const { DATABASE_URL: _url, ...env } = process.env;
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'tools/audit-verify.ts', ...args], { cwd: ROOT, env }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout: stdout + stderr }));
  });
}

interface Logged {
  readonly db: TestDatabase;
  readonly client: Client;
  /** The chain the first writer wrote: six events. */
  readonly chainId: string;
  /** As a superuser bypassing the table's guards (the trigger) would: what verification must find. */
  tamper(statement: string, values?: unknown[]): Promise<void>;
  close(): Promise<void>;
}

/** A database with an access log of two chains (two gateway instances), six and three events. */
async function loggedDatabase(): Promise<Logged> {
  const db = await createTestDatabase();
  await db.migrate(auditSubgraph);
  for (const count of [6, 3]) {
    const writer = new AccessLogWriter({ databaseUrl: db.url });
    for (let i = 0; i < count; i++) await writer.append([accessEvent({ recordedAt: new Date(Date.now() + i) })]);
    await writer.close();
  }
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const [first] = (await client.query<{ chain_id: string }>('SELECT chain_id FROM audit.access_events GROUP BY chain_id HAVING count(*) = 6')).rows;
  return {
    db,
    client,
    chainId: first!.chain_id,
    tamper: async (statement, values = []) => {
      await client.query('SET session_replication_role = replica');
      await client.query(statement, values);
      await client.query('SET session_replication_role = DEFAULT');
    },
    close: async () => {
      await client.end();
      await db.drop();
    },
  };
}

/** Inserts an event behind the writer's back. */
async function slipIn(log: Logged, event: ChainedAccessEvent): Promise<void> {
  const row = rowOfEvent(event);
  await log.tamper(
    `INSERT INTO audit.access_events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map((column, i) => `$${i + 1}${column === 'fields' ? '::jsonb' : ''}`).join(', ')})`,
    EVENT_COLUMNS.map((column) => (column === 'fields' ? JSON.stringify(row[column]) : row[column])),
  );
}

describe('npm run audit:verify', () => {
  let log: Logged;

  beforeEach(async () => {
    log = await loggedDatabase();
  });
  afterEach(async () => log?.close());

  it('finds an untouched log intact, and prints the head of each chain', async () => {
    const run = await auditVerify(['--database-url', log.db.url]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('access log intact: 9 event(s) in 2 chain(s)');
    expect(run.stdout).toContain(`head: chain ${log.chainId} at event 6`);
  });

  it('detects a modified event and names it as the first broken link', async () => {
    await log.tamper(`UPDATE audit.access_events SET outcome = 'ALLOWED', deny_reasons = '{}' WHERE chain_id = $1 AND seq = 4`, [log.chainId]);
    const run = await auditVerify(['--database-url', log.db.url]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('access log BROKEN: 1 of 2 chain(s)');
    expect(run.stdout).toMatch(new RegExp(`first broken link: chain ${log.chainId}, event 4 \\(id [0-9a-f-]{36}, recorded [^)]+\\): MODIFIED`));
  });

  it('detects a deleted event: the link after it names the one missing', async () => {
    await log.tamper('DELETE FROM audit.access_events WHERE chain_id = $1 AND seq = 2', [log.chainId]);
    const run = await auditVerify(['--database-url', log.db.url]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`first broken link: chain ${log.chainId}, event 3`);
    expect(run.stdout).toContain('MISSING: event 2 is missing before it');
  });

  it('detects an inserted event, even one whose hash was made as the writer makes them', async () => {
    const [second] = (await log.client.query('SELECT e.* FROM audit.access_events e WHERE chain_id = $1 AND seq = 2', [log.chainId])).rows;
    const forged = chainEvents([accessEvent({ userId: 'someone-else', recordedAt: new Date() })], log.chainId, { sequence: 2, hash: second.hash })[0]!;
    await slipIn(log, forged);
    const result = await verifyAccessLog({ databaseUrl: log.db.url });
    expect(result.broken).toEqual([expect.objectContaining({ chainId: log.chainId, kind: 'INSERTED', sequence: 3 })]);
    const run = await auditVerify(['--database-url', log.db.url]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`first broken link: chain ${log.chainId}, event 3`);
    expect(run.stdout).toContain('INSERTED: a second event at sequence 3');
  });

  it('detects events of a chain no gateway started', async () => {
    const stranger = chainEvents([accessEvent({ recordedAt: new Date() })], '44444444-4444-4444-8444-444444444444', { sequence: 0, hash: '0'.repeat(64) })[0]!;
    await slipIn(log, stranger);
    expect((await verifyAccessLog({ databaseUrl: log.db.url })).broken).toEqual([expect.objectContaining({ kind: 'UNREGISTERED_CHAIN', sequence: 1 })]);
  });

  it('needs a database to check', async () => {
    const run = await auditVerify([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('DATABASE_URL or --database-url is required');
  });
});
