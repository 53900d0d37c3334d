import { percent, msPerRequest } from './figures';
import { ModeResult } from './measure';
import { pairedCost, pairedSpread } from './paired-cost';

/** The target: the access log costs at most this share of the gateway's throughput. */
export const LOG_COST_TARGET = 0.1;

/** What the gateway's writer did while the modes were measured. */
export interface LogWrites {
  readonly writes: number;
  readonly events: number;
}

/** The results file's lines on the access log: the mode with it against the same without it, against the target, and how its writes were grouped. */
export function logCostLines(results: readonly ModeResult[], writes: LogWrites | null): string[] {
  return results.flatMap((on) => {
    const cost = on.mode.logCost;
    const off = cost && results.find((r) => r.mode.name === cost.withoutLog);
    if (!cost || !off) return [];
    const [m, o] = [on.measurement, off.measurement];
    const paired = pairedCost(on, off);
    const share = paired.median * 100;
    const within = share <= LOG_COST_TARGET * 100;
    const added = msPerRequest(m.requestsPerSecond) - msPerRequest(o.requestsPerSecond);
    return [
      `- **${on.mode.name}** against **${off.mode.name}**: requests/s ${Math.round(m.requestsPerSecond)} against ${Math.round(o.requestsPerSecond)} (${percent(m.requestsPerSecond, o.requestsPerSecond)}), ` +
        `p50 latency ${m.p50.toFixed(1)} against ${o.p50.toFixed(1)} ms (${percent(m.p50, o.p50)}), p99 latency ${m.p99.toFixed(1)} against ${o.p99.toFixed(1)} ms (${percent(m.p99, o.p99)}); ` +
        `about ${Math.abs(added).toFixed(1)} ms ${added >= 0 ? 'more' : 'less'} per request.`,
      share >= 0
        ? `- The access log costs **${share.toFixed(1)} %** of throughput, ${pairedSpread(paired)}: ${within ? 'within' : '**over**'} the target of at most ${(LOG_COST_TARGET * 100).toFixed(0)} %.`
        : `- The access log costs no throughput measurable in this run (the gateway with it answered ${(-share).toFixed(1)} % more, ${pairedSpread(paired)}): within the target of at most ${(LOG_COST_TARGET * 100).toFixed(0)} %.`,
      ...(writes && writes.writes > 0
        ? [`- Group commit: during the warm-up and the runs the gateway committed ${writes.events.toLocaleString('en')} events in ${writes.writes.toLocaleString('en')} INSERTs, ${(writes.events / writes.writes).toFixed(1)} events per commit.`]
        : []),
    ];
  });
}
