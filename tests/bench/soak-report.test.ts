import { LatencyHistogram } from '../../bench/latency-histogram';
import { heapGrowth, MemorySample, SoakRun, soakResults, soakVerdict } from '../../bench/soak-report';

const MIB = 1024 * 1024;

const sample = (atSeconds: number, gatewayHeapMib: number, subgraphsHeapMib = 80): MemorySample => ({
  atSeconds,
  gateway: { rss: 200 * MIB, heapUsed: gatewayHeapMib * MIB },
  subgraphs: { rss: 250 * MIB, heapUsed: subgraphsHeapMib * MIB },
  loadAverage: 1.5,
});

const run = (over: Partial<SoakRun> = {}): SoakRun => ({
  command: 'npm run soak',
  date: '2026-11-21',
  code: { commit: 'abc123def456', uncommitted: [] },
  people: 2000,
  persons: 100,
  seconds: 300,
  warmupSeconds: 30,
  concurrency: 8,
  rate: 40,
  postgres: '15.20',
  redis: '7.0.15',
  requests: 12_000,
  elapsedSeconds: 300,
  p50: 20,
  p99: 150,
  kinds: [{ name: 'physician-record', description: 'a physician reads a record', requests: 12_000, failed: 0 }],
  errors: {},
  warmup: { requests: 1200, failed: 0 },
  memory: [sample(0, 60), sample(150, 62), sample(301, 61)],
  ...over,
});

describe('the soak verdict', () => {
  test('passes with no failed request and heaps that did not grow beyond the allowance', () => {
    expect(soakVerdict(run())).toEqual({ passed: true, reasons: [] });
  });

  test('the allowance is 10 % of the heap at the start plus 8 MiB, judged from the first sample to the last', () => {
    expect(heapGrowth({ rss: 0, heapUsed: 100 * MIB }, { rss: 0, heapUsed: 118 * MIB })).toEqual({ growth: 18 * MIB, allowed: 18 * MIB, within: true });
    expect(heapGrowth({ rss: 0, heapUsed: 100 * MIB }, { rss: 0, heapUsed: 118 * MIB + 1 }).within).toBe(false);
    // A peak between the two is not growth: only where the heap ends after a full GC counts.
    expect(soakVerdict(run({ memory: [sample(0, 100), sample(150, 140), sample(301, 110)] })).passed).toBe(true);
  });

  test('fails on a growing gateway heap, or a growing heap of the subgraphs, naming the process', () => {
    const gateway = soakVerdict(run({ memory: [sample(0, 100), sample(301, 119)] }));
    expect(gateway.passed).toBe(false);
    expect(gateway.reasons).toEqual(['the gateway process\' heap grew by 19.0 MiB, more than the 18.0 MiB allowed']);
    const subgraphs = soakVerdict(run({ memory: [sample(0, 60, 80), sample(301, 60, 100)] }));
    expect(subgraphs.reasons).toEqual(['the subgraphs process\' heap grew by 20.0 MiB, more than the 16.0 MiB allowed']);
  });

  test('fails on any failed request, in the load or in the warm-up, giving the codes', () => {
    const failed = soakVerdict(run({ errors: { DOWNSTREAM_SERVICE_ERROR: 2, WRONG_ANSWER: 1 } }));
    expect(failed).toEqual({ passed: false, reasons: ['3 failed request(s): DOWNSTREAM_SERVICE_ERROR 2, WRONG_ANSWER 1'] });
    expect(soakVerdict(run({ warmup: { requests: 10, failed: 1 } })).reasons).toEqual(['1 failed request(s) in the warm-up']);
  });

  test('fails when nothing was answered or memory was not sampled at both ends', () => {
    expect(soakVerdict(run({ requests: 0 })).reasons).toEqual(['no request was answered']);
    expect(soakVerdict(run({ memory: [sample(0, 60)] })).reasons).toEqual(['memory was not sampled at the start and at the end']);
  });
});

describe('the soak results file', () => {
  test('gives the verdict, throughput, latency, errors by code, and memory at the start and the end', () => {
    const text = soakResults(run({ errors: { SERVICE_UNAVAILABLE: 4 }, memory: [sample(0, 60), sample(301, 61.5)] }));
    expect(text).toContain('**Verdict: FAILED**: 4 failed request(s): SERVICE_UNAVAILABLE 4.');
    expect(text).toContain('| 12,000 | 300 | 40.0 | 20.0 | 150.0 | 4 |');
    expect(text).toContain('| SERVICE_UNAVAILABLE | 4 |');
    expect(text).toContain('| gateway (its own process) | 60.0 MiB | 61.5 MiB | +1.5 MiB | 14.0 MiB | yes | 200.0 MiB | 200.0 MiB |');
    expect(text).toContain('1-minute load average at the start of the load: 1.50');
    expect(text).toContain('Code: commit abc123def456, nothing uncommitted.');
  });

  test('says so when nothing failed', () => {
    const text = soakResults(run());
    expect(text).toContain('**Verdict: passed**');
    expect(text).toMatch(/## Errors by code\n\nNone\./);
  });
});

describe('the latency histogram', () => {
  test('gives percentiles to 0.1 ms from buckets of fixed size', () => {
    const histogram = new LatencyHistogram();
    expect(histogram.percentile(0.99)).toBe(0);
    for (let ms = 1; ms <= 100; ms++) histogram.record(ms);
    expect(histogram.count).toBe(100);
    expect(histogram.percentile(0.5)).toBeCloseTo(50, 5);
    expect(histogram.percentile(0.99)).toBeCloseTo(99, 5);
    histogram.record(12.34);
    expect(histogram.percentile(0)).toBeCloseTo(1, 5);
  });

  test('counts a latency beyond a minute as a minute', () => {
    const histogram = new LatencyHistogram();
    histogram.record(120_000);
    expect(histogram.percentile(1)).toBe(60_000);
  });
});
