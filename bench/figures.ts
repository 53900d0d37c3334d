/** The change from `base` to `value`, signed, in percent to one decimal (a true minus sign for a decrease). */
export const percent = (value: number, base: number): string => `${value >= base ? '+' : '−'}${(Math.abs(value / base - 1) * 100).toFixed(1)} %`;

/**
 * Milliseconds of the process per request: all modes run on one event loop that the load keeps
 * busy, so the difference between two modes is what one costs more per request.
 */
export const msPerRequest = (requestsPerSecond: number): number => 1000 / requestsPerSecond;
