import { PersonRange } from './chunk-generator';
import { SeederChunk } from './copy';
import { WorldOptions } from './world';

/** What a generator thread starts with. */
export interface GeneratorThreadData {
  readonly world: WorldOptions;
  /** A module whose export `seeders` is the loading thread's list of seeders (same order). */
  readonly seedersModule: string;
  /** The schemas of those seeders, to check that the module gives the same ones. */
  readonly schemas: readonly string[];
}

export interface GeneratorRequest extends PersonRange {
  readonly id: number;
}

export type GeneratorReply =
  | { readonly id: number; readonly chunks: SeederChunk[] }
  | { readonly id: number; readonly error: string };
