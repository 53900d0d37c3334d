import { checkupsSubgraph } from '../../../../subgraphs/checkups/src';
import { createPool } from '../../../../subgraphs/common/src/database';
import { ChildMessage, ParentMessage } from './messages';

/**
 * Runs the checkups subgraph in a child process for the integration tests, answering the
 * parent's 'stats' and 'stop' messages. Mercurius loads an ES-module-only dependency
 * (content-disposition 3, via @fastify/static) that Node requires natively but Jest's
 * CommonJS runtime cannot, so the server runs under Node itself.
 */
async function serve(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString || !process.send) throw new Error('run me with fork() and DATABASE_URL');
  const send = (message: ChildMessage): void => void process.send!(message);
  const pool = createPool({ connectionString, schema: checkupsSubgraph.schema });
  const running = await checkupsSubgraph.start({ pool, port: 0 });
  process.on('message', (message: ParentMessage) => {
    if (message === 'stats') send({ statements: running.stats.statements });
    if (message === 'stop') void running.stop().then(() => pool.end()).then(() => process.exit(0));
  });
  send({ url: running.url });
}

serve().catch((error: Error) => {
  process.send?.({ error: error.message });
  process.exit(1);
});
