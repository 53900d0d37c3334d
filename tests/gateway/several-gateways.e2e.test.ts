import { randomUUID } from 'node:crypto';
import { DISASTER_REGIONS_CHANNEL } from '../../common/src/access/disaster-regions';
import { createCache, SharedCache } from '../../common/src/cache/create-cache';
import { todayInJapan, addDays } from '../../common/src/japan-calendar';
import { gatewayConfigFor } from '../support/gateway-config';
import { IdentificationRateLimit } from '../../gateway/src/features/use-identification-rate-limit';
import { RunningGateway, startGateway } from '../../gateway/src/gateway';
import { GraphQLResponse, postGraphQL } from '../support/graphql';
import { startTestStack, TestStack } from '../support/stack';

/**
 * Two gateway instances on the same PostgreSQL and Redis (DOMAIN.md §4.4; the rule 7): a
 * disaster declared or closed through one is in force, or not, on the other within a second (the
 * change announced by PostgreSQL, the truth); identification searches are counted for both
 * together in Redis.
 */

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const LIMIT: IdentificationRateLimit = { perUser: 3, perInstitution: 5, windowSeconds: 600 };
/** For the gateway that is asked again and again until a declaration shows: no limit it could reach. */
const NO_LIMIT: IdentificationRateLimit = { perUser: 1_000_000, perInstitution: 1_000_000, windowSeconds: 600 };
const SEARCH = `mutation($input: DisasterAccessInput!) { openDisasterAccess(input: $input) { grant { id } } }`;
const PATIENT = { name: '検索 対象', birthDate: '1970-01-01', sex: 'MALE', address: '中野' };

const codeOf = (response: GraphQLResponse<unknown>): string | undefined => {
  const extensions = response.errors?.[0]?.extensions;
  return extensions === undefined ? undefined : String(extensions.code === 'FORBIDDEN' ? extensions.reason : extensions.code);
};

describe('two gateway instances on one PostgreSQL and one Redis', () => {
  // Keys of this run only, so no other run's counters count here.
  const redisPrefix = `test-${randomUUID()}:`;
  let t: TestStack;
  /** A second gateway counting with the stack's: the same Redis keys. */
  let b: RunningGateway;
  /** A second gateway asked until a declaration shows, counting apart. */
  let watcher: RunningGateway;
  const caches: SharedCache[] = [];
  let location: { prefectureCode: string; municipalityCode: string };
  const today = todayInJapan();

  async function secondGateway(prefix: string, identificationRateLimit: IdentificationRateLimit): Promise<RunningGateway> {
    const cache = await createCache(REDIS_URL, undefined, prefix);
    caches.push(cache);
    return startGateway(
      gatewayConfigFor(t, { redisUrl: REDIS_URL, identificationRateLimit, today: undefined }),
      undefined,
      { cache },
    );
  }

  beforeAll(async () => {
    t = await startTestStack({ people: 30, redisUrl: REDIS_URL, redisPrefix, identificationRateLimit: LIMIT });
    b = await secondGateway(redisPrefix, LIMIT);
    watcher = await secondGateway(`test-${randomUUID()}:`, NO_LIMIT);
    const [row] = await t.sql<{ prefectureCode: string; municipalityCode: string }>(
      'SELECT prefecture_code AS "prefectureCode", municipality_code AS "municipalityCode" FROM eligibility.institutions WHERE code = $1',
      [t.persona('physician').institution],
    );
    location = row!;
  });
  afterAll(async () => {
    await b?.stop();
    await watcher?.stop();
    for (const cache of caches) await cache.close();
    await t?.stop();
  });

  const search = async (url: string, sub?: string) => {
    const physician = t.persona('physician');
    return postGraphQL(url, SEARCH, { input: { patient: PATIENT, purpose: 'PROTECT_LIFE_OR_BODY' } }, await t.authorizationAs(sub ? { ...physician, sub } : physician));
  };

  /** The time from now until `check` holds for a request to `url`, polling every 20 ms for at most 3 s. */
  async function millisecondsUntil(url: string, check: (code: string | undefined) => boolean): Promise<number> {
    const start = Date.now();
    while (Date.now() - start < 3000) {
      if (check(codeOf(await search(url)))) return Date.now() - start;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return Number.POSITIVE_INFINITY;
  }

  it('a declaration made through one gateway is in force on the other within a second, and so is its closing', async () => {
    // The other gateway has read the declarations (none) and holds them.
    expect(codeOf(await search(watcher.url))).toBe('DISASTER_MODE_INACTIVE');
    const declared = await postGraphQL<{ declareDisaster: { id: string } }>(
      t.url,
      'mutation($input: DeclareDisasterInput!) { declareDisaster(input: $input) { id } }',
      { input: { name: '令和8年中野地震', regions: [location], startsOn: today, endsOn: addDays(today, 6) } },
      await t.authorization('operator'),
    );
    expect(await millisecondsUntil(watcher.url, (code) => code === 'NO_MATCH')).toBeLessThan(1000);

    await postGraphQL(
      t.url,
      'mutation($id: ID!, $m: String!) { closeDisasterRegion(disasterId: $id, municipalityCode: $m) { id } }',
      { id: declared.data!.declareDisaster.id, m: location.municipalityCode },
      await t.authorization('operator'),
    );
    expect(await millisecondsUntil(watcher.url, (code) => code === 'DISASTER_MODE_INACTIVE')).toBeLessThan(1000);
  });

  it('it is the announcement that tells them: a region written without one stays unknown until it is announced', async () => {
    await t.sql(
      `WITH d AS (INSERT INTO eligibility.disasters (name, declared_at, declared_by) VALUES ('令和8年中野水害', now(), 'internal-operator-01') RETURNING id)
       INSERT INTO eligibility.disaster_regions (disaster_id, prefecture_code, municipality_code, starts_at, ends_at, updated_at)
       SELECT d.id, $1, $2, now() - interval '1 hour', now() + interval '1 day', now() FROM d`,
      [location.prefectureCode, location.municipalityCode],
    );
    // The gateway holds what it read before.
    expect(codeOf(await search(watcher.url))).toBe('DISASTER_MODE_INACTIVE');
    await t.sql('SELECT pg_notify($1, $2)', [DISASTER_REGIONS_CHANNEL, 'changed']);
    expect(await millisecondsUntil(watcher.url, (code) => code === 'NO_MATCH')).toBeLessThan(1000);
  });

  it('identification searches are limited per user and per institution across both: 429 RATE_LIMITED beyond', async () => {
    // A disaster is in force for the physician's hospital (the previous test's): every search is let through to be counted.
    const [other] = await t.sql<{ login: string }>(
      `SELECT login_id AS login FROM eligibility.staff WHERE institution_code = $1 AND qualification = 'PHYSICIAN' AND login_id <> $2 ORDER BY login_id LIMIT 1`,
      [t.persona('physician').institution, t.persona('physician').sub],
    );
    for (let i = 0; i < LIMIT.perUser; i++) expect(codeOf(await search(t.url))).toBe('NO_MATCH');
    const overUser = await search(b.url);
    expect([overUser.status, overUser.errors?.[0]?.extensions]).toEqual([429, { code: 'RATE_LIMITED', limit: 'USER', retryAfterSeconds: expect.any(Number) }]);
    // Another physician of the same hospital still searches, until the hospital's limit.
    expect(codeOf(await search(b.url, other!.login))).toBe('NO_MATCH');
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await t.authorizationAs({ ...t.persona('physician'), sub: other!.login })) },
      body: JSON.stringify({ query: SEARCH, variables: { input: { patient: PATIENT, purpose: 'PROTECT_LIFE_OR_BODY' } } }),
    });
    const body = (await response.json()) as GraphQLResponse<unknown>;
    expect([response.status, body.errors?.[0]?.extensions?.limit]).toEqual([429, 'INSTITUTION']);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(LIMIT.windowSeconds);
  });
});
