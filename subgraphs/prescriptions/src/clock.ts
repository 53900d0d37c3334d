/** Dates as the insurance systems count them: calendar days in Japan. */

const JAPAN_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Japan as YYYY-MM-DD. */
export function todayInJapan(now: Date = new Date()): string {
  return JAPAN_DATE.format(now);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Medication information covers the last 3 years (claims-derived, DOMAIN.md §9): the first
 * date it includes. 29 February falls back to 28 February.
 */
export function medicationWindowStart(today: string): string {
  const [year, month, day] = today.split('-') as [string, string, string];
  const start = `${Number(year) - 3}-${month}-${day}`;
  return month === '02' && day === '29' ? `${Number(year) - 3}-02-28` : start;
}
