import { analyticsReport, AnalyticsBenchRun, percentile } from '../../bench/analytics-report';

describe('the analytics benchmark report', () => {
  it('percentiles by the nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect([percentile(values, 50), percentile(values, 95), percentile(values, 100), percentile([7], 50)]).toEqual([5, 10, 10, 7]);
    expect(percentile([], 50)).toBeNaN();
  });

  it('names the scale, the commit, the refresh by family and each query', () => {
    const run: AnalyticsBenchRun = {
      command: 'npm run bench:analytics -- --people 1000',
      date: '2026-11-21',
      code: { commit: 'abc123def456', uncommitted: [] },
      people: 1000,
      postgres: '15.20',
      cores: 2,
      seedSeconds: 3.2,
      sourceRows: { 'checkups.checkups': 1234 },
      refresh: { seconds: 1.5, families: { checkups: { groups: 900, primary: 800, secondary: 50, milliseconds: 1200 } }, rolloutDays: 69, rolloutMs: 30 },
      queries: [{ name: 'checkups national', query: '{ checkupResults(fiscalYear: 2025, by: []) { rows { examined { value } } } }', requests: 4, latencies: [4, 1, 3, 2], latenciesWithoutPolicy: [1, 1, 2, 2], rows: 1, statementsPerRequest: 2 }],
    };
    const report = analyticsReport(run);
    expect(report).toContain('**1,000 synthetic people**');
    expect(report).toContain('commit abc123def456, nothing uncommitted');
    expect(report).toContain('| checkups | 900 | 800 | 50 | 1.2 |');
    expect(report).toContain('| checkups national | 4 | 2.0 | 4.0 | 4.0 | 1.0 | 1 | 2.0 |');
    expect(report).toContain('`npm run bench:analytics -- --people 1000`');
  });
});
