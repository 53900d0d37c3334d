import { QueryResultRow } from 'pg';
import { Cache } from '../../../common/src/cache/cache';
import { GrantStore } from '../../../common/src/access/grant-store';
import { SqlReader } from '../../../common/src/access/sql-reader';
import { createGrantFixture, GrantFixture, insertConsent } from '../../subgraphs/eligibility/grants-fixtures';
import { CACHE_IMPLEMENTATIONS } from '../../support/caches';
import { TtlRecordingCache } from './grant-store-caches';

/** One contract for the grant store, run on each Cache implementation over a real PostgreSQL. */
const GIVEN = new Date('2026-11-01T01:00:00Z');
const MINUTE = 60_000;
const after = (ms: number): Date => new Date(GIVEN.getTime() + ms);

let fixture: GrantFixture;
beforeAll(async () => {
  fixture = await createGrantFixture();
});
afterAll(async () => {
  await fixture.close();
});
afterEach(async () => {
  await fixture.pool.query('DELETE FROM grants');
});

describe.each(CACHE_IMPLEMENTATIONS)('GrantStore on %s', (_name, makeCache) => {
  let cache: Cache;
  let clock: Date;
  let store: GrantStore;
  beforeEach(async () => {
    cache = await makeCache();
    clock = after(MINUTE);
    store = new GrantStore(fixture.db, cache, { now: () => clock });
  });
  afterEach(async () => {
    await cache.close();
  });

  const consentAtInstitution = (categories?: string[]) =>
    insertConsent(fixture.pool, { personId: fixture.personId, institutionCode: fixture.institution.code, terminalId: fixture.institution.terminalId, grantedAt: GIVEN, categories });
  const statementsFor = async <T>(read: () => Promise<T>): Promise<[T, number]> => {
    const before = fixture.db.stats.statements;
    const result = await read();
    return [result, fixture.db.stats.statements - before];
  };

  it('reads PostgreSQL on a miss and the cache on a hit, with the same answer', async () => {
    const id = await consentAtInstitution(['MEDICATIONS', 'CHECKUPS']);
    const [first, missStatements] = await statementsFor(() => store.activeGrants(fixture.personId, fixture.institution.code));
    const [second, hitStatements] = await statementsFor(() => store.activeGrants(fixture.personId, fixture.institution.code));
    expect(missStatements).toBe(1);
    expect(hitStatements).toBe(0);
    expect(first).toEqual([
      {
        id,
        basis: 'CONSENT',
        personId: fixture.personId,
        institutionCode: fixture.institution.code,
        categories: ['MEDICATIONS', 'CHECKUPS'],
        verification: 'CARD_FACE',
        terminalId: fixture.institution.terminalId,
        grantedAt: GIVEN,
        expiresAt: after(24 * 60 * MINUTE),
        // A consent is opened by no one's login, with no statement, identification or disaster.
        openedBy: null,
        purpose: null,
        identification: null,
        disasterId: null,
      },
    ]);
    expect(second).toEqual(first);
  });

  it('answers for that person at that institution only', async () => {
    await consentAtInstitution();
    expect(await store.activeGrants(fixture.personId, fixture.otherInstitution.code)).toEqual([]);
    expect(await store.activeGrants(fixture.otherPersonId, fixture.institution.code)).toEqual([]);
    expect(await store.activeGrants(fixture.personId, null)).toEqual([]);
    expect(await store.activeGrants(fixture.personId, fixture.institution.code)).toHaveLength(1);
  });

  it('returns a consent 23 h 59 min after it was given and not at 24 h 01 min, though the cache still holds it', async () => {
    await consentAtInstitution();
    clock = after((23 * 60 + 59) * MINUTE);
    expect(await store.activeGrants(fixture.personId, fixture.institution.code)).toHaveLength(1);
    clock = after((24 * 60 + 1) * MINUTE);
    const [grants, statements] = await statementsFor(() => store.activeGrants(fixture.personId, fixture.institution.code));
    expect(statements).toBe(0);
    expect(grants).toEqual([]);
  });

  it('makes a revocation visible at once through the cache', async () => {
    const id = await consentAtInstitution();
    expect(await store.activeGrants(fixture.personId, fixture.institution.code)).toHaveLength(1);
    await fixture.pool.query('UPDATE grants SET revoked_at = $2 WHERE id = $1', [id, clock]);
    await store.invalidate(fixture.personId, fixture.institution.code);
    expect(await store.activeGrants(fixture.personId, fixture.institution.code)).toEqual([]);
  });

  it('makes a new consent visible at once, though "no consent" was cached before it', async () => {
    expect(await store.activeGrants(fixture.personId, fixture.institution.code)).toEqual([]);
    await consentAtInstitution();
    await store.invalidate(fixture.personId, fixture.institution.code);
    expect(await store.activeGrants(fixture.personId, fixture.institution.code)).toHaveLength(1);
  });

  it('does not cache what a read fetched before a revocation that committed while the read was under way', async () => {
    const id = await consentAtInstitution();
    let fetched!: () => void;
    let resume!: () => void;
    const fetchedRows = new Promise<void>((resolve) => (fetched = resolve));
    const resumed = new Promise<void>((resolve) => (resume = resolve));
    const slowReader: SqlReader = {
      async query<R extends QueryResultRow>(text: string, values?: readonly unknown[]): Promise<R[]> {
        const rows = await fixture.db.query<R>(text, values);
        fetched();
        await resumed;
        return rows;
      },
    };
    const slowStore = new GrantStore(slowReader, cache, { now: () => clock });
    const reading = slowStore.activeGrants(fixture.personId, fixture.institution.code);
    await fetchedRows;
    await fixture.pool.query('UPDATE grants SET revoked_at = $2 WHERE id = $1', [id, clock]);
    await store.invalidate(fixture.personId, fixture.institution.code);
    resume();
    expect(await reading).toHaveLength(1);
    expect(await store.activeGrants(fixture.personId, fixture.institution.code)).toEqual([]);
  });

  it('keeps the patient\'s own grants (no institution) apart from an institution\'s', async () => {
    await fixture.pool.query(
      `INSERT INTO grants (person_id, basis, categories, granted_at, expires_at) VALUES ($1, 'SELF', '{MEDICATIONS,CHECKUPS,MEDICAL_CARE}', $2, $3)`,
      [fixture.personId, GIVEN, after(60 * MINUTE)],
    );
    expect(await store.activeGrants(fixture.personId, null)).toMatchObject([{ basis: 'SELF', institutionCode: null, verification: null, terminalId: null }]);
    expect(await store.activeGrants(fixture.personId, fixture.institution.code)).toEqual([]);
  });

  it('shares one entry whatever the case of the person id, so an invalidation reaches it', async () => {
    const id = await consentAtInstitution();
    expect(await store.activeGrants(fixture.personId.toUpperCase(), fixture.institution.code)).toHaveLength(1);
    await fixture.pool.query('UPDATE grants SET revoked_at = $2 WHERE id = $1', [id, clock]);
    await store.invalidate(fixture.personId, fixture.institution.code);
    expect(await store.activeGrants(fixture.personId.toUpperCase(), fixture.institution.code)).toEqual([]);
  });

  it('reads PostgreSQL for a moment before the one the cached answer was read for', async () => {
    await consentAtInstitution();
    clock = after(25 * 60 * MINUTE);
    expect(await store.activeGrants(fixture.personId, fixture.institution.code)).toEqual([]);
    const [grants, statements] = await statementsFor(() => store.activeGrants(fixture.personId, fixture.institution.code, after(60 * MINUTE)));
    expect(statements).toBe(1);
    expect(grants).toHaveLength(1);
  });

  it('has no grants for an id no person can have, and does not ask PostgreSQL', async () => {
    expect(await statementsFor(() => store.activeGrants('123456789012', fixture.institution.code))).toEqual([[], 0]);
  });

  it('treats a damaged entry as a miss', async () => {
    await consentAtInstitution();
    await cache.set(`access:grants:${fixture.personId}:${fixture.institution.code}`, '{"generation":"","since":"not a time","grants":[]}');
    const [grants, statements] = await statementsFor(() => store.activeGrants(fixture.personId, fixture.institution.code));
    expect(statements).toBe(1);
    expect(grants).toHaveLength(1);
  });

  describe('how long an answer is cached', () => {
    const ENTRY = () => `access:grants:${fixture.personId}:${fixture.institution.code}`;
    let recording: TtlRecordingCache;
    beforeEach(() => {
      recording = new TtlRecordingCache(cache);
      store = new GrantStore(fixture.db, recording, { now: () => clock });
    });

    it('a minute at most', async () => {
      await consentAtInstitution();
      await store.activeGrants(fixture.personId, fixture.institution.code);
      expect(recording.ttls.get(ENTRY())).toBe(60);
    });

    it('a minute when there is no grant', async () => {
      await store.activeGrants(fixture.personId, fixture.institution.code);
      expect(recording.ttls.get(ENTRY())).toBe(60);
    });

    it('no longer than until the earliest grant expires', async () => {
      await consentAtInstitution();
      clock = new Date(GIVEN.getTime() + 24 * 60 * MINUTE - 30_000);
      await store.activeGrants(fixture.personId, fixture.institution.code);
      expect(recording.ttls.get(ENTRY())).toBe(30);
    });

    it('not at all when the earliest grant expires within a second', async () => {
      await consentAtInstitution();
      clock = new Date(GIVEN.getTime() + 24 * 60 * MINUTE - 500);
      expect(await store.activeGrants(fixture.personId, fixture.institution.code)).toHaveLength(1);
      expect(recording.ttls.has(ENTRY())).toBe(false);
    });
  });
});
