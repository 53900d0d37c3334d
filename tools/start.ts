import { Client } from 'pg';
import { newAccessContextSecret } from '../common/src/access/access-context-secret';
import { DEMO_PEOPLE as DEFAULT_DEMO_PEOPLE, DEMO_SEED } from '../data/src/demo';
import { startEmbeddedPostgres, EmbeddedDatabase } from './embedded-postgres';
import { demoPersona } from '../gateway/src/auth/personas';
import { consentAtCardReader } from './card-reader-consent';
import { emergencyDemo } from './emergency-demo';
import { loadSyntheticData, today } from './data-set';
import { migrateAll, startStack } from './stack';
import { gatewaySettingsFromEnv } from '../gateway/src/config';

/** People in the demo data set loaded on first start (the personas of `npm run token` are among the first). */
const DEMO_PEOPLE = Number(process.env.DEMO_PEOPLE ?? DEFAULT_DEMO_PEOPLE);

async function personCount(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM eligibility.people')).rows[0]!.n);
  } finally {
    await client.end();
  }
}

/**
 * `npm start`: the whole system on one machine. With DATABASE_URL and REDIS_URL it uses
 * those servers; without, an embedded PostgreSQL and process-memory caches. A demo data
 * set is loaded the first time.
 */
async function main(): Promise<void> {
  let embedded: EmbeddedDatabase | null = null;
  if (!process.env.DATABASE_URL) {
    console.log('No DATABASE_URL: starting the embedded PostgreSQL (data in .data/postgres)…');
    embedded = await startEmbeddedPostgres({
      directory: process.env.EMBEDDED_PG_DIR,
      port: process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined,
    });
  }
  const databaseUrl = process.env.DATABASE_URL ?? embedded!.url;
  await migrateAll(databaseUrl);
  if ((await personCount(databaseUrl)) === 0) {
    console.log(`Loading the demo data set (${DEMO_PEOPLE} synthetic people, seed ${DEMO_SEED})…`);
    const report = await loadSyntheticData(databaseUrl, { people: DEMO_PEOPLE, seed: DEMO_SEED, asOf: today() });
    console.log(`  loaded in ${(report.milliseconds / 1000).toFixed(1)} s`);
  }
  const gatewaySettings = gatewaySettingsFromEnv(process.env);
  const stack = await startStack({
    databaseUrl,
    gatewaySettings,
    reauthenticationWindowSeconds: gatewaySettings.reauthenticationWindowSeconds,
    redisUrl: process.env.REDIS_URL,
    gatewayPort: process.env.PORT ? Number(process.env.PORT) : 4000,
    fixedSubgraphPorts: process.env.SUBGRAPH_PORTS !== 'dynamic',
    // The subgraphs run in this process: a secret of this run's own, known to nothing else.
    accessContextSecret: newAccessContextSecret(),
    log: (m) => console.error(m),
  });
  // The demo patient consents at the demo hospital, so the physician persona can read the record at once.
  const [patient, clerk] = [demoPersona('patient', today()), demoPersona('clerk', today())];
  await consentAtCardReader(databaseUrl, clerk.institution!, [patient.sub]);
  const person = patient.sub;
  const demo = await emergencyDemo(databaseUrl, person, demoPersona('disaster-nurse', today()).institution!);
  const { name, birthDate, sex, address } = demo.attributes;
  console.log(`
Gateway ready: ${stack.gateway.url}
GraphQL IDE:   ${gatewaySettings.ide ? stack.gateway.url.replace(/\/graphql$/, '/ide') : 'off (IDE=true turns it on)'}
Subgraphs:     ${Object.values(stack.subgraphs).map((s) => `${s.name} ${s.url}`).join(', ')}
Cache:         ${process.env.REDIS_URL ? `Redis ${process.env.REDIS_URL}` : 'process memory (set REDIS_URL for Redis)'}
Token:         npm run -s token -- patient   (send it as \`Authorization: Bearer <token>\`; --help lists the personas)
Example person id: ${person}   (the patient persona; it consented at the physician persona's hospital for 24 hours)
  their card on a reader:   certificateSerial ${demo.card?.serial ?? '(none in force)'}, certificateKind ${demo.card?.kind ?? 'CARD'}
  without their card:       name ${name}, birthDate ${birthDate}, sex ${sex}, address ${address}
Disaster region to try:   prefectureCode ${demo.region.prefectureCode}, municipalityCode ${demo.region.municipalityCode} (${demo.region.municipality}, where the disaster-nurse persona's hospital is)`);
  const stop = async () => {
    await stack.stop();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: Error) => {
  console.error(`start failed: ${error.message}`);
  process.exit(1);
});
