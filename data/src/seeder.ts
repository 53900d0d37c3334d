import { Story } from './story';
import { World } from './world';

/** A table a seeder fills, columns in COPY order. */
export interface TableSpec {
  readonly table: string;
  readonly columns: readonly string[];
}

/** A value as COPY text writes it: null is NULL; dates are ISO strings; arrays become PostgreSQL array literals. */
export type CopyValue = string | number | boolean | null | readonly (string | number)[];

export type Emit = (table: string, row: readonly CopyValue[]) => void;

/**
 * How one subgraph's data is generated: reference rows once per data set, then rows per
 * person from that person's story. The loader streams them into the subgraph's schema with COPY.
 */
export interface SubgraphSeeder {
  /** The PostgreSQL schema the rows go to. */
  readonly schema: string;
  /** Every table this seeder writes, in an order that satisfies foreign keys. */
  readonly tables: readonly TableSpec[];
  reference(world: World, emit: Emit): void;
  person(story: Story, emit: Emit): void;
}
