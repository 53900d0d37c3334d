import { Client } from 'pg';
import { AccessEvent } from '../../../common/src/audit/access-event';
import { AUDIT_WRITER_ROLE } from '../../../common/src/audit/event-row';
import { verifyAccessLog } from '../../../common/src/audit/verify-access-log';
import { AccessLogWriter } from '../../../gateway/src/audit/access-log-writer';
import { auditSubgraph } from '../../../subgraphs/audit/src';
import { accessEvent } from '../../common/audit/fixtures';
import { createTestDatabase, TestDatabase } from '../../support/postgres';

let db: TestDatabase;
let client: Client;
const writers: AccessLogWriter[] = [];

const newWriter = (options: Partial<ConstructorParameters<typeof AccessLogWriter>[0]> = {}): AccessLogWriter => {
  const writer = new AccessLogWriter({ databaseUrl: db.url, ...options });
  writers.push(writer);
  return writer;
};
const now = (overrides: Partial<AccessEvent> = {}): AccessEvent => accessEvent({ recordedAt: new Date(), ...overrides });
const sql = async <R extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<R[]> => (await client.query<R>(text, values)).rows;
const nextTick = () => new Promise((resolve) => setImmediate(resolve));

beforeAll(async () => {
  db = await createTestDatabase();
  await db.migrate(auditSubgraph);
  client = new Client({ connectionString: db.url });
  await client.connect();
});

afterAll(async () => {
  for (const writer of writers) await writer.close().catch(() => undefined);
  await client?.end();
  await db?.drop();
});

describe('the access-log writer', () => {
  it('has the events committed when append resolves, linked one after the other in its chain', async () => {
    const writer = newWriter();
    const events = [now(), now(), now()];
    await writer.append(events);
    const rows = await sql<{ id: string; seq: string; chain_id: string }>('SELECT id, seq, chain_id FROM audit.access_events WHERE id = ANY($1::uuid[]) ORDER BY seq', [events.map((e) => e.id)]);
    expect(rows.map((r) => r.id)).toEqual(events.map((e) => e.id));
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3]);
    expect(await sql('SELECT 1 FROM audit.chains WHERE id = $1', [rows[0]!.chain_id])).toHaveLength(1);
    await expect(verifyAccessLog({ databaseUrl: db.url })).resolves.toMatchObject({ broken: [] });
  });

  it('commits the events of every request that asks while a write is under way in one write (group commit)', async () => {
    const writer = newWriter();
    await Promise.all(Array.from({ length: 50 }, () => writer.append([now()])));
    expect(writer.stats).toEqual({ writes: 1, events: 50, failures: 0 });
    const groups = 10;
    const appends: Promise<void>[] = [];
    for (let group = 0; group < groups; group++) {
      for (let request = 0; request < 20; request++) appends.push(writer.append([now(), now()]));
      await nextTick();
    }
    await Promise.all(appends);
    expect(writer.stats.events).toBe(50 + 400);
    expect(writer.stats.writes - 1).toBeLessThanOrEqual(groups);
    await expect(verifyAccessLog({ databaseUrl: db.url })).resolves.toMatchObject({ broken: [] });
  });

  it('rejects every append of a write that fails, and goes on in a new chain', async () => {
    const writer = newWriter();
    const first = now();
    await writer.append([first]);
    // A role the log does not know is refused by the table's check: the whole write fails.
    const refused = [writer.append([now()]), writer.append([now({ role: 'ROOT' as AccessEvent['role'] })])];
    await expect(refused[0]).rejects.toThrow();
    await expect(refused[1]).rejects.toThrow();
    expect(writer.stats.failures).toBe(1);
    const after = now();
    await writer.append([after]);
    const rows = await sql<{ id: string; chain_id: string; seq: string }>('SELECT id, chain_id, seq FROM audit.access_events WHERE id = ANY($1::uuid[])', [[first.id, after.id]]);
    const [a, b] = [rows.find((r) => r.id === first.id)!, rows.find((r) => r.id === after.id)!];
    expect(a.chain_id).not.toBe(b.chain_id);
    expect(Number(b.seq)).toBe(1);
    await expect(verifyAccessLog({ databaseUrl: db.url })).resolves.toMatchObject({ broken: [] });
  });

  it('rejects appends when PostgreSQL cannot be reached', async () => {
    const writer = newWriter({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none', timeoutMs: 2_000 });
    await expect(writer.append([now()])).rejects.toThrow();
  });

  it('makes the monthly partition of an event (and of the month after) before writing into it', async () => {
    const writer = newWriter();
    const later = now({ recordedAt: new Date('2027-03-15T03:00:00Z') });
    await writer.append([later]);
    const partitions = await sql<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit.access_events'::regclass ORDER BY 1`,
    );
    expect(partitions.map((p) => p.name)).toEqual(expect.arrayContaining(['access_events_2027_03', 'access_events_2027_04']));
    expect(await sql('SELECT 1 FROM audit.access_events_2027_03 WHERE id = $1', [later.id])).toHaveLength(1);
  });
});

describe('the access log is append-only', () => {
  it('is a table partitioned by month', async () => {
    const [table] = await sql<{ kind: string; key: string }>(
      `SELECT c.relkind AS kind, pg_get_partkeydef(c.oid) AS key FROM pg_class c WHERE c.oid = 'audit.access_events'::regclass`,
    );
    expect(table).toEqual({ kind: 'p', key: 'RANGE (recorded_at)' });
  });

  it('the writer role may insert and read events, never change or delete them', async () => {
    const writer = new Client({ connectionString: db.url, options: `-c role=${AUDIT_WRITER_ROLE}` });
    await writer.connect();
    try {
      expect((await writer.query('SELECT current_user AS role')).rows[0]).toEqual({ role: AUDIT_WRITER_ROLE });
      expect(Number((await writer.query('SELECT count(*) AS n FROM audit.access_events')).rows[0].n)).toBeGreaterThan(0);
      for (const statement of ["UPDATE audit.access_events SET outcome = 'ALLOWED'", 'DELETE FROM audit.access_events', 'TRUNCATE audit.access_events', "UPDATE audit.chains SET writer = 'x'", 'DELETE FROM audit.chains']) {
        await expect(writer.query(statement)).rejects.toMatchObject({ code: '42501' });
      }
    } finally {
      await writer.end();
    }
  });

  it('refuses UPDATE, DELETE and TRUNCATE to the owner too (a trigger), partition by partition', async () => {
    for (const statement of ["UPDATE audit.access_events SET outcome = 'ALLOWED'", 'DELETE FROM audit.access_events', 'TRUNCATE audit.access_events', 'TRUNCATE audit.access_events_2027_03', 'DELETE FROM audit.chains']) {
      await expect(client.query(statement)).rejects.toMatchObject({ code: '42501', message: expect.stringContaining('append-only') });
    }
  });
});
