import { gatewayConfigFor, stackSubgraphUrls } from '../support/gateway-config';
import { RunningGateway, startGateway } from '../../gateway/src/gateway';
import { CircuitBreakerOptions } from '../../gateway/src/subgraphs/circuit-breaker';
import { receiptsSubgraph } from '../../subgraphs/receipts/src';
import { createPool } from '../../subgraphs/common/src/database';
import { RunningSubgraph } from '../../subgraphs/common/src/module';
import { GraphQLResponse, postGraphQL } from '../support/graphql';
import { HttpProxy, startHttpProxy } from '../support/http-proxy';
import { startTestStack, TEST_AS_OF, TestStack } from '../support/stack';

/**
 * Subgraphs that fail, through the gateway: each behind a loopback proxy that slows, cuts or counts
 * its requests. A failing subgraph costs the answer its own fields only, each marked
 * DOWNSTREAM_SERVICE_ERROR with its name; nothing is retried.
 */
const PERSON = 'query($id: ID!) { person(id: $id) { id name { kanji } claims { totalCount nodes { id } } } }';
const RECEIPTS_TIMEOUT_MS = 600;
const BREAKER: CircuitBreakerOptions = { failureThreshold: 3, windowMs: 10_000, coolDownMs: 1_500 };

type PersonAnswer = GraphQLResponse<{ person: { id: string; name: { kanji: string }; claims: { totalCount: number; nodes: Array<{ id: string }> } | null } | null }>;

let t: TestStack;
let receipts: HttpProxy;
let eligibility: HttpProxy;
let gateway: RunningGateway;
let physician: Record<string, string>;
let personA: string;
let personB: string;

beforeAll(async () => {
  t = await startTestStack({ people: 60 });
  const people = await t.sql<{ person_id: string }>(
    `SELECT DISTINCT c.person_id FROM receipts.claims c JOIN eligibility.card_certificates k ON k.person_id = c.person_id
      WHERE k.revoked_on IS NULL AND k.issued_on <= $1 AND $1 < k.expires_on ORDER BY c.person_id LIMIT 2`,
    [TEST_AS_OF],
  );
  [personA, personB] = people.map((row) => row.person_id) as [string, string];
  await t.grantConsent(personA);
  receipts = await startHttpProxy(t.stack.subgraphs.receipts!.url);
  eligibility = await startHttpProxy(t.stack.subgraphs.eligibility!.url);
  gateway = await startGateway({
    ...gatewayConfigFor(t),
    subgraphTimeouts: { receipts: RECEIPTS_TIMEOUT_MS },
    circuitBreaker: BREAKER,
    subgraphUrls: { ...stackSubgraphUrls(t), receipts: receipts.url, eligibility: eligibility.url },
  }, () => undefined, { cache: t.stack.gateway.cache });
  physician = await t.authorization('physician');
});
afterAll(async () => {
  await gateway?.stop();
  await receipts?.close();
  await eligibility?.close();
  await t?.stop();
});
beforeEach(() => {
  receipts.mode = 'PASS';
  eligibility.mode = 'PASS';
});

const askPerson = (id: string, headers = physician) => postGraphQL(gateway.url, PERSON, { id }, headers) as Promise<PersonAnswer>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The claims part of a request to receipts (the others are the person's own fields, from eligibility). */
const receiptsRequests = () => receipts.requests.filter((body) => body.includes('claims')).length;

describe('a slow subgraph', () => {
  it('costs only its own fields, marked TIMEOUT with its name, within its own timeout', async () => {
    receipts.mode = 'DELAY';
    receipts.delayMs = 5_000;
    const started = Date.now();
    const answer = await askPerson(personA);
    const took = Date.now() - started;
    expect(answer.status).toBe(200);
    expect(answer.data?.person).toEqual({ id: personA, name: { kanji: expect.any(String) }, claims: null });
    expect(answer.errors).toEqual([
      { message: expect.stringContaining(`${RECEIPTS_TIMEOUT_MS} ms`), path: ['person', 'claims'], extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'receipts', reason: 'TIMEOUT' } },
    ]);
    expect(took).toBeGreaterThanOrEqual(RECEIPTS_TIMEOUT_MS);
    expect(took).toBeLessThan(RECEIPTS_TIMEOUT_MS + 2_500);
  });

  it('is served in full once it answers in time', async () => {
    await sleep(BREAKER.coolDownMs);
    const answer = await askPerson(personA);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.person?.claims?.totalCount).toBeGreaterThan(0);
  });
});

describe('the circuit breaker, with a subgraph stopped and started again on the same port', () => {
  let restarted: RunningSubgraph | undefined;
  afterAll(async () => restarted?.stop());

  it('opens after consecutive failures, then fails fast without a request, and closes when the subgraph is back', async () => {
    const subgraph = t.stack.subgraphs.receipts!;
    const port = Number(new URL(subgraph.url).port);
    await subgraph.stop();

    for (let i = 0; i < BREAKER.failureThreshold; i++) {
      const answer = await askPerson(personA);
      expect(answer.errors?.[0]?.extensions).toEqual({ code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'receipts', reason: 'UNREACHABLE' });
    }
    const sent = receiptsRequests();
    const started = Date.now();
    const open = await askPerson(personA);
    expect(Date.now() - started).toBeLessThan(500);
    expect(open.data?.person?.name.kanji).toEqual(expect.any(String));
    expect(open.errors).toEqual([
      { message: expect.any(String), path: ['person', 'claims'], extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'receipts', reason: 'CIRCUIT_OPEN' } },
    ]);
    expect(receiptsRequests()).toBe(sent);

    restarted = await receiptsSubgraph.start({
      pool: createPool({ connectionString: t.db.url, schema: receiptsSubgraph.schema, max: 2 }),
      accessContextSecret: t.stack.accessContextSecret,
      cache: t.stack.gateway.cache,
      port,
    });
    expect((await askPerson(personA)).errors?.[0]?.extensions?.reason).toBe('CIRCUIT_OPEN');
    expect(receiptsRequests()).toBe(sent);

    await sleep(BREAKER.coolDownMs);
    const trial = await askPerson(personA);
    expect(trial.errors).toBeUndefined();
    expect(trial.data?.person?.claims?.totalCount).toBeGreaterThan(0);
    expect(receiptsRequests()).toBe(sent + 1);
    expect((await askPerson(personA)).errors).toBeUndefined();
  });
});

describe('nothing is retried', () => {
  it('a mutation whose subgraph did the work but whose answer was lost is sent exactly once', async () => {
    const report = await t.consentReport(personB, ['MEDICATIONS']);
    const grants = async () => Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM eligibility.grants WHERE person_id = $1', [personB]))[0]!.n);
    const before = await grants();
    eligibility.mode = 'FORWARD_THEN_RESET';
    const sent = eligibility.requests.length;
    const answer = await postGraphQL(
      gateway.url,
      'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
      { input: report },
      await t.authorization('clerk'),
    );
    await sleep(500);
    expect(answer.data).toBeNull();
    expect(answer.errors).toEqual([
      { message: expect.any(String), path: ['recordConsent'], extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'eligibility', reason: 'UNREACHABLE' } },
    ]);
    expect(eligibility.requests.slice(sent).filter((body) => body.includes('recordConsent'))).toHaveLength(1);
    expect(await grants()).toBe(before + 1);
  });

  it('nor is a query', async () => {
    eligibility.mode = 'RESET';
    const sent = eligibility.requests.length;
    const answer = await askPerson(personA);
    await sleep(300);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'eligibility' });
    expect(eligibility.requests.length - sent).toBe(1);
  });
});

describe('never another person\'s data', () => {
  it('with receipts failing every other request, each caller\'s answer holds their own person only', async () => {
    // Wait out any circuit a test above left open.
    await sleep(BREAKER.coolDownMs);
    const patientA = await t.patientAuthorization(personA);
    const patientB = await t.patientAuthorization(personB);
    const claimsOf = async (id: string) => (await t.sql<{ id: string }>('SELECT id::text FROM receipts.claims WHERE person_id = $1', [id])).map((row) => row.id);
    const [claimsA, claimsB] = [await claimsOf(personA), await claimsOf(personB)];
    let failures = 0;
    for (let round = 0; round < 4; round++) {
      receipts.mode = round % 2 === 0 ? 'RESET' : 'PASS';
      const answers = await Promise.all([askPerson(personA, patientA), askPerson(personB, patientB), askPerson(personA, patientA), askPerson(personB, patientB)]);
      answers.forEach((answer, index) => {
        const [own, other, ownClaims, otherClaims] = index % 2 === 0 ? [personA, personB, claimsA, claimsB] : [personB, personA, claimsB, claimsA];
        const text = JSON.stringify(answer);
        expect(answer.data?.person?.id).toBe(own);
        expect(text).not.toContain(other);
        for (const claim of otherClaims) expect(text).not.toContain(claim);
        for (const item of answer.data?.person?.claims?.nodes ?? []) expect(ownClaims).toContain(item.id);
        for (const error of answer.errors ?? []) expect(error).toMatchObject({ path: ['person', 'claims'], extensions: { serviceName: 'receipts' } });
        failures += answer.errors?.length ?? 0;
      });
    }
    expect(failures).toBeGreaterThan(0);
  });
});
