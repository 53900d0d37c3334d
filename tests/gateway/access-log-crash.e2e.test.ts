import { verifyAccessLog } from '../../common/src/audit/verify-access-log';
import { GatewayProcess, startGatewayProcess } from '../../tools/gateway-process';
import { runLoadLoop } from '../../tools/load-loop';
import { requestsWithoutEvents } from '../support/access-events';
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
/** Bounds of the load, far beyond what reaching KILL_AFTER takes. */
const MAX_REQUESTS = 5_000;
const MAX_MS = 90_000;

describe('the access log when the gateway is killed under load', () => {
  let t: TestStack;
  let gateway: GatewayProcess | undefined;

  beforeAll(async () => {
    t = await startTestStack({ people: 120 });
  });

  afterAll(async () => {
    await gateway?.stop();
    await t?.stop();
  });

  it('loses no event of an answer that was received (SIGKILL mid-load)', async () => {
    const persons = (await t.sql<{ id: string }>(
      `SELECT p.id::text AS id FROM eligibility.people p WHERE EXISTS (SELECT 1 FROM prescriptions.dispensings d WHERE d.person_id = p.id) ORDER BY p.id LIMIT 20`,
    )).map((p) => p.id);
    for (const person of persons) await t.grantConsent(person);
    if (t.auth.keys.kind !== 'development') throw new Error('the test stack signs development tokens');
    gateway = await startGatewayProcess({
      databaseUrl: t.db.url,
      accessContextSecret: t.stack.accessContextSecret,
      devKeysDirectory: t.auth.keys.directory,
      subgraphUrls: Object.fromEntries(Object.entries(t.stack.subgraphs).map(([name, s]) => [name, s.url])),
    });
    const { url, exited } = gateway;
    const headers = { 'content-type': 'application/json', ...(await t.authorization('physician')) };

    /** Request ids of the answers received whole, with the person's data. */
    const received: string[] = [];
    let killed = false;
    let gone = false;
    await runLoadLoop({
      clients: CLIENTS,
      maxRequests: MAX_REQUESTS,
      maxMs: MAX_MS,
      stopWhen: () => gone,
      send: async (n) => {
        try {
          const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: RECORD, variables: { id: persons[n % persons.length] } }) });
          const body = (await response.json()) as { data?: { person?: { name?: unknown } } };
          if (response.status === 200 && body.data?.person?.name) received.push(response.headers.get('x-request-id')!);
          if (!killed && received.length >= KILL_AFTER) {
            killed = true;
            gateway!.child.kill('SIGKILL');
          }
        } catch {
          if (!killed) throw new Error('a request failed before the gateway was killed');
          // The gateway is gone: the load is done.
          gone = true;
        }
      },
    });
    expect(killed).toBe(true);
    expect(await exited).toBe('SIGKILL');
    // Only answers received whole with the person's data count: one without it (AUDIT_UNAVAILABLE when
    // PostgreSQL is short of connections, say) has nothing to lose.
    expect(received.length).toBeGreaterThanOrEqual(KILL_AFTER);

    expect(await requestsWithoutEvents(t, received)).toEqual([]);
    // A write is one statement: the kill leaves no chain half-written.
    expect((await verifyAccessLog({ databaseUrl: t.db.url })).broken).toEqual([]);
  }, 120_000);
});
