import { createPool } from '../../common/src/database';
import { migrate } from '../../common/src/migrate';
import { checkupsSubgraph } from './index';

const DEFAULT_PORT = 4103;

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is required');
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  const host = process.env.HOST ?? '127.0.0.1';
  const pool = createPool({ connectionString, schema: checkupsSubgraph.schema });
  await migrate(pool, checkupsSubgraph.schema, checkupsSubgraph.migrations);
  const running = await checkupsSubgraph.start({ pool, port, host });
  console.log(`checkups subgraph ready at ${running.url}`);
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    try {
      await running.stop();
      await pool.end();
      process.exit(0);
    } catch (error) {
      console.error(`checkups subgraph did not stop cleanly: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: Error) => {
  console.error(`checkups subgraph failed to start: ${error.message}`);
  process.exit(1);
});
