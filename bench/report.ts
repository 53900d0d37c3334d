import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { Measurement } from './measure';
import { Mode } from './modes';

export interface BenchRun {
  readonly command: string;
  readonly date: string;
  readonly people: number;
  readonly persons: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly connections: number;
  readonly postgres: string;
  /** The machine's 1-minute load average when the runs began (other work on it shows here). */
  readonly loadAverage: number;
  readonly results: ReadonlyArray<{ readonly mode: Mode; readonly measurement: Measurement }>;
}

const MIB = 1024 * 1024;
const percent = (value: number, base: number): string => `${value >= base ? '+' : '−'}${(Math.abs(value / base - 1) * 100).toFixed(1)} %`;

function table(run: BenchRun): string[] {
  const rows = run.results.map(({ mode, measurement: m }) =>
    `| ${mode.name} | ${Math.round(m.requestsPerSecond).toLocaleString('en')} | ${m.p50.toFixed(1)} | ${m.p99.toFixed(1)} | ${m.statementsPerRequest.toFixed(2)} | ${Math.round(m.peakRss / MIB)} | ${m.requests.toLocaleString('en')} | ${m.failures} |`);
  return [
    '| mode | requests/s | p50 latency (ms) | p99 latency (ms) | SQL statements / request | peak RSS (MiB) | requests | failed |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
    ...rows,
  ];
}

function overheads(run: BenchRun): string[] {
  const base = run.results.find((r) => r.mode.baseline);
  if (!base) return [];
  const b = base.measurement;
  return run.results
    .filter((r) => r !== base)
    .map(({ mode, measurement: m }) =>
      `- **${mode.name}** against ${base.mode.name}: requests/s ${percent(m.requestsPerSecond, b.requestsPerSecond)}, p50 latency ${percent(m.p50, b.p50)}, p99 latency ${percent(m.p99, b.p99)}, SQL statements per request ${m.statementsPerRequest.toFixed(2)} against ${b.statementsPerRequest.toFixed(2)}.`);
}

/** The results file: the figures of every mode, the overhead against the baseline, the machine and the command. */
export function writeResults(path: string, run: BenchRun): void {
  const cpu = cpus();
  const lines = [
    '# Benchmark: one person\'s record through the gateway and from the subgraphs directly',
    '',
    `Produced on ${run.date} by \`${run.command}\`.`,
    '',
    ...table(run),
    '',
    '## Overhead of the gateway',
    '',
    ...overheads(run),
    '',
    '## What was measured',
    '',
    `- Data: ${run.people.toLocaleString('en')} synthetic people loaded into a database of its own (dropped afterwards); the requests go through ${run.persons} persons who have claims, checkups and dispensed medications, one person per request, each connection taking them in turn.`,
    `- Load: autocannon, ${run.connections} connections, ${run.seconds} s per mode after a ${run.warmupSeconds} s warm-up; latency is autocannon's, from request sent to response received.`,
    '- The record: the person (name, sex, birth date, address, current qualification and its insurer, card certificates), the 10 latest claims with their diagnoses, the 5 latest checkups with some items and the guidance level, and the 10 latest dispensed medications with their drug. The modes are checked to give the same record for every person before the runs.',
    ...run.results.map(({ mode }) => `- **${mode.name}**: ${mode.description}.`),
    '- SQL statements per request: the statements the four subgraphs ran during the run, divided by the requests answered.',
    '- Everything runs in one Node.js process: the four subgraphs (each its own HTTP server and PostgreSQL pool), the gateway and the fan-out endpoint share its main event loop; autocannon runs on a worker thread of it. With one event loop serving all of them, requests/s is bounded by the CPU time of a whole record, the subgraphs\' own work included: the difference between the modes is what the gateway does beyond the fan-out (parsing and validating the query, running the query plan, merging the parts).',
    '- Peak RSS is the highest resident set size of that process (all its threads) sampled every 50 ms during the run; PostgreSQL\'s memory is not in it.',
    '- Responses with GraphQL errors, no data or a non-2xx status count as failed.',
    '',
    '## Machine',
    '',
    `- ${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB memory`,
    `- Node.js ${process.version}, PostgreSQL ${run.postgres} on the same machine`,
    `- 1-minute load average when the runs began: ${run.loadAverage.toFixed(2)}`,
    '',
  ];
  writeFileSync(path, lines.join('\n'));
}
