import { GrantStore } from '../../../common/src/access/grant-store';
import { RedisCache } from '../../../common/src/cache/redis-cache';
import { createGrantFixture, GrantFixture, insertConsent } from '../../subgraphs/eligibility/grants-fixtures';

/** With Redis unreachable the cache answers as empty, so every answer comes from PostgreSQL, and is right. */
const GIVEN = new Date('2026-11-01T01:00:00Z');

let fixture: GrantFixture;
let cache: RedisCache;
let store: GrantStore;
beforeAll(async () => {
  fixture = await createGrantFixture();
  cache = await RedisCache.connect({ url: 'redis://127.0.0.1:1' });
  store = new GrantStore(fixture.db, cache, { now: () => new Date(GIVEN.getTime() + 60_000) });
});
afterAll(async () => {
  await cache.close();
  await fixture.close();
});

const consentAtInstitution = () =>
  insertConsent(fixture.pool, { personId: fixture.personId, institutionCode: fixture.institution.code, terminalId: fixture.institution.terminalId, grantedAt: GIVEN });

test('the cache is not connected', () => {
  expect(cache.ready).toBe(false);
});

test('grants are read from PostgreSQL every time, and a revocation is seen at once', async () => {
  const id = await consentAtInstitution();
  for (let i = 0; i < 2; i++) {
    const before = fixture.db.stats.statements;
    expect(await store.activeGrants(fixture.personId, fixture.institution.code)).toMatchObject([{ id }]);
    expect(fixture.db.stats.statements - before).toBe(1);
  }
  await fixture.pool.query('UPDATE grants SET revoked_at = $2 WHERE id = $1', [id, new Date(GIVEN.getTime() + 60_000)]);
  await expect(store.invalidate(fixture.personId, fixture.institution.code)).resolves.toBeUndefined();
  expect(await store.activeGrants(fixture.personId, fixture.institution.code)).toEqual([]);
});

test('an answer takes no longer than PostgreSQL does: commands to an unreachable Redis fail at once', async () => {
  await consentAtInstitution();
  const started = Date.now();
  await store.activeGrants(fixture.personId, fixture.institution.code);
  expect(Date.now() - started).toBeLessThan(1000);
});
