import { ModeResult } from './measure';
import { median } from './rounds';

/** The share of throughput a mode loses against another, round by round. */
export interface PairedCost {
  /** The median of the rounds' own shares (a fraction; negative when the mode answered more). */
  readonly median: number;
  readonly lowest: number;
  readonly highest: number;
  readonly rounds: number;
}

/**
 * What `on` costs against `off` in throughput, from the rounds: each round measures both within
 * seconds of each other, so a round's share is little moved by other work on the machine, which
 * comes and goes over minutes and weighs on all modes of a round alike; the median of the rounds'
 * shares is moved by none that hits a round or two.
 */
export function pairedCost(on: ModeResult, off: ModeResult): PairedCost {
  const rounds = Math.min(on.rounds.length, off.rounds.length);
  if (rounds === 0) throw new Error(`no rounds of ${on.mode.name} and ${off.mode.name} to pair`);
  const shares = Array.from({ length: rounds }, (_, round) => 1 - on.rounds[round]!.requestsPerSecond / off.rounds[round]!.requestsPerSecond);
  return { median: median(shares), lowest: Math.min(...shares), highest: Math.max(...shares), rounds };
}

/** "the median of 8 rounds' own (lowest 2.1 %, highest 9.8 %)". */
export function pairedSpread(cost: PairedCost): string {
  const pc = (share: number) => `${(share * 100).toFixed(1)} %`;
  return `the median of ${cost.rounds} rounds' own, each round measuring both within seconds of each other (lowest ${pc(cost.lowest)}, highest ${pc(cost.highest)})`;
}
