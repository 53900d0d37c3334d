import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { authConfigFromEnv } from '../gateway/src/auth/config';
import { developmentKeys } from '../gateway/src/auth/dev-keys';
import { issueDevelopmentToken } from '../gateway/src/auth/issue-token';
import { demoPersona } from '../gateway/src/auth/personas';
import { todayInJapan } from '../common/src/japan-calendar';
import { loadSyntheticData, today } from '../tools/data-set';
import { newAccessContextSecret } from '../common/src/access/access-context-secret';
import { migrateAll, RunningStack, startStack } from '../tools/stack';
import { RunningGateway } from '../gateway/src/gateway';
import { codeVersion } from './code-version';
import { consentAtCardReader } from '../tools/card-reader-consent';
import { credentialsFor } from './credentials';
import { createBenchDatabase } from './database';
import { measureModes } from './measure-modes';
import { startGatewayWithoutLog } from './no-log-gateway';
import { MODES, Mode, Target, startTargets } from './modes';
import { personsWithFullRecords } from './persons';
import { writeResults } from './report';
import { checkSameRecords } from './same-record';

const USAGE = `npm run bench -- [--people N] [--seconds S] [--rounds R] [--connections C] [--warmup S] [--persons N] [--out FILE]

Loads N synthetic people (default 2000) into a new database on the PostgreSQL of DATABASE_URL
(or TEST_DATABASE_URL, or the local server), starts the subgraphs and the gateway in this process
twice (the field policy and the access log on, and both off) and a third gateway in front of the
first subgraphs (the policy on, the log off), records the persons' consent at the caller's
institution, and measures one person's record in each mode (${MODES.map((m) => m.name).join(', ')}) with
C connections (default 10): after a warm-up of each (default 3 s), R rounds (default 1) of S
seconds (default 10) per mode, the modes in turn. Writes the figures to FILE (default
bench/RESULTS.md) and drops the database.`;

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
      rounds: { type: 'string', default: '1' },
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
  const rounds = positive('rounds', values.rounds);
  if (people < 1 || shape.seconds < 1 || shape.connections < 1 || rounds < 1) throw new Error('--people, --seconds, --rounds and --connections must be at least 1');

  const code = codeVersion(__dirname, values.out);
  const database = await createBenchDatabase();
  const stacks: RunningStack[] = [];
  let withoutLog: RunningGateway | null = null;
  let targets: Array<{ mode: Mode; target: Target }> = [];
  try {
    console.log(`loading ${people.toLocaleString('en')} people…`);
    await migrateAll(database.url);
    await loadSyntheticData(database.url, { people, seed: 42, asOf: today() });
    const persons = await personsWithFullRecords(database.url, positive('persons', values.persons));
    const auth = authConfigFromEnv();
    if (auth.keys.kind !== 'development') throw new Error('the benchmark signs in as a demo persona: unset AUTH_JWKS_URL');
    // One secret for both stacks, so the direct mode's signed access contexts hold for either.
    const accessContextSecret = newAccessContextSecret();
    // Two stacks of six subgraphs on one server: five connections each keeps them within PostgreSQL's
    // default of 100 (the load's 10 connections wait their turn alike in every mode).
    const start = (on: boolean) =>
      startStack({ databaseUrl: database.url, gatewayPort: 0, ide: false, auth, accessContextSecret, fieldPolicy: on, accessLog: on, subgraphPoolSize: 5 });
    const withPolicy = await start(true);
    stacks.push(withPolicy);
    const withoutPolicy = await start(false);
    stacks.push(withoutPolicy);
    withoutLog = await startGatewayWithoutLog(withPolicy, { databaseUrl: database.url, auth, accessContextSecret });
    const token = await issueDevelopmentToken(demoPersona('physician'), await developmentKeys(auth.keys.directory), { issuer: auth.issuer, audience: auth.audience });
    const credentials = await credentialsFor({ token, auth, databaseUrl: database.url, accessContextSecret, today: todayInJapan() });
    // Before any request: the grant cache would otherwise remember for a minute that there is none.
    await consentAtCardReader(database.url, credentials.institutionCode, persons);
    targets = await startTargets({ withPolicy, withoutPolicy, withoutLog }, credentials);
    await checkSameRecords(targets.map(({ mode, target }) => ({ name: mode.name, target })), persons);
    console.log(`${targets.length} modes give the same records for ${persons.length} persons`);

    console.log(`${rounds} round(s) of ${shape.seconds} s per mode with ${shape.connections} connections`);
    const logged = withPolicy.gateway.accessLogStats;
    const before = logged ? { ...logged } : null;
    const { results, loadAverage } = await measureModes(targets, persons, shape, rounds, (line) => console.log(line));
    const logWrites = logged && before ? { writes: logged.writes - before.writes, events: logged.events - before.events } : null;
    writeResults(values.out, {
      command: `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
      date: today(),
      code,
      people,
      persons: persons.length,
      ...shape,
      rounds,
      postgres: await postgresVersion(database.url),
      loadAverage,
      results,
      logWrites,
    });
    console.log(`results written to ${values.out}`);
  } finally {
    for (const { target } of targets) await target.close();
    await withoutLog?.stop();
    for (const stack of stacks) await stack.stop();
    await database.drop();
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
