import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { verifyAccessLog } from '../../common/src/audit/verify-access-log';
import { ERRORS } from '../../common/src/errors';
import { runLoadLoop } from '../../tools/load-loop';
import { RedisServer, startRedisServer } from '../../tools/redis-server';
import { ServiceProcess } from '../../tools/service-process';
import { requestsWithoutEvents } from '../support/access-events';
import { startTestStack, TestStack } from '../support/stack';
import { startSubgraphProcess } from '../support/subgraph-process';

/**
 * Faults under a steady load: while concurrent clients read records through the gateway, the
 * receipts subgraph (a process of its own) is killed (SIGKILL) and started again, then the Redis server the stack shares is
 * restarted (its own, on a free port). Every answer is the expected data, or that data with the
 * failed part null and a registered error naming the failure, or a clean error; never a 500, an
 * INTERNAL_SERVER_ERROR, a dropped connection or another person's data. Every answer that carried a
 * person's data has its access event, and the log's chains are whole.
 */

const RECORD = 'query($id: ID!) { person(id: $id) { name { kanji } birthDate medications(first: 3) { nodes { drugName dispensedOn } } claims(first: 3) { nodes { treatmentMonth claimType } } } }';
const CLIENTS = 8;
/** Requests started per second at most: a steady load the shared machine can hold while the faults come and go. */
const RATE = 60;
const MAX_REQUESTS = 4_000;
const MAX_MS = 45_000;
/** How long Redis is down when it restarts: beyond the cache client's longest wait between reconnections (2 s). */
const REDIS_DOWN_MS = 3_000;
/** The errors a fault may give: anything else (INTERNAL_SERVER_ERROR above all) fails the test. */
const CLEAN_CODES = new Set(['DOWNSTREAM_SERVICE_ERROR', 'SERVICE_UNAVAILABLE', 'AUDIT_UNAVAILABLE']);

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };
interface Answer {
  readonly n: number;
  readonly person: string;
  /** What was going on when the request was sent. */
  readonly phase: string;
  readonly status: number | null;
  readonly requestId: string | null;
  readonly data?: Json;
  readonly errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** Whether `actual` is `expected` with some parts (none, or all) of it null. */
function isExpectedWithNulls(actual: Json | undefined, expected: Json): boolean {
  if (actual === null) return true;
  if (actual === undefined || expected === null || typeof expected !== 'object') return actual === expected;
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && actual.every((a, i) => isExpectedWithNulls(a, expected[i]!));
  if (typeof actual !== 'object' || Array.isArray(actual)) return false;
  const keys = Object.keys(expected);
  return Object.keys(actual).length === keys.length && keys.every((key) => isExpectedWithNulls(actual[key], expected[key]!));
}

/** What is wrong with an answer; null when it is the expected data, or a clean error with what data it could give. */
function problemOf(answer: Answer, expected: Json): string | null {
  if (answer.status === null) return 'no answer (the connection failed)';
  const statuses = new Set([200, ...(answer.errors ?? []).map((e) => ERRORS[e.extensions?.code as keyof typeof ERRORS]?.definition.httpStatus)]);
  if (!statuses.has(answer.status)) return `HTTP ${answer.status}`;
  if (!answer.errors) return JSON.stringify(answer.data) === JSON.stringify(expected) ? null : 'not the expected data';
  for (const error of answer.errors) {
    const code = String(error.extensions?.code);
    if (!CLEAN_CODES.has(code)) return `error ${code}: ${error.message}`;
    if (code === 'DOWNSTREAM_SERVICE_ERROR' && typeof error.extensions?.serviceName !== 'string') return 'DOWNSTREAM_SERVICE_ERROR without serviceName';
    if (/ECONNREFUSED|127\.0\.0\.1|\bat \S+ \(/.test(JSON.stringify(error))) return `an error giving away internals: ${JSON.stringify(error)}`;
  }
  return isExpectedWithNulls(answer.data, expected) ? null : 'data that is not the expected data with parts null';
}

const carriesPersonData = (answer: Answer): boolean => {
  const person = (answer.data as { person?: Record<string, Json> | null } | null | undefined)?.person;
  return !!person && Object.values(person).some((value) => value !== null);
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('faults under load: a subgraph killed and started again, Redis restarted', () => {
  let redis: RedisServer;
  let t: TestStack;
  let receipts: ServiceProcess | undefined;
  let receiptsPort: number;
  const prefix = `faults-${randomBytes(4).toString('hex')}:`;
  const startReceipts = async () => {
    receipts = await startSubgraphProcess('receipts', { databaseUrl: t.db.url, accessContextSecret: t.stack.accessContextSecret, port: receiptsPort, redisUrl: redis.url });
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    // A circuit opened while receipts is down closes within a second of its return, well inside the phases below.
    t = await startTestStack({ people: 120, redisUrl: redis.url, redisPrefix: prefix, gatewaySettings: { circuitBreaker: { failureThreshold: 5, windowMs: 10_000, coolDownMs: 1_000 } } });
    // The receipts subgraph as a process of its own on the port the gateway knows it at, so that it can be killed outright.
    receiptsPort = Number(new URL(t.stack.subgraphs.receipts!.url).port);
    await t.stack.subgraphs.receipts!.stop();
    await startReceipts();
  });

  afterAll(async () => {
    await receipts?.stop();
    await t?.stop();
    await redis?.stop();
  });

  it('answers every request with the expected data or a clean error, and logs every answer that carried data', async () => {
    const persons = (await t.sql<{ id: string }>(
      `SELECT p.id::text AS id FROM eligibility.people p
        WHERE EXISTS (SELECT 1 FROM receipts.claims c WHERE c.person_id = p.id) AND EXISTS (SELECT 1 FROM prescriptions.dispensings d WHERE d.person_id = p.id)
        ORDER BY p.id LIMIT 12`,
    )).map((p) => p.id);
    for (const person of persons) await t.grantConsent(person);
    const headers = { 'content-type': 'application/json', ...(await t.authorization('physician')) };
    const ask = async (n: number, person: string, phase: string): Promise<Answer> => {
      try {
        const response = await fetch(t.url, { method: 'POST', headers, body: JSON.stringify({ query: RECORD, variables: { id: person } }) });
        const body = (await response.json()) as Pick<Answer, 'data' | 'errors'>;
        return { n, person, phase, status: response.status, requestId: response.headers.get('x-request-id'), ...body };
      } catch {
        return { n, person, phase, status: null, requestId: null };
      }
    };
    // The expected answers, before any fault: whole, each of its own person.
    const expected = new Map<string, Json>();
    for (const person of persons) {
      const answer = await ask(-1, person, 'before');
      expect(answer.errors).toBeUndefined();
      const record = (answer.data as { person: { name: { kanji: unknown }; medications: { nodes: unknown[] }; claims: { nodes: unknown[] } } }).person;
      expect(typeof record.name.kanji).toBe('string');
      expect([record.medications.nodes.length > 0, record.claims.nodes.length > 0]).toEqual([true, true]);
      expected.set(person, answer.data!);
    }
    expect(new Set([...expected.values()].map((data) => JSON.stringify(data))).size).toBe(persons.length);

    const answers: Answer[] = [];
    let phase = 'steady';
    let done = false;
    let keysBeforeRestart = 0;
    const redisKeys = () => execFileSync('redis-cli', ['-p', String(redis.port), '--scan', '--pattern', `${prefix}*`], { encoding: 'utf8' }).split('\n').filter(Boolean).length;
    const load = runLoadLoop({
      clients: CLIENTS,
      rate: RATE,
      maxRequests: MAX_REQUESTS,
      maxMs: MAX_MS,
      stopWhen: () => done,
      send: async (n) => void answers.push(await ask(n, persons[n % persons.length]!, phase)),
    });
    const faults = (async () => {
      await sleep(2_000);
      phase = 'receipts killed';
      receipts!.child.kill('SIGKILL');
      await receipts!.exited;
      await sleep(3_000);
      await startReceipts();
      phase = 'receipts restarted';
      await sleep(3_000);
      keysBeforeRestart = redisKeys();
      phase = 'redis down';
      await redis.restart(REDIS_DOWN_MS);
      phase = 'redis restarted';
      await sleep(4_000);
      phase = 'after';
      await sleep(3_000);
      done = true;
    })();
    await Promise.all([load, faults]);

    const byPhase = (name: string) => answers.filter((a) => a.phase === name);
    // The load ran through every phase, the stack did keep its cache in the Redis restarted, and the stopped subgraph did show.
    for (const name of ['steady', 'receipts killed', 'receipts restarted', 'redis down', 'redis restarted', 'after']) expect(byPhase(name).length).toBeGreaterThan(10);
    expect(keysBeforeRestart).toBeGreaterThan(0);
    expect(redisKeys()).toBeGreaterThan(0);
    expect(byPhase('receipts killed').some((a) => a.errors?.some((e) => e.extensions?.code === 'DOWNSTREAM_SERVICE_ERROR' && e.extensions.serviceName === 'receipts'))).toBe(true);

    const problems = answers.map((a) => ({ n: a.n, phase: a.phase, problem: problemOf(a, expected.get(a.person)!) })).filter((p) => p.problem !== null);
    expect(problems).toEqual([]);
    // Once the faults are over, every answer is whole again.
    expect(byPhase('after').filter((a) => a.errors)).toEqual([]);

    const withData = answers.filter(carriesPersonData);
    expect(withData.length).toBeGreaterThan(answers.length / 2);
    expect(withData.every((a) => a.requestId !== null)).toBe(true);
    expect(await requestsWithoutEvents(t, withData.map((a) => a.requestId!))).toEqual([]);
    expect((await verifyAccessLog({ databaseUrl: t.db.url })).broken).toEqual([]);
  }, 120_000);
});
