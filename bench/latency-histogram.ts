/** Resolution of the histogram, in milliseconds. */
const STEP_MS = 0.1;
/** Latencies above this many milliseconds are counted as this. */
const CEILING_MS = 60_000;

/**
 * Latencies in fixed buckets of 0.1 ms up to a minute: memory fixed at the start, however long
 * the run, so that the load's own bookkeeping does not grow the process it measures.
 */
export class LatencyHistogram {
  private readonly counts = new Uint32Array(Math.round(CEILING_MS / STEP_MS) + 1);
  private total = 0;

  record(ms: number): void {
    const bucket = Math.min(this.counts.length - 1, Math.max(0, Math.round(ms / STEP_MS)));
    this.counts[bucket]!++;
    this.total++;
  }

  get count(): number {
    return this.total;
  }

  /** The latency (ms) that `fraction` (0-1) of the recorded ones are at or under; 0 when none was recorded. */
  percentile(fraction: number): number {
    if (this.total === 0) return 0;
    const rank = Math.max(1, Math.ceil(fraction * this.total));
    let seen = 0;
    for (let bucket = 0; bucket < this.counts.length; bucket++) {
      seen += this.counts[bucket]!;
      if (seen >= rank) return bucket * STEP_MS;
    }
    return CEILING_MS;
  }
}
