import { createPool } from '../../../../subgraphs/common/src/database';
import { receiptsSubgraph } from '../../../../subgraphs/receipts/src/index';
import { ChildMessage, ParentMessage } from './messages';

/**
 * Runs the receipts subgraph in a child process for the integration tests. Mercurius loads an
 * ES-module-only dependency (content-disposition 3, via @fastify/static) that Node requires
 * natively but Jest's CommonJS runtime cannot, so the server runs under Node itself and
 * reports its statement count when asked.
 */
async function serve(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString || !process.send) throw new Error('run me with fork() and DATABASE_URL');
  const send = (message: ChildMessage): void => void process.send!(message);
  const pool = createPool({ connectionString, schema: receiptsSubgraph.schema });
  const running = await receiptsSubgraph.start({ pool, port: 0 });
  process.on('message', (message: ParentMessage) => {
    if (message === 'stats') send({ statements: running.stats.statements });
    if (message === 'stop') void running.stop().then(() => pool.end()).then(() => process.exit(0));
  });
  send({ url: running.url });
}

serve().catch((error: unknown) => {
  process.send?.({ error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
