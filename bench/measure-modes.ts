import { loadavg } from 'node:os';
import { LoadShape, measureOnce, Measurement, ModeResult, warmUp } from './measure';
import { Mode, Target } from './modes';
import { combineRounds, roundOrder } from './rounds';

export interface ModesMeasured {
  /** In the order of the modes given. */
  readonly results: ModeResult[];
  /** The machine's 1-minute load average when the runs began, and the highest seen after a run. */
  readonly loadAverage: { readonly atStart: number; readonly highest: number };
}

const summary = (m: Measurement): string =>
  `${Math.round(m.requestsPerSecond)} requests/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.statementsPerRequest.toFixed(2)} statements/request, ${m.failures} failed`;

/**
 * Warms every mode up, then measures them in `rounds` rounds, the modes in turn in each (each
 * round starting one mode later), and puts each mode's rounds together.
 */
export async function measureModes(
  targets: ReadonlyArray<{ readonly mode: Mode; readonly target: Target }>,
  persons: readonly string[],
  shape: LoadShape,
  rounds: number,
  log: (line: string) => void,
): Promise<ModesMeasured> {
  const atStart = loadavg()[0]!;
  let highest = atStart;
  for (const { mode, target } of targets) {
    log(`${mode.name}: ${shape.warmupSeconds} s warm-up…`);
    await warmUp(target, persons, shape);
  }
  const measured = new Map<Mode, Measurement[]>(targets.map(({ mode }) => [mode, []]));
  for (let round = 0; round < rounds; round++) {
    for (const { mode, target } of roundOrder(targets, round)) {
      const measurement = await measureOnce(target, persons, shape);
      highest = Math.max(highest, loadavg()[0]!);
      log(`round ${round + 1}/${rounds}, ${mode.name}: ${summary(measurement)}`);
      measured.get(mode)!.push(measurement);
    }
  }
  const results = targets.map(({ mode }) => ({ mode, measurement: combineRounds(measured.get(mode)!), rounds: measured.get(mode)! }));
  for (const { mode, measurement } of results) log(`${mode.name}: ${summary(measurement)}`);
  return { results, loadAverage: { atStart, highest } };
}
