/**
 * Medication information covers the last 3 years (claims-derived, DOMAIN.md §9): the first
 * date it includes. 29 February falls back to 28 February.
 */
export function medicationWindowStart(today: string): string {
  const [year, month, day] = today.split('-') as [string, string, string];
  const start = `${Number(year) - 3}-${month}-${day}`;
  return month === '02' && day === '29' ? `${Number(year) - 3}-02-28` : start;
}
