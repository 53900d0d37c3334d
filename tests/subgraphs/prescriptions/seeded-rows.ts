import { CopyValue } from '../../../data/src/seeder';
import { storyOf } from '../../../data/src/story';
import { World } from '../../../data/src/world';
import { PRESCRIPTION_TABLES, PrescriptionsSeeder } from '../../../subgraphs/prescriptions/src/seed';

export type SeededRow = Record<string, CopyValue>;

/** What the seeder emits for a world's first `people` people, each table's rows as objects by column name. */
export function seededRows(world: World, people: number): Map<string, SeededRow[]> {
  const seeder = new PrescriptionsSeeder();
  const tables = new Map<string, SeededRow[]>(PRESCRIPTION_TABLES.map((t) => [t.table, []]));
  const emit = (table: string, row: readonly CopyValue[]): void => {
    const columns = PRESCRIPTION_TABLES.find((t) => t.table === table)!.columns;
    tables.get(table)!.push(Object.fromEntries(columns.map((c, i) => [c, row[i]!])));
  };
  seeder.reference(world, emit);
  for (let index = 0; index < people; index++) seeder.person(storyOf(world, world.person(index)), emit);
  return tables;
}
