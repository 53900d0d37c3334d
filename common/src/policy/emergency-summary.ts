import { versionAt } from './rule-lookup';
import { EmergencySummaryPeriods, Lookback } from './types';

/** The emergency summary's periods in force at `at`; null before the summary was offered. */
export function emergencySummaryAt(at: Date): EmergencySummaryPeriods | null {
  return versionAt(at)?.emergencySummary ?? null;
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The first day a part of the summary shows, counting back from `today` (YYYY-MM-DD, Japan): 3
 * months before 2026-05-31 is 2026-02-28 (the last day of a shorter month), 45 days are 45 days.
 */
export function lookbackStart(lookback: Lookback, today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  if ('days' in lookback) {
    const start = new Date(Date.UTC(year, month - 1, day - lookback.days));
    return start.toISOString().slice(0, 10);
  }
  const months = 'months' in lookback ? lookback.months : lookback.years * 12;
  const index = year * 12 + (month - 1) - months;
  const [startYear, startMonth] = [Math.floor(index / 12), (index % 12) + 1];
  const startDay = Math.min(day, daysInMonth(startYear, startMonth));
  return `${String(startYear).padStart(4, '0')}-${String(startMonth).padStart(2, '0')}-${String(startDay).padStart(2, '0')}`;
}

/** The first treatment month (診療年月, YYYY-MM) a part of the summary shows: the month its first day falls in. */
export const lookbackStartMonth = (lookback: Lookback, today: string): string => lookbackStart(lookback, today).slice(0, 7);
