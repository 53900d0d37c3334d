import { createPool } from '../../common/src/database';
import { migrate } from '../../common/src/migrate';
import { DEFAULT_PORT, receiptsSubgraph } from './index';

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is required');
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  const host = process.env.HOST ?? '127.0.0.1';
  const pool = createPool({ connectionString, schema: receiptsSubgraph.schema });
  await migrate(pool, receiptsSubgraph.schema, receiptsSubgraph.migrations);
  const running = await receiptsSubgraph.start({ pool, port, host });
  console.log(`receipts subgraph listening on ${running.url}`);
  const stop = async (): Promise<void> => {
    await running.stop();
    await pool.end();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
