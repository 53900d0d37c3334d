import { percent, msPerRequest } from './figures';
import { ModeResult } from './measure';
import { PolicyPart } from './modes';
import { pairedCost, pairedSpread } from './paired-cost';

/** The target: the access policy costs at most this share of the gateway's throughput. */
export const POLICY_COST_TARGET = 0.1;

interface Comparison {
  readonly on: ModeResult;
  readonly off: ModeResult;
  readonly part: PolicyPart;
}

const PART_NAMES: Record<PolicyPart, string> = {
  WHOLE: 'the whole policy, at the gateway and in the subgraphs',
  SUBGRAPHS: "the subgraphs' part alone",
};

function comparisons(results: readonly ModeResult[]): Comparison[] {
  return results.flatMap((on) => {
    const cost = on.mode.policyCost;
    const off = cost && results.find((r) => r.mode.name === cost.withoutPolicy);
    return cost && off ? [{ on, off, part: cost.part }] : [];
  });
}

const addedMs = ({ on, off }: Comparison): number => msPerRequest(on.measurement.requestsPerSecond) - msPerRequest(off.measurement.requestsPerSecond);

function figures(c: Comparison): string {
  const [m, o] = [c.on.measurement, c.off.measurement];
  return (
    `- **${c.on.mode.name}** against **${c.off.mode.name}** (${PART_NAMES[c.part]}): ` +
    `requests/s ${Math.round(m.requestsPerSecond)} against ${Math.round(o.requestsPerSecond)} (${percent(m.requestsPerSecond, o.requestsPerSecond)}), ` +
    `p50 latency ${m.p50.toFixed(1)} against ${o.p50.toFixed(1)} ms (${percent(m.p50, o.p50)}), p99 latency ${m.p99.toFixed(1)} against ${o.p99.toFixed(1)} ms (${percent(m.p99, o.p99)}), ` +
    `SQL statements per request ${m.statementsPerRequest.toFixed(2)} against ${o.statementsPerRequest.toFixed(2)}; about ${addedMs(c).toFixed(1)} ms more per request.`
  );
}

function verdict(c: Comparison): string {
  const cost = pairedCost(c.on, c.off);
  const target = `the target of at most ${(POLICY_COST_TARGET * 100).toFixed(0)} %`;
  if (cost.median < 0) {
    return `- The policy costs no throughput measurable in this run (the gateway with it answered ${(-cost.median * 100).toFixed(1)} % more, ${pairedSpread(cost)}): within ${target}.`;
  }
  const within = cost.median <= POLICY_COST_TARGET;
  return `- The policy costs **${(cost.median * 100).toFixed(1)} %** of throughput, ${pairedSpread(cost)}: ${within ? 'within' : '**over**'} ${target}.`;
}

/** Where the whole policy's time per request goes, when the subgraphs' part was measured on its own and the whole stood out of the noise. */
function split(whole: Comparison, subgraphs: Comparison): string {
  const [all, part] = [addedMs(whole), addedMs(subgraphs)];
  if (all <= 0 || part > all) {
    return `- Where it goes: the subgraphs' part alone adds about ${part.toFixed(1)} ms per request; the whole policy's time per request in this run (${all.toFixed(1)} ms) is within its noise, so it is not split.`;
  }
  return (
    `- Where it goes: of the about ${all.toFixed(1)} ms per request the whole policy adds, about ${part.toFixed(1)} ms (${((part / all) * 100).toFixed(0)} %) are the subgraphs' ` +
    `(deciding every field of every record) and about ${(all - part).toFixed(1)} ms the gateway's (deciding the operation's fields before planning).`
  );
}

/** The results file's lines on the policy: each mode with it against the same without it, the whole against the target, and where its cost goes. */
export function policyCostLines(results: readonly ModeResult[]): string[] {
  const found = comparisons(results);
  const whole = found.find((c) => c.part === 'WHOLE');
  const subgraphs = found.find((c) => c.part === 'SUBGRAPHS');
  return [
    ...(whole ? [figures(whole), verdict(whole)] : []),
    ...(subgraphs ? [figures(subgraphs)] : []),
    ...(whole && subgraphs ? [split(whole, subgraphs)] : []),
  ];
}
