import { appendFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from './embedded-postgres';
import { loadSyntheticData, today } from './data-set';
import { migrateAll } from './stack';

const USAGE = `npm run seed -- [--people N] [--seed S] [--as-of YYYY-MM-DD] [--institutions N] [--threads N] [--record FILE]

Replaces the data of the four subgraphs with a synthetic, deterministic data set (same seed
and as-of date, same data), loaded with COPY. DATABASE_URL selects the server; without it the
embedded PostgreSQL of \`npm start\` is used. --threads sets the generator threads (default 2
from 20,000 people on; 0 generates on the main thread). --record appends the timing to a
markdown file.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '42' },
      'as-of': { type: 'string' },
      institutions: { type: 'string' },
      threads: { type: 'string' },
      record: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const people = Number(values.people);
  const seed = Number(values.seed);
  const asOf = values['as-of'] ?? today();
  if (!Number.isInteger(people) || people < 1) throw new Error('--people must be a positive whole number');
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error('--as-of must be YYYY-MM-DD');
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 0)) throw new Error('--threads must be a whole number');
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres();
  const databaseUrl = process.env.DATABASE_URL ?? embedded!.url;
  try {
    await migrateAll(databaseUrl);
    const started = Date.now();
    let lastReport = 0;
    const report = await loadSyntheticData(databaseUrl, {
      people,
      seed,
      asOf,
      institutions: values.institutions ? Number(values.institutions) : undefined,
      threads,
      onProgress: (done, total) => {
        if (Date.now() - lastReport > 5000 || done === total) {
          lastReport = Date.now();
          console.log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} people (${Math.round((Date.now() - started) / 1000)} s)`);
        }
      },
    });
    const seconds = (Date.now() - started) / 1000;
    const totalRows = Object.values(report.rows).reduce((a, b) => a + b, 0);
    const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
    const details = `${report.threads} generator threads; generating and copying ${s(report.milliseconds - report.rebuildMilliseconds)} (of which waiting for generated rows ${s(report.generationWaitMilliseconds)}), indexes and foreign keys ${s(report.rebuildMilliseconds)}, ANALYZE ${s(seconds * 1000 - report.milliseconds)}`;
    console.log(`loaded ${people.toLocaleString('en')} people, ${totalRows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (seed ${seed}, as of ${asOf})`);
    console.log(`  ${details}`);
    for (const [table, count] of Object.entries(report.rows).sort()) console.log(`  ${table.padEnd(48)} ${count.toLocaleString('en').padStart(14)}`);
    if (values.record) {
      appendFileSync(
        values.record,
        `| ${new Date().toISOString().slice(0, 10)} | \`npm run seed -- --people ${people} --seed ${seed} --as-of ${asOf}${threads === undefined ? '' : ` --threads ${threads}`}\` | ${people.toLocaleString('en')} | ${totalRows.toLocaleString('en')} | ${seconds.toFixed(1)} s | ${cpus().length} cores | ${details} |\n`,
      );
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: Error) => {
  console.error(`seed failed: ${error.message}`);
  process.exit(1);
});
