import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { verifyAccessLog } from '../../common/src/audit/verify-access-log';
import { startTestStack, TestStack } from '../support/stack';

/**
 * Crash safety of the access log: an answer leaves the gateway only once its events are committed,
 * so killing the gateway (SIGKILL, no chance to flush anything) under load loses no event of an
 * answer that was received. The gateway runs as its own process (gateway/src/main.ts) on a free
 * port, in front of the test stack's subgraphs.
 */

const RECORD = 'query($id: ID!) { person(id: $id) { name { kanji } medications(first: 3) { nodes { drugName } } claims(first: 2) { nodes { treatmentMonth } } } }';
const CLIENTS = 16;
/** Answers received before the gateway is killed, while CLIENTS requests are in flight. */
const KILL_AFTER = 150;

function startGatewayProcess(t: TestStack): { child: ChildProcess; url: Promise<string> } {
  if (t.auth.keys.kind !== 'development') throw new Error('the test stack signs development tokens');
  const { AUTH_JWKS_URL: _jwks, AUTH_ISSUER: _issuer, AUTH_AUDIENCE: _audience, REDIS_URL: _redis, NODE_ENV: _env, ...rest } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'gateway', 'src', 'main.ts')], {
    env: {
      ...rest,
      PORT: '0',
      IDE: 'false',
      REGISTRY_DATABASE_URL: t.db.url,
      AUDIT_DATABASE_URL: t.db.url,
      ACCESS_CONTEXT_SECRET: t.stack.accessContextSecret,
      AUTH_DEV_KEYS_DIR: t.auth.keys.directory,
      SUBGRAPH_URLS: Object.entries(t.stack.subgraphs).map(([name, s]) => `${name}=${s.url}`).join(','),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the gateway did not start: ${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /gateway ready at (http:\S+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', () => reject(new Error(`the gateway exited: ${output}`)));
  });
  return { child, url };
}

describe('the access log when the gateway is killed under load', () => {
  let t: TestStack;
  let gateway: ChildProcess | undefined;

  beforeAll(async () => {
    t = await startTestStack({ people: 120 });
  });

  afterAll(async () => {
    if (gateway && gateway.exitCode === null && gateway.signalCode === null) gateway.kill('SIGKILL');
    await t?.stop();
  });

  it('loses no event of an answer that was received (SIGKILL mid-load)', async () => {
    const persons = (await t.sql<{ id: string }>(
      `SELECT p.id::text AS id FROM eligibility.people p WHERE EXISTS (SELECT 1 FROM prescriptions.dispensings d WHERE d.person_id = p.id) ORDER BY p.id LIMIT 20`,
    )).map((p) => p.id);
    for (const person of persons) await t.grantConsent(person);
    const started = startGatewayProcess(t);
    gateway = started.child;
    const url = await started.url;
    const exited = new Promise<NodeJS.Signals | null>((resolve) => gateway!.once('exit', (_code, signal) => resolve(signal)));
    const headers = { 'content-type': 'application/json', ...(await t.authorization('physician')) };

    /** Request ids of the answers received whole, with the person's data. */
    const received: string[] = [];
    let killed = false;
    const client = async (offset: number): Promise<void> => {
      for (let i = offset; ; i++) {
        try {
          const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: RECORD, variables: { id: persons[i % persons.length] } }) });
          const body = (await response.json()) as { data?: { person?: { name?: unknown } } };
          if (response.status === 200 && body.data?.person?.name) received.push(response.headers.get('x-request-id')!);
          if (!killed && received.length >= KILL_AFTER) {
            killed = true;
            gateway!.kill('SIGKILL');
          }
        } catch {
          // The gateway is gone: this client is done.
          if (killed) return;
          throw new Error('a request failed before the gateway was killed');
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
    expect(await exited).toBe('SIGKILL');
    // Only answers received whole with the person's data count: one without it (AUDIT_UNAVAILABLE when
    // PostgreSQL is short of connections, say) has nothing to lose.
    expect(received.length).toBeGreaterThanOrEqual(KILL_AFTER);

    const logged = new Set(
      (await t.sql<{ request_id: string }>('SELECT DISTINCT request_id FROM audit.access_events WHERE request_id = ANY($1::text[])', [received])).map((r) => r.request_id),
    );
    expect(received.filter((requestId) => !logged.has(requestId))).toEqual([]);
    // A write is one statement: the kill leaves no chain half-written.
    expect((await verifyAccessLog({ databaseUrl: t.db.url })).broken).toEqual([]);
  }, 120_000);
});
