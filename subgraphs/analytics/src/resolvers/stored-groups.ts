import { Database } from '../../../common/src/database';
import { FamilyName } from '../families/family';

export interface StoredGroup {
  readonly coordinates: readonly string[];
  /** By slot: null where withheld (or not published at this level). */
  readonly cells: ReadonlyArray<number | null>;
}

/**
 * The stored groups of a family's period at one level, those whose dimensions match `filters`
 * (one per dimension; null keeps every value), in the order of their values.
 */
export async function storedGroups(db: Database, family: FamilyName, period: string, level: number, filters: ReadonlyArray<string | null>): Promise<StoredGroup[]> {
  const values: unknown[] = [family, period, level];
  const conditions = filters.flatMap((value, d) => {
    if (value === null) return [];
    values.push(value);
    return [`coordinates[${d + 1}] = $${values.length}`];
  });
  return db.query<StoredGroup>(
    `SELECT coordinates, cells FROM family_groups WHERE family = $1 AND period = $2 AND level = $3${conditions.map((c) => ` AND ${c}`).join('')} ORDER BY coordinates`,
    values,
  );
}

/** When the aggregates were last computed; null before the first time. */
export async function refreshedAt(db: Database): Promise<string | null> {
  const [row] = await db.query<{ refreshed_at: Date }>('SELECT refreshed_at FROM refresh_state WHERE id = 1');
  return row ? row.refreshed_at.toISOString() : null;
}

/** The periods a family has aggregates for, in order. */
export async function periodsOf(db: Database, family: FamilyName): Promise<string[]> {
  const rows = await db.query<{ period: string }>('SELECT DISTINCT period FROM family_groups WHERE family = $1 ORDER BY period', [family]);
  return rows.map((row) => row.period);
}
