import { Measurement } from './measure';

/**
 * The order of the modes in round `round` (from 0): each round starts one mode later, so that
 * no mode is always measured first or last while other work on the machine comes and goes.
 */
export function roundOrder<T>(modes: readonly T[], round: number): T[] {
  const shift = modes.length === 0 ? 0 : round % modes.length;
  return [...modes.slice(shift), ...modes.slice(0, shift)];
}

/** The middle value, or the mean of the two middle ones. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * One mode's rounds as one measurement: requests/s over all of them, statements over all requests
 * sent, the highest RSS, the failures of all; p50 and p99 the median of the rounds' own (the
 * latency histograms themselves are not kept).
 */
export function combineRounds(rounds: readonly Measurement[]): Measurement {
  if (rounds.length === 0) throw new Error('no rounds to combine');
  const sum = (of: (m: Measurement) => number): number => rounds.reduce((total, m) => total + of(m), 0);
  const [requests, sent, seconds] = [sum((m) => m.requests), sum((m) => m.sent), sum((m) => m.seconds)];
  return {
    requests,
    sent,
    seconds,
    requestsPerSecond: requests / seconds,
    p50: median(rounds.map((m) => m.p50)),
    p99: median(rounds.map((m) => m.p99)),
    statementsPerRequest: sent > 0 ? sum((m) => m.statementsPerRequest * m.sent) / sent : 0,
    peakRss: Math.max(...rounds.map((m) => m.peakRss)),
    failures: sum((m) => m.failures),
  };
}
