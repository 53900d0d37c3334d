import { cpus, totalmem } from 'node:os';
import { CodeVersion } from './code-version';

const MIB = 1024 * 1024;

/** A process' memory after a full garbage collection, in bytes. */
export interface ProcessMemory {
  readonly rss: number;
  readonly heapUsed: number;
}

export interface MemorySample {
  /** Seconds since the measured load began (0: after the warm-up, before the load). */
  readonly atSeconds: number;
  readonly gateway: ProcessMemory;
  /** The soak's own process: the subgraphs, the load's clients, and an idle in-process gateway. */
  readonly subgraphs: ProcessMemory;
  /** The machine's 1-minute load average then. */
  readonly loadAverage: number;
}

/** One kind of request of the mix. */
export interface KindFigures {
  readonly name: string;
  readonly description: string;
  readonly requests: number;
  readonly failed: number;
}

export interface SoakRun {
  readonly command: string;
  readonly date: string;
  readonly code: CodeVersion;
  readonly people: number;
  /** The persons the requests go through. */
  readonly persons: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly concurrency: number;
  /** Requests per second the load was held at, at most; 0 for as fast as the clients went. */
  readonly rate: number;
  readonly postgres: string;
  readonly redis: string;
  /** Requests answered (or failed) in the measured load. */
  readonly requests: number;
  readonly elapsedSeconds: number;
  /** Milliseconds, over every request of the measured load. */
  readonly p50: number;
  readonly p99: number;
  readonly kinds: readonly KindFigures[];
  /** Failed requests by what was wrong: an `extensions.code`, `HTTP_<status>`, `NETWORK_ERROR` or `WRONG_ANSWER`. */
  readonly errors: Readonly<Record<string, number>>;
  /** The warm-up's requests, not in the figures; a failure among them fails the verdict all the same. */
  readonly warmup: { readonly requests: number; readonly failed: number };
  /** In time order: the first after the warm-up, the last once the load is over. */
  readonly memory: readonly MemorySample[];
}

/** Heap growth allowed from the start of the load to its end: 10 % of the heap at the start plus 8 MiB. */
export const HEAP_GROWTH_ALLOWED = { fraction: 0.1, bytes: 8 * MIB } as const;

export interface HeapGrowth {
  readonly growth: number;
  readonly allowed: number;
  readonly within: boolean;
}

export function heapGrowth(start: ProcessMemory, end: ProcessMemory): HeapGrowth {
  const growth = end.heapUsed - start.heapUsed;
  const allowed = start.heapUsed * HEAP_GROWTH_ALLOWED.fraction + HEAP_GROWTH_ALLOWED.bytes;
  return { growth, allowed, within: growth <= allowed };
}

export interface SoakVerdict {
  readonly passed: boolean;
  /** Why it failed; empty when it passed. */
  readonly reasons: readonly string[];
}

const mib = (bytes: number): string => `${(bytes / MIB).toFixed(1)} MiB`;
const signedMib = (bytes: number): string => `${bytes >= 0 ? '+' : '−'}${mib(Math.abs(bytes))}`;

/** Passed: requests were made, none failed (in the warm-up either), and neither process' heap grew beyond HEAP_GROWTH_ALLOWED. */
export function soakVerdict(run: SoakRun): SoakVerdict {
  const reasons: string[] = [];
  if (run.requests === 0) reasons.push('no request was answered');
  const failed = Object.values(run.errors).reduce((sum, n) => sum + n, 0);
  if (failed > 0) reasons.push(`${failed} failed request(s): ${Object.entries(run.errors).map(([code, n]) => `${code} ${n}`).join(', ')}`);
  if (run.warmup.failed > 0) reasons.push(`${run.warmup.failed} failed request(s) in the warm-up`);
  const [start, end] = [run.memory[0], run.memory[run.memory.length - 1]];
  if (!start || !end || run.memory.length < 2) reasons.push('memory was not sampled at the start and at the end');
  else
    for (const process of ['gateway', 'subgraphs'] as const) {
      const g = heapGrowth(start[process], end[process]);
      if (!g.within) reasons.push(`the ${process} process' heap grew by ${mib(g.growth)}, more than the ${mib(g.allowed)} allowed`);
    }
  return { passed: reasons.length === 0, reasons };
}

function codeLine({ commit, uncommitted }: CodeVersion): string {
  if (commit === null) return 'Code: not in a git working tree.';
  if (uncommitted.length === 0) return `Code: commit ${commit}, nothing uncommitted.`;
  return `Code: commit ${commit}, with uncommitted changes to ${uncommitted.map((path) => `\`${path}\``).join(', ')}.`;
}

function memoryLines(run: SoakRun): string[] {
  const [start, end] = [run.memory[0], run.memory[run.memory.length - 1]];
  if (!start || !end) return ['Memory was not sampled.'];
  const row = (name: string, process: 'gateway' | 'subgraphs') => {
    const g = heapGrowth(start[process], end[process]);
    return `| ${name} | ${mib(start[process].heapUsed)} | ${mib(end[process].heapUsed)} | ${signedMib(g.growth)} | ${mib(g.allowed)} | ${g.within ? 'yes' : '**no**'} | ${mib(start[process].rss)} | ${mib(end[process].rss)} |`;
  };
  return [
    '| process | heap at start | heap at end | growth | allowed | within | RSS at start | RSS at end |',
    '|---|--:|--:|--:|--:|:-:|--:|--:|',
    row('gateway (its own process)', 'gateway'),
    row('subgraphs, load clients (the soak\'s process)', 'subgraphs'),
    '',
    'Every sample (after a full garbage collection in each process):',
    '',
    '| at (s) | gateway heap | gateway RSS | soak process heap | soak process RSS | load average (1 min) |',
    '|--:|--:|--:|--:|--:|--:|',
    ...run.memory.map((s) => `| ${s.atSeconds} | ${mib(s.gateway.heapUsed)} | ${mib(s.gateway.rss)} | ${mib(s.subgraphs.heapUsed)} | ${mib(s.subgraphs.rss)} | ${s.loadAverage.toFixed(2)} |`),
  ];
}

/** The results file: the verdict, throughput, latency, errors by code, memory at the start, the end and between, the machine. */
export function soakResults(run: SoakRun): string {
  const verdict = soakVerdict(run);
  const failed = Object.values(run.errors).reduce((sum, n) => sum + n, 0);
  const loads = run.memory.map((s) => s.loadAverage);
  const cpu = cpus();
  return [
    '# Soak: a steady mixed load through the gateway for a fixed time',
    '',
    `Produced on ${run.date} by \`${run.command}\`.`,
    '',
    codeLine(run.code),
    '',
    `**Verdict: ${verdict.passed ? 'passed' : 'FAILED'}**${verdict.passed ? ' (no failed request, no heap growth beyond the allowance).' : `: ${verdict.reasons.join('; ')}.`}`,
    '',
    '| requests | seconds | requests/s | p50 latency (ms) | p99 latency (ms) | failed |',
    '|--:|--:|--:|--:|--:|--:|',
    `| ${run.requests.toLocaleString('en')} | ${run.elapsedSeconds.toFixed(0)} | ${(run.requests / run.elapsedSeconds).toFixed(1)} | ${run.p50.toFixed(1)} | ${run.p99.toFixed(1)} | ${failed} |`,
    '',
    '## The mix',
    '',
    '| request | what it asks | requests | failed |',
    '|---|---|--:|--:|',
    ...run.kinds.map((k) => `| ${k.name} | ${k.description} | ${k.requests.toLocaleString('en')} | ${k.failed} |`),
    '',
    '## Errors by code',
    '',
    ...(failed === 0 ? ['None.'] : ['| code | requests |', '|---|--:|', ...Object.entries(run.errors).map(([code, n]) => `| ${code} | ${n} |`)]),
    '',
    '## Memory',
    '',
    ...memoryLines(run),
    '',
    '## What was measured',
    '',
    `- Data: ${run.people.toLocaleString('en')} synthetic people loaded into a database of its own (dropped afterwards), the requests going through ${run.persons} persons with claims, checkups and dispensed medications, each consenting at the physician's hospital before the load; PostgreSQL ${run.postgres} and a redis-server ${run.redis} of the soak's own (a free port, nothing persisted) as the shared cache, both on the same machine.`,
    `- Load: ${run.concurrency} clients, each sending its next request once its last is answered, held at ${run.rate > 0 ? `${run.rate} requests/s at most (requests evenly spaced)` : 'as many requests as they could'}, for ${run.seconds} s after a warm-up of ${run.warmupSeconds} s (${run.warmup.requests.toLocaleString('en')} requests, ${run.warmup.failed} failed, not in the figures); the kinds of the mix in turn, each about the next person. Latency is from request sent to the whole body read, with 0.1 ms buckets.`,
    '- A request failed when it was not answered (`NETWORK_ERROR`), answered with a status other than 200 (`HTTP_<status>`), with any GraphQL error (by the codes of its errors), or with other data than that request\'s first answer before the warm-up (`WRONG_ANSWER`; each of those first answers was checked to be whole and of the person asked about).',
    `- The gateway runs as its own process (gateway/src/main.ts, with \`--expose-gc\`), in front of the six subgraphs running in the soak's process (each its own HTTP server and PostgreSQL pool), which also runs the load's clients and an idle gateway of the stack. Memory is sampled in both at the start (after the warm-up), at intervals and at the end (after the load, its last answers in), each time after a full garbage collection; a process fails the verdict when its heap at the end exceeds its heap at the start by more than ${HEAP_GROWTH_ALLOWED.fraction * 100} % of it plus ${mib(HEAP_GROWTH_ALLOWED.bytes)}. RSS is shown but not judged (the allocator keeps pages it has freed).`,
    '',
    '## Machine',
    '',
    `- ${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB memory, shared with other work`,
    `- Node.js ${process.version}`,
    `- 1-minute load average at the start of the load: ${loads[0]?.toFixed(2) ?? 'unknown'}; at the end: ${loads[loads.length - 1]?.toFixed(2) ?? 'unknown'}; highest sampled: ${loads.length > 0 ? Math.max(...loads).toFixed(2) : 'unknown'} (the soak's own processes and PostgreSQL count in it)`,
    '',
  ].join('\n');
}
