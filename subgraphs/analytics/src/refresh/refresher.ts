import { Pool } from 'pg';
import { todayInJapan } from '../../../../common/src/japan-calendar';
import { logEvent } from '../../../../common/src/log';
import { refreshAnalytics, RefreshReport, sourcesExist } from './refresh';

export interface RefresherOptions {
  /** Minutes between refreshes; 0 refreshes only at start, and only if never refreshed. */
  readonly intervalMinutes: number;
  /** Today's date in Japan (YYYY-MM-DD); the real date unless a test fixes it. */
  readonly today?: () => string;
}

/**
 * Keeps the aggregates fresh: at start, when they were never computed (a new database, or data
 * just loaded), it computes them before the subgraph serves; then again every interval, in the
 * background. A failed refresh is logged and leaves the previous aggregates in place.
 */
export class Refresher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<RefreshReport | null> | null = null;

  constructor(
    private readonly pool: Pool,
    private readonly options: RefresherOptions,
  ) {}

  async start(): Promise<void> {
    const [state] = (await this.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM refresh_state')).rows;
    if (state?.n === 0 && (await sourcesExist({ query: async (text, values) => (await this.pool.query(text, values as unknown[])).rows }))) {
      await this.refresh();
    }
    if (this.options.intervalMinutes > 0) {
      this.timer = setInterval(() => void this.refresh(), this.options.intervalMinutes * 60_000);
      this.timer.unref();
    }
  }

  /** Refreshes now (or joins the refresh under way); null when another process holds the refresh. */
  refresh(): Promise<RefreshReport | null> {
    this.running ??= refreshAnalytics(this.pool, (this.options.today ?? todayInJapan)())
      .then((report) => {
        if (report) logEvent('analytics', 'refreshed', { durationMs: report.durationMs, rolloutDays: report.rolloutDays, ...report.families });
        return report;
      })
      .catch((error: unknown) => {
        logEvent('analytics', 'refresh-failed', { message: error instanceof Error ? error.message : String(error) });
        return null;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
