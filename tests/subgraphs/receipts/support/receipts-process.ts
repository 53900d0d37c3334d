import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { ChildMessage, ParentMessage } from './messages';

export interface ReceiptsProcess {
  readonly url: string;
  /** SQL statements the subgraph has run since it started. */
  statements(): Promise<number>;
  stop(): Promise<void>;
}

function nextMessage(child: ChildProcess): Promise<ChildMessage> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`the receipts subgraph process exited (${code})`));
    child.once('exit', onExit);
    child.once('message', (message: ChildMessage) => {
      child.off('exit', onExit);
      resolve(message);
    });
  });
}

/** Starts the receipts subgraph under Node (with tsx) on a free port, against `databaseUrl`. */
export async function startReceiptsProcess(databaseUrl: string): Promise<ReceiptsProcess> {
  const child = fork(join(__dirname, 'serve-receipts.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = (message: ParentMessage): Promise<ChildMessage> => {
    const reply = nextMessage(child);
    child.send(message);
    return reply;
  };
  const started = await nextMessage(child);
  if (!('url' in started)) {
    child.kill();
    throw new Error(`the receipts subgraph did not start: ${'error' in started ? started.error : 'no url'}`);
  }
  return {
    url: started.url,
    async statements() {
      const reply = await ask('stats');
      if (!('statements' in reply)) throw new Error('the receipts subgraph process did not report its statements');
      return reply.statements;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send('stop');
      await exited;
    },
  };
}
