import { createPool } from '../../common/src/database';
import { migrate } from '../../common/src/migrate';
import { PRESCRIPTIONS_DEFAULT_PORT, prescriptionsSubgraph } from './index';

/** Runs the prescriptions subgraph alone: DATABASE_URL (required), PORT (default 4104), HOST (default 127.0.0.1). */
async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is required');
  const port = process.env.PORT ? Number(process.env.PORT) : PRESCRIPTIONS_DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  const host = process.env.HOST ?? '127.0.0.1';

  const pool = createPool({ connectionString, schema: prescriptionsSubgraph.schema });
  await migrate(pool, prescriptionsSubgraph.schema, prescriptionsSubgraph.migrations);
  const running = await prescriptionsSubgraph.start({ pool, port, host });
  console.log(`prescriptions subgraph ready at ${running.url}`);

  // Apollo Server also drains on these signals and then raises the signal again; staying
  // subscribed (and stopping once) lets the pool close and the process exit with status 0.
  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await running.stop();
      await pool.end();
      process.exit(0);
    })());
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
