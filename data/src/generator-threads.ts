import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ChunkSource } from './chunk-generator';
import { SeederChunk } from './copy';
import { GeneratorReply, GeneratorRequest, GeneratorThreadData } from './generator-protocol';

const ENTRY = join(__dirname, `generator-thread${extname(__filename)}`);
// Worker threads do not inherit tsx's hooks: a TypeScript entry gets its CommonJS hook explicitly.
const EXEC_ARGV = extname(ENTRY) === '.ts' ? ['--require', require.resolve('tsx/cjs')] : [];

/**
 * `count` worker threads that each generate the chunks they are asked for (request n goes to
 * thread n mod count). A thread that fails fails every request still open.
 */
export function startGeneratorThreads(count: number, data: GeneratorThreadData): ChunkSource {
  const waiting = new Map<number, { resolve: (chunks: SeederChunk[]) => void; reject: (error: Error) => void }>();
  let failure: Error | null = null;
  let closing = false;
  const fail = (error: Error): void => {
    if (closing) return;
    failure ??= error;
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  const threads = Array.from({ length: count }, () => {
    const thread = new Worker(ENTRY, { workerData: data, execArgv: EXEC_ARGV });
    thread.on('message', (reply: GeneratorReply) => {
      const w = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) w?.reject(new Error(reply.error));
      else w?.resolve(reply.chunks);
    });
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`a generator thread stopped (status ${code})`)));
    return thread;
  });
  let next = 0;
  return {
    people(range) {
      if (failure) return Promise.reject(failure);
      const request: GeneratorRequest = { id: next++, ...range };
      return new Promise((resolve, reject) => {
        waiting.set(request.id, { resolve, reject });
        threads[request.id % count]!.postMessage(request);
      });
    },
    async close() {
      closing = true;
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
