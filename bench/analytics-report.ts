import { writeFileSync } from 'node:fs';
import { CodeVersion } from './code-version';

/** The latencies of one analytics query, repeated. */
export interface QueryTiming {
  readonly name: string;
  readonly query: string;
  readonly requests: number;
  /** Milliseconds, from the request sent to the response read. */
  readonly latencies: readonly number[];
  /** The same to a stack without the field policy. */
  readonly latenciesWithoutPolicy: readonly number[];
  /** Rows (or items) in one answer. */
  readonly rows: number;
  /** SQL statements the analytics subgraph ran per request. */
  readonly statementsPerRequest: number;
}

export interface AnalyticsBenchRun {
  readonly command: string;
  readonly date: string;
  readonly code: CodeVersion;
  readonly people: number;
  readonly postgres: string;
  readonly cores: number;
  readonly seedSeconds: number;
  /** Rows of the source tables the aggregates are computed from. */
  readonly sourceRows: Readonly<Record<string, number>>;
  readonly refresh: {
    readonly seconds: number;
    readonly families: Readonly<Record<string, { groups: number; primary: number; secondary: number; milliseconds: number }>>;
    readonly rolloutDays: number;
    readonly rolloutMs: number;
  };
  readonly queries: readonly QueryTiming[];
}

/** The p-th percentile (0-100) of some numbers, by the nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

const ms = (n: number): string => n.toFixed(1);
const count = (n: number): string => n.toLocaleString('en');

export function analyticsReport(run: AnalyticsBenchRun): string {
  const code = run.code.commit === null ? 'not in a git working tree' : `commit ${run.code.commit}, ${run.code.uncommitted.length === 0 ? 'nothing uncommitted' : `uncommitted: ${run.code.uncommitted.join(', ')}`}`;
  const lines = [
    '# Benchmark: analytics (aggregates for the internal explorers)',
    '',
    `Produced on ${run.date} by \`${run.command}\`.`,
    '',
    `Code: ${code}.`,
    '',
    `Scale: **${count(run.people)} synthetic people** (seed 42), loaded in ${run.seedSeconds.toFixed(1)} s; PostgreSQL ${run.postgres}; ${run.cores} cores, shared with other work.`,
    '',
    '| source table | rows |',
    '|---|--:|',
    ...Object.entries(run.sourceRows).map(([table, rows]) => `| ${table} | ${count(rows)} |`),
    '',
    '## Computing the aggregates (the refresh)',
    '',
    `One refresh, every family from one snapshot of the data in one transaction: **${run.refresh.seconds.toFixed(1)} s**.`,
    '',
    '| family | groups stored | cells under 10 withheld | further cells withheld | time (s) |',
    '|---|--:|--:|--:|--:|',
    ...Object.entries(run.refresh.families).map(([name, f]) => `| ${name} | ${count(f.groups)} | ${count(f.primary)} | ${count(f.secondary)} | ${(f.milliseconds / 1000).toFixed(1)} |`),
    `| rollout (${count(run.refresh.rolloutDays)} days) | | | | ${(run.refresh.rolloutMs / 1000).toFixed(1)} |`,
    '',
    '## Queries through the gateway (the analyst persona)',
    '',
    '| query | requests | p50 (ms) | p95 (ms) | max (ms) | p50 without the field policy (ms) | rows per answer | SQL statements per request |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
    ...run.queries.map(
      (q) =>
        `| ${q.name} | ${q.requests} | ${ms(percentile(q.latencies, 50))} | ${ms(percentile(q.latencies, 95))} | ${ms(Math.max(...q.latencies))} | ${ms(percentile(q.latenciesWithoutPolicy, 50))} | ${count(q.rows)} | ${q.statementsPerRequest.toFixed(1)} |`,
    ),
    '',
    '## What was measured',
    '',
    '- The data set is loaded into a database of its own on the local PostgreSQL (dropped afterwards), then consents are written for a share of the persons at institutions across the country (the demo and test data sets have few), then the aggregates are computed once by the refresh the analytics subgraph runs, and timed.',
    '- Then the whole stack (gateway and five subgraphs) starts in this process, and each query is sent one at a time, after three unmeasured ones, with the analyst\'s bearer token: latency is from the request sent to the answer read, through the gateway\'s authentication, field policy and query plan (the insurer breakdown also fetches the insurers\' names from eligibility).',
    '- Answers are read from the stored groups by primary key: their time depends on the rows returned, not on the people behind them. The column without the field policy is a second stack on the same data with the policy off in the gateway and every subgraph, measured the same way: the difference is what the policy costs (the analytics subgraph decides each field once per request).',
    '',
    '### The queries',
    '',
    ...run.queries.flatMap((q) => [`- **${q.name}**: \`${q.query.replace(/\s+/g, ' ').trim()}\``]),
    '',
  ];
  return lines.join('\n');
}

export function writeAnalyticsResults(path: string, run: AnalyticsBenchRun): void {
  writeFileSync(path, analyticsReport(run));
}
