import { runStandalone } from '../../common/src/run-standalone';
import { analyticsModule } from './index';

/** ANALYTICS_REFRESH_MINUTES: minutes between refreshes of the aggregates (0: only at start); default 15. */
function refreshMinutes(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const minutes = Number(value);
  if (!Number.isInteger(minutes) || minutes < 0) {
    console.error(`analytics subgraph failed to start: ANALYTICS_REFRESH_MINUTES must be a whole number of minutes, got ${value}`);
    process.exit(1);
  }
  return minutes;
}

runStandalone(analyticsModule({ refreshMinutes: refreshMinutes(process.env.ANALYTICS_REFRESH_MINUTES) }));
