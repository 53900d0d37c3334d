import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { authConfigFromEnv } from '../gateway/src/auth/config';
import { developmentKeys } from '../gateway/src/auth/dev-keys';
import { issueDevelopmentToken } from '../gateway/src/auth/issue-token';
import { demoPersona } from '../gateway/src/auth/personas';
import { todayInJapan } from '../common/src/japan-calendar';
import { createPool } from '../subgraphs/common/src/database';
import { refreshAnalytics } from '../subgraphs/analytics/src/refresh/refresh';
import { loadSyntheticData, today } from '../tools/data-set';
import { migrateAll, RunningStack, startStack } from '../tools/stack';
import { codeVersion } from './code-version';
import { createBenchDatabase } from './database';
import { percentile, QueryTiming, writeAnalyticsResults } from './analytics-report';

const USAGE = `npm run bench:analytics -- [--people N] [--requests R] [--consents C] [--out FILE]

Loads N synthetic people (default 100000) into a new database on the PostgreSQL of DATABASE_URL
(or TEST_DATABASE_URL, or the local server), writes C consents (default 5 % of the people) at
institutions across the country, computes the analytics aggregates once (timed), starts the
stack and sends each analytics query R times (default 50) through the gateway as the analyst,
then as many times to a second stack without the field policy (its share of the time).
Writes the figures to FILE (default bench/ANALYTICS-RESULTS.md) and drops the database.`;

/** One GraphQL request over HTTP: the answer's data and errors. */
async function postGraphQL(url: string, query: string, headers: Record<string, string>): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

function whole(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number, at least 1`);
  return n;
}

async function one<T extends Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows[0]!;
  } finally {
    await client.end();
  }
}

/** Consents of `count` persons, one each, at reception terminals spread over the country, over the last 90 days, in four mixes of categories. */
async function writeConsents(url: string, count: number): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `WITH t AS (SELECT id, institution_code, row_number() OVER (ORDER BY id) - 1 AS k FROM eligibility.terminals WHERE kind = 'RECEPTION'),
            p AS (SELECT id, i, (i * 7919) % (SELECT count(*) FROM t) AS k
                    FROM (SELECT id, row_number() OVER (ORDER BY id) AS i FROM eligibility.people ORDER BY id LIMIT $1) numbered)
       INSERT INTO eligibility.grants (person_id, basis, institution_code, categories, verification, terminal_id, granted_at, expires_at)
       SELECT p.id, 'CONSENT', t.institution_code,
              CASE p.i % 4 WHEN 0 THEN ARRAY['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'] WHEN 1 THEN ARRAY['MEDICATIONS']
                           WHEN 2 THEN ARRAY['MEDICATIONS', 'CHECKUPS'] ELSE ARRAY['CHECKUPS', 'MEDICAL_CARE'] END,
              'CARD_FACE', t.id, now() - make_interval(days => (p.i % 90)::int), now() - make_interval(days => (p.i % 90)::int) + interval '24 hours'
         FROM p JOIN t ON t.k = p.k`,
      [count],
    );
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const { values } = parseArgs({
    args,
    options: {
      people: { type: 'string', default: '100000' },
      requests: { type: 'string', default: '50' },
      consents: { type: 'string' },
      out: { type: 'string', default: join(__dirname, 'ANALYTICS-RESULTS.md') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const people = whole('people', values.people);
  const requests = whole('requests', values.requests);
  const consents = values.consents === undefined ? Math.max(1, Math.round(people / 20)) : whole('consents', values.consents);
  const code = codeVersion(__dirname, values.out);
  const database = await createBenchDatabase();
  const stacks: RunningStack[] = [];
  try {
    console.log(`loading ${people.toLocaleString('en')} people…`);
    await migrateAll(database.url);
    const seedStarted = Date.now();
    await loadSyntheticData(database.url, { people, seed: 42, asOf: today() });
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    console.log(`  loaded in ${seedSeconds.toFixed(1)} s`);
    await writeConsents(database.url, consents);
    const sourceRows: Record<string, number> = {};
    for (const table of ['eligibility.people', 'eligibility.institutions', 'eligibility.grants', 'checkups.checkups', 'prescriptions.dispensings']) {
      sourceRows[table] = Number((await one<{ n: string }>(database.url, `SELECT count(*) AS n FROM ${table}`)).n);
    }

    console.log('computing the aggregates…');
    const pool = createPool({ connectionString: database.url, schema: 'analytics', max: 2 });
    const refresh = await refreshAnalytics(pool, todayInJapan()).finally(() => pool.end());
    if (!refresh) throw new Error('another refresh held the lock');
    console.log(`  ${(refresh.durationMs / 1000).toFixed(1)} s`);

    // No refresh while the queries are measured: the aggregates were just computed.
    process.env.ANALYTICS_REFRESH_MINUTES = '0';
    const auth = authConfigFromEnv();
    if (auth.keys.kind !== 'development') throw new Error('the benchmark signs in as a demo persona: unset AUTH_JWKS_URL');
    const stack = await startStack({ databaseUrl: database.url, gatewayPort: 0, ide: false, auth });
    stacks.push(stack);
    // The same stack without the field policy, for its share of each query's time only.
    const unguarded = await startStack({ databaseUrl: database.url, gatewayPort: 0, ide: false, auth, fieldPolicy: false });
    stacks.push(unguarded);
    const token = await issueDevelopmentToken(demoPersona('analyst'), await developmentKeys(auth.keys.directory), { issuer: auth.issuer, audience: auth.audience });
    const headers = { authorization: `Bearer ${token}` };

    const { year } = await one<{ year: number }>(database.url, 'SELECT fiscal_year AS year FROM checkups.checkups GROUP BY 1 ORDER BY count(*) DESC, 1 DESC LIMIT 1');
    const { insurer } = await one<{ insurer: string }>(database.url, 'SELECT insurer_number AS insurer FROM checkups.checkups WHERE fiscal_year = $1 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1', [year]);
    const { month } = await one<{ month: string }>(database.url, "SELECT to_char(max(granted_at) AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM') AS month FROM eligibility.grants");
    const { dispensed } = await one<{ dispensed: string }>(database.url, "SELECT to_char(max(dispensed_on) - 31, 'YYYY-MM') AS dispensed FROM prescriptions.dispensings");
    const rowsOf = (data: Record<string, unknown>): number => {
      const [first] = Object.values(data) as Array<Record<string, unknown>>;
      const list = (first?.rows ?? first?.computed ?? first?.risks) as unknown[] | undefined;
      return list?.length ?? 1;
    };
    const QUERIES: Array<{ name: string; query: string }> = [
      { name: 'rollout: every month, the current point against the targets', query: '{ rollout { computed { asOf cardReaderApplications { percent } } current { againstTargets { pointsToGo facilitiesToGo } } } }' },
      { name: 'subsidy estimate', query: '{ subsidyEstimate(input: { facilityKind: HOSPITAL, readers: 2, costYen: 3000000 }) { beforeRevision { subsidyYen } afterRevision { subsidyYen } } }' },
      { name: `checkups ${year}, national`, query: `{ checkupResults(fiscalYear: ${year}, by: []) { rows { examined { value } guidanceLevels { count { value percent } } } } }` },
      { name: `checkups ${year} by insurer, with names`, query: `{ checkupResults(fiscalYear: ${year}, by: [INSURER]) { rows { insurer { name } examined { value } guidanceLevels { count { value percent } } metabolicSyndrome { count { value } } } } }` },
      { name: `checkups ${year} by prefecture, sex and age band`, query: `{ checkupResults(fiscalYear: ${year}, by: [PREFECTURE, SEX, AGE_BAND]) { rows { prefecture sex ageBand examined { value } guidanceLevels { count { value } } metabolicSyndrome { count { value } } } } }` },
      { name: `checkups ${year} by all four dimensions`, query: `{ checkupResults(fiscalYear: ${year}, by: [INSURER, PREFECTURE, SEX, AGE_BAND]) { rows { prefectureCode sex ageBand examined { value suppressed } guidanceLevels { count { value suppressed } } } } }` },
      { name: `health scoring of insurer ${insurer}`, query: `{ healthScoring(fiscalYear: ${year}, insurerNumber: "${insurer}") { examined { value } risks { risk insurer { percent } allInsurers { percent } index } } }` },
      { name: `consent rates ${month} by institution kind and prefecture`, query: `{ consentRates(month: "${month}", by: [INSTITUTION_KIND, PREFECTURE]) { rows { institutionKind prefecture consents { value } categories { category count { value percent } } } } }` },
      { name: `duplicate medication ${dispensed} by drug class`, query: `{ duplicateMedicationFindings(month: "${dispensed}", by: [DRUG_CLASS]) { rows { drugClass dispensings { value } duplicating { value percent } } } }` },
    ];
    const analytics = stack.subgraphs.analytics!;
    const timings: QueryTiming[] = [];
    for (const { name, query } of QUERIES) {
      let rows = 0;
      for (let i = 0; i < 3; i++) {
        const warm = await postGraphQL(stack.gateway.url, query, headers);
        if (warm.errors) throw new Error(`${name}: ${JSON.stringify(warm.errors)}`);
        rows = rowsOf(warm.data ?? {});
      }
      const latencies: number[] = [];
      const before = analytics.stats.statements;
      for (let i = 0; i < requests; i++) {
        const started = process.hrtime.bigint();
        await postGraphQL(stack.gateway.url, query, headers);
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      const statementsPerRequest = (analytics.stats.statements - before) / requests;
      const withoutPolicy: number[] = [];
      for (let i = 0; i < requests + 3; i++) {
        const started = process.hrtime.bigint();
        await postGraphQL(unguarded.gateway.url, query, headers);
        if (i >= 3) withoutPolicy.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      timings.push({ name, query, requests, latencies, latenciesWithoutPolicy: withoutPolicy, rows, statementsPerRequest });
      console.log(`  ${name}: p50 ${percentile(latencies, 50).toFixed(1)} ms (without the field policy ${percentile(withoutPolicy, 50).toFixed(1)} ms)`);
    }
    const { server_version: postgres } = await one<{ server_version: string }>(database.url, 'SHOW server_version');
    writeAnalyticsResults(values.out, {
      command: `npm run bench:analytics${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
      date: today(),
      code,
      people,
      postgres,
      cores: cpus().length,
      seedSeconds,
      sourceRows,
      refresh: { seconds: refresh.durationMs / 1000, families: refresh.families, rolloutDays: refresh.rolloutDays, rolloutMs: refresh.rolloutMs },
      queries: timings,
    });
    console.log(`results written to ${values.out}`);
  } finally {
    for (const stack of stacks) await stack.stop();
    await database.drop();
  }
}

main().catch((error: Error) => {
  console.error(`bench:analytics failed: ${error.message}`);
  process.exit(1);
});
