import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Measurement } from '../../bench/measure';
import { Mode } from '../../bench/modes';
import { writeResults } from '../../bench/report';

const mode = (name: string, baseline = false): Mode => ({ name, description: `${name} described`, baseline, start: () => Promise.reject(new Error('not started')) });
const measurement = (over: Partial<Measurement>): Measurement => ({
  requests: 1000, requestsPerSecond: 100, p50: 10, p99: 40, statementsPerRequest: 11, peakRss: 300 * 1024 * 1024, failures: 0, ...over,
});

describe('bench results file', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'bench-')), 'RESULTS.md');
  writeResults(path, {
    command: 'npm run bench -- --seconds 5',
    date: '2026-11-21',
    people: 2000,
    persons: 100,
    seconds: 5,
    warmupSeconds: 3,
    connections: 10,
    postgres: '15.20',
    loadAverage: 1.5,
    results: [
      { mode: mode('direct', true), measurement: measurement({}) },
      { mode: mode('gateway'), measurement: measurement({ requestsPerSecond: 80, p50: 12.5, p99: 30, statementsPerRequest: 11.5 }) },
    ],
  });
  const text = readFileSync(path, 'utf8');

  test('has a row per mode with its figures', () => {
    expect(text).toContain('| direct | 100 | 10.0 | 40.0 | 11.00 | 300 | 1,000 | 0 |');
    expect(text).toContain('| gateway | 80 | 12.5 | 30.0 | 11.50 | 300 | 1,000 | 0 |');
  });

  test('gives the overhead of every other mode against the baseline, in percent', () => {
    expect(text).toContain('**gateway** against direct: requests/s −20.0 %, p50 latency +25.0 %, p99 latency −25.0 %, SQL statements per request 11.50 against 11.00.');
  });

  test('names the command, the date, the machine and what each mode does', () => {
    expect(text).toContain('Produced on 2026-11-21 by `npm run bench -- --seconds 5`.');
    expect(text).toMatch(/- \d+ cores \(.+\), \d+ GiB memory/);
    expect(text).toContain(`Node.js ${process.version}, PostgreSQL 15.20`);
    expect(text).toContain('- **gateway**: gateway described.');
    expect(text).toContain('in one Node.js process');
  });
});
