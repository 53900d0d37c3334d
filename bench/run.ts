import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { authConfigFromEnv } from '../gateway/src/auth/config';
import { developmentKeys } from '../gateway/src/auth/dev-keys';
import { issueDevelopmentToken } from '../gateway/src/auth/issue-token';
import { demoPersona } from '../gateway/src/auth/personas';
import { todayInJapan } from '../common/src/japan-calendar';
import { loadSyntheticData, today } from '../tools/data-set';
import { migrateAll, RunningStack, startStack } from '../tools/stack';
import { credentialsFor } from './credentials';
import { createBenchDatabase } from './database';
import { Measurement, measure } from './measure';
import { MODES, Mode, Target } from './modes';
import { personsWithFullRecords } from './persons';
import { writeResults } from './report';
import { checkSameRecords } from './same-record';

const USAGE = `npm run bench -- [--people N] [--seconds S] [--connections C] [--warmup S] [--persons N] [--out FILE]

Loads N synthetic people (default 2000) into a new database on the PostgreSQL of DATABASE_URL
(or TEST_DATABASE_URL, or the local server), starts the four subgraphs and the gateway in this
process, and measures one person's record in each mode (${MODES.map((m) => m.name).join(', ')}) for S seconds
(default 10) with C connections (default 10) after a warm-up. Writes the figures to FILE
(default bench/RESULTS.md) and drops the database.`;

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
}

async function postgresVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const { values } = parseArgs({
    args,
    options: {
      people: { type: 'string', default: '2000' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      persons: { type: 'string', default: '100' },
      out: { type: 'string', default: join(__dirname, 'RESULTS.md') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const people = positive('people', values.people);
  const shape = { seconds: positive('seconds', values.seconds), warmupSeconds: positive('warmup', values.warmup), connections: positive('connections', values.connections) };
  if (people < 1 || shape.seconds < 1 || shape.connections < 1) throw new Error('--people, --seconds and --connections must be at least 1');

  const database = await createBenchDatabase();
  let stack: RunningStack | null = null;
  const targets: Array<{ mode: Mode; target: Target }> = [];
  try {
    console.log(`loading ${people.toLocaleString('en')} people…`);
    await migrateAll(database.url);
    await loadSyntheticData(database.url, { people, seed: 42, asOf: today() });
    const persons = await personsWithFullRecords(database.url, positive('persons', values.persons));
    const auth = authConfigFromEnv();
    if (auth.keys.kind !== 'development') throw new Error('the benchmark signs in as a demo persona: unset AUTH_JWKS_URL');
    stack = await startStack({ databaseUrl: database.url, gatewayPort: 0, ide: false, auth });
    const token = await issueDevelopmentToken(demoPersona('physician'), await developmentKeys(auth.keys.directory), { issuer: auth.issuer, audience: auth.audience });
    const credentials = await credentialsFor({ token, auth, databaseUrl: database.url, accessContextSecret: stack.accessContextSecret, today: todayInJapan() });
    for (const mode of MODES) targets.push({ mode, target: await mode.start({ stack, databaseUrl: database.url, credentials }) });
    await checkSameRecords(targets.map(({ mode, target }) => ({ name: mode.name, target })), persons);
    console.log(`${targets.length} modes give the same records for ${persons.length} persons`);

    const loadAverage = loadavg()[0]!;
    const results: Array<{ mode: Mode; measurement: Measurement }> = [];
    for (const { mode, target } of targets) {
      console.log(`${mode.name}: ${shape.warmupSeconds} s warm-up, ${shape.seconds} s with ${shape.connections} connections…`);
      const measurement = await measure(target, persons, shape);
      console.log(`  ${Math.round(measurement.requestsPerSecond)} requests/s, p50 ${measurement.p50} ms, p99 ${measurement.p99} ms, ${measurement.statementsPerRequest.toFixed(2)} statements/request, ${measurement.failures} failed`);
      results.push({ mode, measurement });
    }
    writeResults(values.out, {
      command: `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
      date: today(),
      people,
      persons: persons.length,
      ...shape,
      postgres: await postgresVersion(database.url),
      loadAverage,
      results,
    });
    console.log(`results written to ${values.out}`);
  } finally {
    for (const { target } of targets) await target.close();
    await stack?.stop();
    await database.drop();
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
