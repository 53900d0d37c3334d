import { consentAtCardReader } from '../../tools/card-reader-consent';
import { credentialsFor, Credentials } from '../../bench/credentials';
import { measureModes } from '../../bench/measure-modes';
import { Mode, startTargets, Target } from '../../bench/modes';
import { personsWithFullRecords } from '../../bench/persons';
import { gatewayBody, isWhole } from '../../bench/record-query';
import { startGatewayWithoutLog } from '../../bench/no-log-gateway';
import { checkSameRecords } from '../../bench/same-record';
import { RunningGateway } from '../../gateway/src/gateway';
import { RunningStack, startStack } from '../../tools/stack';
import { postGraphQL } from '../support/graphql';
import { startTestStack, TEST_AS_OF, TEST_POOL_SIZE, TestStack } from '../support/stack';

const postRecord = async (url: string, headers: Readonly<Record<string, string>> | undefined, body: string): Promise<string> =>
  (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })).text();

describe('bench modes against the whole system', () => {
  let system: TestStack | undefined;
  let withoutPolicy: RunningStack | undefined;
  let withoutLog: RunningGateway | undefined;
  let credentials: Credentials;
  let targets: Array<{ mode: Mode; target: Target }> = [];
  let persons: string[];
  /** A person with a full record who has not consented at the physician's hospital. */
  let notConsented: string;

  beforeAll(async () => {
    system = await startTestStack({ people: 150 });
    withoutPolicy = await startStack({
      databaseUrl: system.db.url, gatewayPort: 0, ide: false, auth: system.auth, accessContextSecret: system.stack.accessContextSecret, today: () => TEST_AS_OF,
      fieldPolicy: false, accessLog: false, subgraphPoolSize: TEST_POOL_SIZE,
    });
    withoutLog = await startGatewayWithoutLog(system.stack, { databaseUrl: system.db.url, auth: system.auth, accessContextSecret: system.stack.accessContextSecret });
    credentials = await credentialsFor({
      token: await system.tokenFor('physician'), auth: system.auth, databaseUrl: system.db.url, accessContextSecret: system.stack.accessContextSecret, today: TEST_AS_OF,
    });
    const picked = await personsWithFullRecords(system.db.url, 6);
    persons = picked.slice(0, 5);
    notConsented = picked[5]!;
    await consentAtCardReader(system.db.url, credentials.institutionCode, persons);
    targets = await startTargets({ withPolicy: system.stack, withoutPolicy, withoutLog }, credentials);
  });

  afterAll(async () => {
    for (const { target } of targets) await target.close();
    await withoutLog?.stop();
    await withoutPolicy?.stop();
    await system?.stop();
  });

  test('the persons picked have claims, checkups and medications in the record the physician reads under their consent', async () => {
    expect(persons.length).toBe(5);
    const text = await postRecord(system!.url, await system!.authorization('physician'), gatewayBody(persons[0]!));
    expect(isWhole(text)).toBe(true);
    const person = (JSON.parse(text) as { data: { person: Record<string, { totalCount: number }> } }).data.person;
    expect(person.claims!.totalCount).toBeGreaterThan(0);
    expect(person.checkups!.totalCount).toBeGreaterThan(0);
    expect(person.medications!.totalCount).toBeGreaterThan(0);
  });

  test('without the consent the gateway with the policy does not give the record', async () => {
    const text = await postRecord(system!.url, await system!.authorization('physician'), gatewayBody(notConsented));
    expect(isWhole(text)).toBe(false);
    expect(text).toContain('CONSENT_REQUIRED');
  });

  test('the persons picked were told of every diagnosis on their claims', async () => {
    const untold = await system!.sql(
      `SELECT 1 FROM receipts.claims c JOIN receipts.claim_diagnoses d ON d.claim_id = c.id WHERE c.person_id = ANY($1::uuid[]) AND NOT d.told`,
      [persons],
    );
    expect(untold).toEqual([]);
  });

  test('every mode gives the same record', async () => {
    expect(targets.map((t) => t.mode.name)).toEqual(['direct', 'direct-policy', 'gateway-no-policy', 'gateway-no-log', 'gateway']);
    await expect(checkSameRecords(targets.map(({ mode, target }) => ({ name: mode.name, target })), persons)).resolves.toBeUndefined();
  });

  test('gateway-no-policy answers a field the policy withholds from the physician, gateway refuses it', async () => {
    const query = 'query($id: ID!) { person(id: $id) { cardCertificates { kind } } }';
    const ask = (url: string) => postGraphQL<{ person: { cardCertificates: unknown[] | null } }>(url, query, { id: persons[0] }, { ...credentials.gatewayHeaders });
    const answered = await ask(withoutPolicy!.gateway.url);
    expect(answered.errors).toBeUndefined();
    expect(Array.isArray(answered.data?.person.cardCertificates)).toBe(true);
    const refused = await ask(system!.url);
    expect(refused.data?.person.cardCertificates).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('each mode runs against the stack of its policy setting: only that stack runs statements', async () => {
    for (const { mode, target } of targets) {
      const [on, off] = [system!.stack.statements(), withoutPolicy!.statements()];
      expect(isWhole(await postRecord(target.url, target.headers, target.bodyFor(persons[1]!)))).toBe(true);
      const [ranOn, ranOff] = [system!.stack.statements() - on, withoutPolicy!.statements() - off];
      expect({ mode: mode.name, withPolicy: ranOn > 0, withoutPolicy: ranOff > 0 }).toEqual({ mode: mode.name, withPolicy: mode.fieldPolicy, withoutPolicy: !mode.fieldPolicy });
    }
  });

  test('only the gateway mode writes the access log: an event per request, committed before its answer', async () => {
    const events = async () => Number((await system!.sql<{ n: string }>('SELECT count(*) AS n FROM audit.access_events'))[0]!.n);
    for (const { mode, target } of targets) {
      const before = await events();
      expect(isWhole(await postRecord(target.url, target.headers, target.bodyFor(persons[2]!)))).toBe(true);
      expect({ mode: mode.name, logged: (await events()) - before }).toEqual({ mode: mode.name, logged: mode.accessLog ? 1 : 0 });
    }
  });

  test('a short measurement in two rounds answers requests without failures and counts their SQL statements', async () => {
    const lines: string[] = [];
    const { results, loadAverage } = await measureModes(targets, persons, { seconds: 1, warmupSeconds: 0, connections: 2 }, 2, (line) => lines.push(line));
    expect(results.map((r) => r.mode.name)).toEqual(targets.map((t) => t.mode.name));
    for (const { measurement: m } of results) {
      expect(m.requests).toBeGreaterThan(0);
      expect(m.seconds).toBeGreaterThanOrEqual(2);
      expect(m.failures).toBe(0);
      expect(m.statementsPerRequest).toBeGreaterThan(3);
      expect(m.p99).toBeGreaterThanOrEqual(m.p50);
      expect(m.peakRss).toBeGreaterThan(0);
    }
    expect(lines.filter((line) => line.startsWith('round ')).length).toBe(2 * targets.length);
    expect(loadAverage.highest).toBeGreaterThanOrEqual(loadAverage.atStart);
  });

  test('a response with errors or without data does not count as whole', () => {
    expect(isWhole('{"data":{"person":null},"errors":[{"message":"x"}]}')).toBe(false);
    expect(isWhole('{"errors":[]}')).toBe(false);
    expect(isWhole('{"data":{"person":{}}}')).toBe(true);
  });
});
