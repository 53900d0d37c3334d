import { Pool } from 'pg';
import { analyticsSubgraph, refreshMinutesFromEnvironment } from '../../../subgraphs/analytics/src';
import { refreshAnalytics } from '../../../subgraphs/analytics/src/refresh/refresh';
import { Refresher } from '../../../subgraphs/analytics/src/refresh/refresher';
import { createTestDatabase, TestDatabase } from '../../support/postgres';
import { CRAFTED_CHECKUPS, FISCAL_YEAR, insertCheckups, insertCraftedCheckups, KYOKAI_TOKYO } from './crafted-checkups';
import { AnalyticsHarness, CRAFTED_TODAY, startAnalyticsHarness } from './harness';

const NATIONAL = `query($year: Int!) { checkupResults(fiscalYear: $year, by: []) { refreshedAt rows { examined { value } } } }`;
type National = { checkupResults: { refreshedAt: string; rows: Array<{ examined: { value: number } }> } };

describe('the refresh', () => {
  let harness: AnalyticsHarness;
  beforeAll(async () => {
    harness = await startAnalyticsHarness((sql) => insertCraftedCheckups(sql));
  });
  afterAll(async () => harness?.close());

  it('computes the aggregates as the subgraph starts, never computed before', async () => {
    const response = await harness.query<National>(NATIONAL, { year: FISCAL_YEAR });
    expect(response.data!.checkupResults.rows[0]!.examined.value).toBe(CRAFTED_CHECKUPS.reduce((n, c) => n + c.count, 0));
  });

  it('follows the data when it changes: new checkups count from the next refresh, and the answers say when that was', async () => {
    const before = (await harness.query<National>(NATIONAL, { year: FISCAL_YEAR })).data!.checkupResults;
    await insertCheckups(harness.sql, [{ insurer: KYOKAI_TOKYO, prefecture: '13', sex: 'MALE', age: 50, guidance: 'INFORMATION', metabolic: 'NOT_APPLICABLE', count: 25 }], 10_000);
    const unchanged = (await harness.query<National>(NATIONAL, { year: FISCAL_YEAR })).data!.checkupResults;
    expect(unchanged).toEqual(before);
    const report = await harness.server.refresh();
    expect(report?.families.checkups.groups).toBeGreaterThan(0);
    const after = (await harness.query<National>(NATIONAL, { year: FISCAL_YEAR })).data!.checkupResults;
    expect(after.rows[0]!.examined.value).toBe(before.rows[0]!.examined.value + 25);
    expect(Date.parse(after.refreshedAt)).toBeGreaterThan(Date.parse(before.refreshedAt));
  });

  it('one refresh at a time: while another holds the refresh, one gives way (null); once it is done, the next runs', async () => {
    const pool = harness.db.pool('analytics');
    const other = await harness.sql.connect();
    try {
      await other.query('BEGIN');
      await other.query("SELECT pg_advisory_xact_lock(hashtext('analytics:refresh'))");
      expect(await refreshAnalytics(pool, CRAFTED_TODAY)).toBeNull();
      await other.query('COMMIT');
    } finally {
      other.release();
    }
    expect(await refreshAnalytics(pool, CRAFTED_TODAY)).not.toBeNull();
  });
});

describe('a subgraph deployed without the other schemas', () => {
  let db: TestDatabase;
  afterAll(async () => db?.drop());

  it('starts without computing anything, and answers no rows', async () => {
    db = await createTestDatabase();
    await db.migrate(analyticsSubgraph);
    const pool: Pool = db.pool('analytics');
    const refresher = new Refresher(pool, { intervalMinutes: 0 });
    await refresher.start();
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM refresh_state');
    expect(rows[0].n).toBe(0);
    await refresher.stop();
  });
});

describe('ANALYTICS_REFRESH_MINUTES', () => {
  it.each([
    [undefined, 15],
    ['', 15],
    ['0', 0],
    ['60', 60],
  ])('%p → every %i minutes', (value, minutes) => {
    expect(refreshMinutesFromEnvironment(value)).toBe(minutes);
  });

  it.each(['-1', '1.5', 'hourly'])('%p is refused', (value) => {
    expect(() => refreshMinutesFromEnvironment(value)).toThrow('ANALYTICS_REFRESH_MINUTES must be a whole number of minutes');
  });
});
