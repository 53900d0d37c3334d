import { createPool } from '../../common/src/database';
import { migrate } from '../../common/src/migrate';
import { eligibilitySubgraph } from './index';

const DEFAULT_PORT = 4101;

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is required (e.g. postgres://postgres@127.0.0.1:5432/health)');
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  const host = process.env.HOST ?? '127.0.0.1';

  const pool = createPool({ connectionString, schema: eligibilitySubgraph.schema });
  await migrate(pool, eligibilitySubgraph.schema, eligibilitySubgraph.migrations);
  const running = await eligibilitySubgraph.start({ pool, port, host });
  console.log(`eligibility subgraph ready at ${running.url}`);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await running.stop();
    await pool.end();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
