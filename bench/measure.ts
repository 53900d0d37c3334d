import type autocannon from 'autocannon';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Mode, Target } from './modes';

export interface LoadShape {
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly connections: number;
}

export interface Measurement {
  /** Requests answered. */
  readonly requests: number;
  /** Requests sent, those still in flight at the end included. */
  readonly sent: number;
  /** How long the load ran. */
  readonly seconds: number;
  readonly requestsPerSecond: number;
  /** Milliseconds. */
  readonly p50: number;
  readonly p99: number;
  readonly statementsPerRequest: number;
  /** Highest resident set size of this process sampled during the measured run, in bytes. */
  readonly peakRss: number;
  /** Connection errors and timeouts, non-2xx answers, and answers with GraphQL errors or no data. */
  readonly failures: number;
}

export interface ModeResult {
  readonly mode: Mode;
  /** All rounds together (rounds.ts). */
  readonly measurement: Measurement;
  /** Each round's own, in the order of the rounds. */
  readonly rounds: readonly Measurement[];
}

/** How often the resident set size is sampled. */
const RSS_SAMPLE_MS = 50;
/** The target is taken to be idle once its statement count has not moved for this long. */
const QUIET_MS = 300;
const QUIET_LIMIT_MS = 10_000;

/**
 * Waits until the requests autocannon left in flight at the end are done: their statements
 * belong to the run, and a server stopped with requests in flight keeps their connections open.
 */
async function quiet(target: Target): Promise<void> {
  const limit = Date.now() + QUIET_LIMIT_MS;
  let last = target.statements();
  let since = Date.now();
  while (Date.now() - since < QUIET_MS && Date.now() < limit) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = target.statements();
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
}

const LOAD_THREAD = join(__dirname, `load-thread${extname(__filename)}`);
// Worker threads do not inherit tsx's hooks: a TypeScript entry gets its CommonJS hook explicitly.
const EXEC_ARGV = extname(LOAD_THREAD) === '.ts' ? ['--require', require.resolve('tsx/cjs')] : [];

function run(target: Target, persons: readonly string[], connections: number, seconds: number): Promise<autocannon.Result> {
  const headers = { 'content-type': 'application/json', ...target.headers };
  const options: Omit<autocannon.Options, 'verifyBody'> = {
    url: target.url,
    connections,
    duration: seconds,
    timeout: 30,
    // Each connection goes through the persons in turn: one person per request.
    requests: persons.map((id) => ({ method: 'POST', headers, body: target.bodyFor(id) })),
  };
  return new Promise((resolve, reject) => {
    const thread = new Worker(LOAD_THREAD, { workerData: options, execArgv: EXEC_ARGV });
    thread.once('message', (result: autocannon.Result) => resolve(result));
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`the load thread stopped (status ${code}) without a result`)));
  });
}

/** Loads the target for the shape's warm-up time, unmeasured, and waits until it is idle again. */
export async function warmUp(target: Target, persons: readonly string[], shape: LoadShape): Promise<void> {
  if (shape.warmupSeconds === 0) return;
  await run(target, persons, shape.connections, shape.warmupSeconds);
  await quiet(target);
}

/** Loads the (warm) target for a fixed time with a fixed number of connections. */
export async function measureOnce(target: Target, persons: readonly string[], shape: LoadShape): Promise<Measurement> {
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, RSS_SAMPLE_MS);
  const before = target.statements();
  try {
    const result = await run(target, persons, shape.connections, shape.seconds);
    const rss = Math.max(peakRss, process.memoryUsage.rss());
    await quiet(target);
    const statements = target.statements() - before;
    const requests = result.requests.total;
    return {
      requests,
      sent: result.requests.sent,
      seconds: result.duration,
      requestsPerSecond: requests / result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      // Over the requests sent: those still in flight at the end ran their statements too.
      statementsPerRequest: result.requests.sent > 0 ? statements / result.requests.sent : 0,
      peakRss: rss,
      failures: result.errors + result.non2xx + result.mismatches,
    };
  } finally {
    clearInterval(sampler);
  }
}
