import { RowBuffer, SeederChunk } from './copy';
import { SubgraphSeeder } from './seeder';
import { storyOf } from './story';
import { World } from './world';

/** People by index, `from` inclusive, `to` exclusive. */
export interface PersonRange {
  readonly from: number;
  readonly to: number;
}

/** Turns a world into COPY text: one chunk per seeder, in the seeders' order. */
export class ChunkGenerator {
  private readonly buffers: RowBuffer[];

  constructor(
    private readonly world: World,
    private readonly seeders: readonly SubgraphSeeder[],
  ) {
    this.buffers = seeders.map((s) => new RowBuffer(s.tables));
  }

  /** The reference rows. Seeders take the world's seed and date from this call, so it comes before any person. */
  reference(): SeederChunk[] {
    this.seeders.forEach((s, i) => s.reference(this.world, (table, row) => this.buffers[i]!.add(table, row)));
    return this.buffers.map((b) => b.drain());
  }

  /** What `reference` gives the seeders, without the rows: for a thread whose reference rows another one loads. */
  prepare(): void {
    for (const s of this.seeders) s.reference(this.world, () => undefined);
  }

  people({ from, to }: PersonRange): SeederChunk[] {
    for (let index = from; index < to; index++) {
      const story = storyOf(this.world, this.world.person(index));
      this.seeders.forEach((s, i) => s.person(story, (table, row) => this.buffers[i]!.add(table, row)));
    }
    return this.buffers.map((b) => b.drain());
  }
}

/** Where the loader gets people's chunks from: this thread, or generator threads. */
export interface ChunkSource {
  people(range: PersonRange): Promise<SeederChunk[]>;
  close(): Promise<void>;
}

/** Generates on the calling thread (the seeders have had `reference` already). */
export function inThisThread(generator: ChunkGenerator): ChunkSource {
  return { people: async (range) => generator.people(range), close: async () => undefined };
}

/** The chunks of `ranges` in order, with up to `lookahead` of them asked for ahead of the one awaited. */
export async function* inOrder(source: ChunkSource, ranges: readonly PersonRange[], lookahead: number): AsyncGenerator<SeederChunk[]> {
  const asked = new Map<number, Promise<SeederChunk[]>>();
  let next = 0;
  for (let i = 0; i < ranges.length; i++) {
    for (; next < Math.min(ranges.length, i + Math.max(1, lookahead)); next++) {
      const chunks = source.people(ranges[next]!);
      // Awaited in turn; a failure of one not awaited yet must not count as unhandled.
      chunks.catch(() => undefined);
      asked.set(next, chunks);
    }
    const chunks = asked.get(i)!;
    asked.delete(i);
    yield await chunks;
  }
}
