import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { ChunkGenerator } from './chunk-generator';
import { GeneratorReply, GeneratorRequest, GeneratorThreadData } from './generator-protocol';
import { SubgraphSeeder } from './seeder';
import { World } from './world';

/** A worker thread that generates people's rows as COPY text for the loading thread (see generator-threads.ts). */
const data = workerData as GeneratorThreadData;
// The seeders module is named at run time; loaded through require so the TypeScript hooks of the thread apply.
const { seeders } = createRequire(__filename)(data.seedersModule) as { seeders: readonly SubgraphSeeder[] };
const schemas = seeders.map((s) => s.schema);
if (schemas.join() !== data.schemas.join()) throw new Error(`${data.seedersModule} gives the seeders ${schemas.join(', ')}, not ${data.schemas.join(', ')}`);
const generator = new ChunkGenerator(new World(data.world), seeders);
generator.prepare();

parentPort!.on('message', (request: GeneratorRequest) => {
  let reply: GeneratorReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const chunks = generator.people(request);
    transfer = chunks.flatMap((chunk) => [...chunk.values()].map((t) => t.bytes.buffer as ArrayBuffer));
    reply = { id: request.id, chunks };
  } catch (error) {
    reply = { id: request.id, error: (error as Error).message };
  }
  parentPort!.postMessage(reply, transfer);
});
