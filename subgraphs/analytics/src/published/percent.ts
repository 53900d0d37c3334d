/**
 * A share as the seeds print it: a percentage rounded to one decimal, halves up (seed 000:
 * 48,866 / 228,321 → 21.4 %; seed 001: 11,467 / 89,151 → 12.9 %). Worked out in whole numbers,
 * so no binary fraction tips a half the wrong way. Null without a total.
 */
export function percentAsPrinted(count: number, total: number): number | null {
  if (total <= 0) return null;
  return Math.floor((count * 2000 + total) / (2 * total)) / 10;
}

/** A difference of two one-decimal percentages, itself to one decimal. */
export function pointsBetween(target: number, actual: number): number {
  return Math.round((target - actual) * 10) / 10;
}
