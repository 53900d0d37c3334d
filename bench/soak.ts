import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { Client } from 'pg';
import { newAccessContextSecret } from '../common/src/access/access-context-secret';
import { todayInJapan } from '../common/src/japan-calendar';
import { World } from '../data/src/world';
import { authConfigFromEnv } from '../gateway/src/auth/config';
import { developmentKeys } from '../gateway/src/auth/dev-keys';
import { issueDevelopmentToken } from '../gateway/src/auth/issue-token';
import { Persona, PersonaName, personasIn } from '../gateway/src/auth/personas';
import { consentAtCardReader } from '../tools/card-reader-consent';
import { loadSyntheticData, today } from '../tools/data-set';
import { GatewayProcess, startGatewayProcess } from '../tools/gateway-process';
import { runLoadLoop } from '../tools/load-loop';
import { RedisServer, startRedisServer } from '../tools/redis-server';
import { migrateAll, RunningStack, startStack } from '../tools/stack';
import { codeVersion } from './code-version';
import { createBenchDatabase } from './database';
import { LatencyHistogram } from './latency-histogram';
import { MixKind, soakMix, SoakPerson, soakPersons } from './soak-mix';
import { MemorySample, ProcessMemory, soakResults, soakVerdict } from './soak-report';

const USAGE = `npm run soak -- [--seconds S] [--warmup S] [--concurrency C] [--rate R] [--people N] [--persons N] [--sample-every S] [--out FILE]

Loads N synthetic people (default 2000) into a new database on the PostgreSQL of DATABASE_URL
(or TEST_DATABASE_URL, or the local server), starts a redis-server of its own on a free port, the
subgraphs in this process and the gateway as a process of its own, and holds a steady mix of
requests (a physician reading a consented person's record, the person reading their own, a clerk's
eligibility check, an analyst's aggregate) with C clients (default 8) at R requests/s at most
(default 40; 0 for as fast as they go) for S seconds (default 300) after a warm-up (default 30 s).
Memory of both processes is sampled after a full GC at the start, every --sample-every seconds
(default 30) and at the end. Writes the figures to FILE (default bench/SOAK-RESULTS.md), drops the
database, and exits 1 when a request failed or a heap grew beyond the allowance.`;

function whole(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

async function queryOne<T>(url: string, sql: string): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0] as T;
  } finally {
    await client.end();
  }
}

/** The process' own memory after a full GC (the soak runs with --expose-gc). */
function ownMemory(): ProcessMemory {
  (globalThis as { gc?: () => void }).gc!();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

/** The gateway process' memory after a full GC, asked over IPC of bench/memory-probe.ts. */
function gatewayMemory(gateway: GatewayProcess): Promise<ProcessMemory> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the gateway did not report its memory within 10 s')), 10_000);
    gateway.child.once('message', (message: { rss: number; heapUsed: number; collected: boolean }) => {
      clearTimeout(timer);
      if (!message.collected) reject(new Error('the gateway runs without --expose-gc'));
      else resolve({ rss: message.rss, heapUsed: message.heapUsed });
    });
    gateway.child.send('memory');
  });
}

/** What the phase's requests gave: counts per kind and failures by code, latencies. */
class PhaseFigures {
  readonly latency = new LatencyHistogram();
  readonly errors: Record<string, number> = {};
  readonly perKind = new Map<string, { requests: number; failed: number }>();
  requests = 0;
  failed = 0;

  record(kind: string, ms: number | null, failure: string | null): void {
    this.requests++;
    if (ms !== null) this.latency.record(ms);
    const k = this.perKind.get(kind) ?? { requests: 0, failed: 0 };
    k.requests++;
    if (failure !== null) {
      k.failed++;
      this.failed++;
      this.errors[failure] = (this.errors[failure] ?? 0) + 1;
    }
    this.perKind.set(kind, k);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const { values } = parseArgs({
    args,
    options: {
      seconds: { type: 'string', default: '300' },
      warmup: { type: 'string', default: '30' },
      concurrency: { type: 'string', default: '8' },
      rate: { type: 'string', default: '40' },
      people: { type: 'string', default: '2000' },
      persons: { type: 'string', default: '100' },
      'sample-every': { type: 'string', default: '30' },
      out: { type: 'string', default: join(__dirname, 'SOAK-RESULTS.md') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (typeof (globalThis as { gc?: unknown }).gc !== 'function') throw new Error('run with node --expose-gc (npm run soak does)');
  const seconds = whole('seconds', values.seconds);
  const warmupSeconds = whole('warmup', values.warmup);
  const concurrency = whole('concurrency', values.concurrency);
  const rate = whole('rate', values.rate);
  const people = whole('people', values.people);
  const sampleEvery = whole('sample-every', values['sample-every']);
  if (seconds < 1 || concurrency < 1 || people < 1 || sampleEvery < 1) throw new Error('--seconds, --concurrency, --people and --sample-every must be at least 1');
  const auth = authConfigFromEnv();
  if (auth.keys.kind !== 'development') throw new Error('the soak signs in as demo personas: unset AUTH_JWKS_URL');
  const keysDirectory = auth.keys.directory;

  const code = codeVersion(__dirname, values.out);
  const database = await createBenchDatabase();
  let redis: RedisServer | null = null;
  let stack: RunningStack | null = null;
  let gateway: GatewayProcess | null = null;
  let passed = false;
  try {
    console.log(`loading ${people.toLocaleString('en')} people…`);
    const asOf = today();
    await migrateAll(database.url);
    await loadSyntheticData(database.url, { people, seed: 42, asOf });
    redis = await startRedisServer();
    const accessContextSecret = newAccessContextSecret();
    stack = await startStack({ databaseUrl: database.url, redisUrl: redis.url, gatewayPort: 0, ide: false, auth, accessContextSecret, subgraphPoolSize: 5 });
    gateway = await startGatewayProcess({
      databaseUrl: database.url,
      accessContextSecret,
      devKeysDirectory: keysDirectory,
      subgraphUrls: Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, s.url])),
      redisUrl: redis.url,
      nodeOptions: ['--expose-gc'],
      preload: join(__dirname, 'memory-probe.ts'),
      ipc: true,
    });
    const url = gateway.url;

    const personas = personasIn(new World({ seed: 42, people, asOf }));
    const persona = (name: PersonaName): Persona => personas.find((p) => p.name === name)!;
    const physician = persona('physician');
    const persons = await soakPersons(database.url, whole('persons', values.persons), todayInJapan());
    await consentAtCardReader(database.url, physician.institution!, persons.map((p) => p.id));
    const { year } = await queryOne<{ year: number }>(database.url, 'SELECT max(fiscal_year) AS year FROM checkups.checkups');
    const mix = soakMix({ physician, clerk: persona('clerk'), analyst: persona('analyst'), patient: persona('patient') }, year);

    const keys = await developmentKeys(keysDirectory);
    const tokens = new Map<string, Promise<string>>();
    // Valid for the whole run, so no token expires under load.
    const lifetimeSeconds = seconds + warmupSeconds + 3600;
    const headersAs = async (as: Persona): Promise<Record<string, string>> => {
      const key = `${as.name}:${as.sub}`;
      if (!tokens.has(key)) tokens.set(key, issueDevelopmentToken(as, keys, { issuer: auth.issuer, audience: auth.audience, lifetimeSeconds }));
      return { 'content-type': 'application/json', authorization: `Bearer ${await tokens.get(key)!}` };
    };
    const requestOf = (n: number): { kind: MixKind; person: SoakPerson } => ({ kind: mix[n % mix.length]!, person: persons[Math.floor(n / mix.length) % persons.length]! });
    const keyOf = (kind: MixKind, person: SoakPerson) => (kind.name === 'analyst-aggregate' ? kind.name : `${kind.name}:${person.id}`);

    const post = async (kind: MixKind, person: SoakPerson): Promise<{ status: number; body: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } }> => {
      const { body, as } = kind.request(person);
      const response = await fetch(url, { method: 'POST', headers: await headersAs(as), body });
      return { status: response.status, body: JSON.parse(await response.text()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } };
    };

    // The answer each request must give, from its first answer, which must be whole and plausible.
    const expected = new Map<string, string>();
    for (let n = 0; n < mix.length * persons.length; n++) {
      const { kind, person } = requestOf(n);
      if (expected.has(keyOf(kind, person))) continue;
      const { status, body } = await post(kind, person);
      if (status !== 200 || body.errors || !kind.plausible(body.data)) throw new Error(`${kind.name} for ${person.id}: not the answer expected (${status}): ${JSON.stringify(body).slice(0, 500)}`);
      expected.set(keyOf(kind, person), JSON.stringify(body.data));
    }
    console.log(`${expected.size} requests answered as expected; ${mix.length} kinds over ${persons.length} persons`);

    const load = (figures: PhaseFigures, forSeconds: number) =>
      runLoadLoop({
        clients: concurrency,
        rate,
        maxMs: forSeconds * 1000,
        maxRequests: Math.ceil(forSeconds * (rate > 0 ? rate : 10_000)),
        send: async (n) => {
          const { kind, person } = requestOf(n);
          const started = performance.now();
          let failure: string | null = null;
          let ms: number | null = null;
          try {
            const { status, body } = await post(kind, person);
            ms = performance.now() - started;
            if (status !== 200) failure = `HTTP_${status}`;
            else if (body.errors?.length) failure = [...new Set(body.errors.map((e) => e.extensions?.code ?? 'NO_CODE'))].sort().join('+');
            else if (JSON.stringify(body.data) !== expected.get(keyOf(kind, person))) failure = 'WRONG_ANSWER';
          } catch {
            failure = 'NETWORK_ERROR';
          }
          figures.record(kind.name, ms, failure);
        },
      });

    if (warmupSeconds > 0) console.log(`warming up for ${warmupSeconds} s…`);
    const warmup = new PhaseFigures();
    if (warmupSeconds > 0) await load(warmup, warmupSeconds);
    await sleep(1000);

    const started = Date.now();
    const sample = async (): Promise<MemorySample> => ({
      atSeconds: Math.round((Date.now() - started) / 1000),
      gateway: await gatewayMemory(gateway!),
      subgraphs: ownMemory(),
      loadAverage: loadavg()[0]!,
    });
    const memory: MemorySample[] = [await sample()];
    console.log(`load: ${concurrency} clients, ${rate > 0 ? `${rate} requests/s` : 'unpaced'}, ${seconds} s`);
    const figures = new PhaseFigures();
    let loading = true;
    const run = load(figures, seconds).finally(() => (loading = false));
    const sampling = (async () => {
      for (let next = sampleEvery; ; next += sampleEvery) {
        await Promise.race([sleep(started + next * 1000 - Date.now()), run.catch(() => undefined)]);
        if (!loading) return;
        const s = await sample();
        memory.push(s);
        console.log(`${s.atSeconds} s: ${figures.requests} requests, ${figures.failed} failed; gateway heap ${(s.gateway.heapUsed / 2 ** 20).toFixed(1)} MiB`);
      }
    })();
    const { elapsedMs } = await run;
    await sampling;
    await sleep(1000);
    memory.push(await sample());

    const soak = {
      command: `npm run soak${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
      date: asOf,
      code,
      people,
      persons: persons.length,
      seconds,
      warmupSeconds,
      concurrency,
      rate,
      postgres: (await queryOne<{ server_version: string }>(database.url, 'SHOW server_version')).server_version,
      redis: /v=(\S+)/.exec(execFileSync('redis-server', ['--version'], { encoding: 'utf8' }))?.[1] ?? 'unknown',
      requests: figures.requests,
      elapsedSeconds: elapsedMs / 1000,
      p50: figures.latency.percentile(0.5),
      p99: figures.latency.percentile(0.99),
      kinds: mix.map((k) => ({ name: k.name, description: k.description, ...(figures.perKind.get(k.name) ?? { requests: 0, failed: 0 }) })),
      errors: figures.errors,
      warmup: { requests: warmup.requests, failed: warmup.failed },
      memory,
    };
    writeFileSync(values.out, soakResults(soak));
    const verdict = soakVerdict(soak);
    passed = verdict.passed;
    console.log(`results written to ${values.out}: ${verdict.passed ? 'passed' : `FAILED: ${verdict.reasons.join('; ')}`}`);
  } finally {
    await gateway?.stop();
    await stack?.stop();
    await redis?.stop();
    await database.drop();
  }
  if (!passed) process.exitCode = 1;
}

main().catch((error: Error) => {
  console.error(`soak failed: ${error.message}`);
  process.exit(1);
});
