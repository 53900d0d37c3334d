import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { CodeVersion } from './code-version';
import { percent } from './figures';
import { ModeResult } from './measure';
import { logCostLines, LogWrites } from './log-cost';
import { policyCostLines } from './policy-cost';

export interface BenchRun {
  readonly command: string;
  readonly date: string;
  readonly code: CodeVersion;
  readonly people: number;
  readonly persons: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly rounds: number;
  readonly connections: number;
  readonly postgres: string;
  /** The machine's 1-minute load average when the runs began and the highest seen after a run (other work on it shows here). */
  readonly loadAverage: { readonly atStart: number; readonly highest: number };
  readonly results: readonly ModeResult[];
  /** What the access log's writer of the gateway mode did meanwhile; null when not known. */
  readonly logWrites: LogWrites | null;
}

const MIB = 1024 * 1024;

function codeLine({ commit, uncommitted }: CodeVersion): string {
  if (commit === null) return 'Code: not in a git working tree.';
  if (uncommitted.length === 0) return `Code: commit ${commit}, nothing uncommitted.`;
  return `Code: commit ${commit}, with uncommitted changes to ${uncommitted.map((path) => `\`${path}\``).join(', ')}.`;
}

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

/** The results file: the figures of every mode, the overhead against the baseline, the policy's cost, the machine and the command. */
export function writeResults(path: string, run: BenchRun): void {
  const cpu = cpus();
  const lines = [
    '# Benchmark: one person\'s record through the gateway, with the access policy and the access log and without, and from the subgraphs directly',
    '',
    `Produced on ${run.date} by \`${run.command}\`.`,
    '',
    codeLine(run.code),
    '',
    ...table(run),
    '',
    '## Each mode against the baseline',
    '',
    ...overheads(run),
    '',
    '## Cost of the access policy',
    '',
    ...policyCostLines(run.results),
    '',
    '## Cost of the access log',
    '',
    ...logCostLines(run.results, run.logWrites),
    '',
    '## What was measured',
    '',
    `- Data: ${run.people.toLocaleString('en')} synthetic people loaded into a database of its own (dropped afterwards); the requests go through ${run.persons} persons who have claims, checkups and dispensed medications, one person per request, each connection taking them in turn.`,
    `- Load: autocannon, ${run.connections} connections; each mode warmed up for ${run.warmupSeconds} s, then ${run.rounds} round(s) of ${run.seconds} s per mode, the modes in turn (each round starting one mode later, so that other work on the machine weighs on all of them alike). requests/s is over all rounds; p50 and p99 are the median of the rounds' own. Latency is autocannon's, from request sent to response received. What the policy and the access log cost is held to their targets round by round: each round's share of throughput lost, with and without, then the median of the rounds' shares, which other work on this shared machine moves far less than the totals.`,
    '- The caller: the physician persona, at its hospital\'s examination-room terminal. Before the runs each person consents at that hospital to medications, checkups and medical-care information (a grant in the consent registry, as its card reader records one: DOMAIN.md §4.1).',
    '- The record: what that physician sees of the person under the consent (the institution view, DOMAIN.md §5): name, sex, birth date, address, current qualification and its insurer; the 10 latest claims with their diagnoses (the persons were told of every diagnosis, so none is left out for the institution); the 5 latest checkups with some items and the guidance level; the 10 latest dispensed medications with their drug. The modes are checked to give the same record for every person before the runs.',
    ...run.results.map(({ mode }) => `- **${mode.name}**: ${mode.description}.`),
    '- SQL statements per request: the statements the four subgraphs of the mode\'s stack ran during the run (their reads of the consent registry included), divided by the requests sent. The gateway\'s own reads of the registries (callers, and grants with the policy on), each cached for up to a minute, are not counted.',
    '- Everything runs in one Node.js process: two stacks on the same database (each five subgraphs, each its own HTTP server and PostgreSQL pool, and a gateway), one with the field policy and the access log and one without either, a second gateway in front of the first stack\'s subgraphs with the policy and without the log, and the fan-out endpoints share its main event loop; only the stack of the mode being measured is under load; autocannon runs on a worker thread of the process. With one event loop serving all of them, requests/s is bounded by the CPU time of a whole record, the subgraphs\' own work included, and 1000 / requests/s is about the process\'s time per request: the difference between direct and gateway-no-policy is what the gateway does beyond the fan-out (parsing and validating the query, running the query plan, merging the parts), and between a mode with the policy and the same mode without it (\"ms more per request\") what the policy costs.',
    '- Peak RSS is the highest resident set size of that process (all its threads) sampled every 50 ms during the measured runs; PostgreSQL\'s memory is not in it.',
    '- Responses with GraphQL errors, no data or a non-2xx status count as failed.',
    '',
    '## Machine',
    '',
    `- ${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB memory`,
    `- Node.js ${process.version}, PostgreSQL ${run.postgres} on the same machine`,
    `- 1-minute load average when the runs began: ${run.loadAverage.atStart.toFixed(2)}; the highest after a run: ${run.loadAverage.highest.toFixed(2)} (the benchmark's own threads and PostgreSQL count in it)`,
    '',
  ];
  writeFileSync(path, lines.join('\n'));
}
