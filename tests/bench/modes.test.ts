import { credentialsFor } from '../../bench/credentials';
import { measure } from '../../bench/measure';
import { MODES, Target } from '../../bench/modes';
import { personsWithFullRecords } from '../../bench/persons';
import { gatewayBody, isWhole } from '../../bench/record-query';
import { checkSameRecords } from '../../bench/same-record';
import { startTestStack, TEST_AS_OF, TestStack } from '../support/stack';

describe('bench modes against the whole system', () => {
  let system: TestStack;
  const targets: Array<{ name: string; target: Target }> = [];
  let persons: string[];

  beforeAll(async () => {
    system = await startTestStack({ people: 150 });
    const credentials = await credentialsFor({
      token: await system.tokenFor('physician'), auth: system.auth, databaseUrl: system.db.url, accessContextSecret: system.stack.accessContextSecret, today: TEST_AS_OF,
    });
    for (const mode of MODES) targets.push({ name: mode.name, target: await mode.start({ stack: system.stack, databaseUrl: system.db.url, credentials }) });
    persons = await personsWithFullRecords(system.db.url, 5);
  });

  afterAll(async () => {
    for (const { target } of targets) await target.close();
    await system.stop();
  });

  test('the persons picked have claims, checkups and medications in the record', async () => {
    expect(persons.length).toBeGreaterThan(0);
    const response = await fetch(system.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(await system.authorization('physician')) }, body: gatewayBody(persons[0]!) });
    const text = await response.text();
    expect(isWhole(text)).toBe(true);
    const person = (JSON.parse(text) as { data: { person: Record<string, { totalCount: number }> } }).data.person;
    expect(person.claims!.totalCount).toBeGreaterThan(0);
    expect(person.checkups!.totalCount).toBeGreaterThan(0);
    expect(person.medications!.totalCount).toBeGreaterThan(0);
  });

  test('every mode gives the same record', async () => {
    expect(targets.map((t) => t.name)).toEqual(expect.arrayContaining(['gateway', 'direct']));
    await expect(checkSameRecords(targets, persons)).resolves.toBeUndefined();
  });

  test('a short measurement answers requests without failures and counts their SQL statements', async () => {
    for (const { target } of targets) {
      const m = await measure(target, persons, { seconds: 1, warmupSeconds: 0, connections: 2 });
      expect(m.requests).toBeGreaterThan(0);
      expect(m.failures).toBe(0);
      expect(m.statementsPerRequest).toBeGreaterThan(3);
      expect(m.p99).toBeGreaterThanOrEqual(m.p50);
      expect(m.peakRss).toBeGreaterThan(0);
    }
  });

  test('a response with errors or without data does not count as whole', () => {
    expect(isWhole('{"data":{"person":null},"errors":[{"message":"x"}]}')).toBe(false);
    expect(isWhole('{"errors":[]}')).toBe(false);
    expect(isWhole('{"data":{"person":{}}}')).toBe(true);
  });
});
