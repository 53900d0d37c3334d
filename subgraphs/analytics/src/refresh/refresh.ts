import { Pool, PoolClient, QueryResultRow } from 'pg';
import { SqlReader } from '../../../../common/src/access/sql-reader';
import { accessesFamily } from '../families/accesses';
import { checkupsFamily } from '../families/checkups';
import { consentsFamily } from '../families/consents';
import { dispensingsFamily } from '../families/dispensings';
import { Family, FamilyName } from '../families/family';
import { buildGroups } from '../suppression/groups';
import { suppress } from '../suppression/suppress';
import { Group } from '../suppression/table';
import { writeRolloutPoints } from './rollout-points';

export const FAMILIES: readonly Family[] = [checkupsFamily, consentsFamily, dispensingsFamily, accessesFamily];

/** The other subgraphs' tables the aggregates are read from (and the access log, audit.access_events, when it is in the same database). */
export const SOURCE_TABLES = [
  'eligibility.people',
  'eligibility.institutions',
  'eligibility.terminals',
  'eligibility.card_certificates',
  'eligibility.qualifications',
  'eligibility.grants',
  'checkups.checkups',
  'prescriptions.dispensings',
  'prescriptions.drugs',
] as const;

export interface RefreshReport {
  readonly refreshedAt: Date;
  readonly durationMs: number;
  /** Groups written, cells withheld and the time taken, by family. */
  readonly families: Readonly<Record<FamilyName, FamilyReport>>;
  readonly rolloutDays: number;
  readonly rolloutMs: number;
}

export interface FamilyReport {
  readonly groups: number;
  readonly primary: number;
  readonly secondary: number;
  readonly milliseconds: number;
}

/** Rows written per statement. */
const BATCH = 2000;

const INSERT_GROUPS = `
INSERT INTO family_groups (family, period, level, coordinates, cells)
SELECT $1, $2, (g->>'l')::smallint,
  ARRAY(SELECT jsonb_array_elements_text(g->'c')),
  ARRAY(SELECT v::int FROM jsonb_array_elements_text(g->'v') AS v)
FROM jsonb_array_elements($3::jsonb) AS g`;

/** A group as stored: its cells' counts, null where withheld or not published. */
const stored = (group: Group) => ({
  l: group.level,
  c: group.coordinates,
  v: group.values.map((value, slot) => (group.published[slot] && !group.suppressed[slot] ? value : null)),
});

async function writeFamily(sql: SqlReader, family: Family): Promise<FamilyReport> {
  const started = Date.now();
  await sql.query('DELETE FROM family_groups WHERE family = $1', [family.name]);
  const totals = { groups: 0, primary: 0, secondary: 0 };
  for await (const { period, joint } of family.counts(sql)) {
    const byLevel = buildGroups(family.spec, joint);
    const withheld = suppress(family.spec, byLevel);
    totals.primary += withheld.primary;
    totals.secondary += withheld.secondary;
    const groups = [...byLevel.values()].flatMap((level) => [...level.values()]);
    totals.groups += groups.length;
    for (let i = 0; i < groups.length; i += BATCH) {
      await sql.query(INSERT_GROUPS, [family.name, period, JSON.stringify(groups.slice(i, i + BATCH).map(stored))]);
    }
  }
  return { ...totals, milliseconds: Date.now() - started };
}

/** Whether every source table exists (a subgraph deployed without the others' schemas has nothing to aggregate). */
export async function sourcesExist(sql: SqlReader): Promise<boolean> {
  const [row] = await sql.query<{ missing: number }>('SELECT count(*) FILTER (WHERE to_regclass(t) IS NULL)::int AS missing FROM unnest($1::text[]) AS t', [[...SOURCE_TABLES]]);
  return row?.missing === 0;
}

function readerOn(client: PoolClient): SqlReader {
  return {
    async query<R extends QueryResultRow>(text: string, values: readonly unknown[] = []): Promise<R[]> {
      return (await client.query<R>(text, values as unknown[])).rows;
    },
  };
}

/**
 * Computes every aggregate afresh from the other subgraphs' schemas and replaces the stored ones,
 * in one transaction that reads one snapshot of the data: readers see the old aggregates until it
 * commits, and all the new ones after. Null when another refresh is running (it holds the lock).
 */
export async function refreshAnalytics(pool: Pool, today: string): Promise<RefreshReport | null> {
  const started = Date.now();
  const client = await pool.connect();
  const sql = readerOn(client);
  let broken = false;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    const [lock] = await sql.query<{ locked: boolean }>("SELECT pg_try_advisory_xact_lock(hashtext('analytics:refresh')) AS locked");
    if (!lock?.locked) {
      await client.query('ROLLBACK');
      return null;
    }
    const families = {} as Record<FamilyName, FamilyReport>;
    for (const family of FAMILIES) families[family.name] = await writeFamily(sql, family);
    const rolloutStarted = Date.now();
    const rolloutDays = await writeRolloutPoints(sql, today);
    const rolloutMs = Date.now() - rolloutStarted;
    const durationMs = Date.now() - started;
    const [state] = await sql.query<{ refreshed_at: Date }>(
      `INSERT INTO refresh_state (id, refreshed_at, duration_ms) VALUES (1, now(), $1)
       ON CONFLICT (id) DO UPDATE SET refreshed_at = excluded.refreshed_at, duration_ms = excluded.duration_ms
       RETURNING refreshed_at`,
      [durationMs],
    );
    await client.query('COMMIT');
    return { refreshedAt: state!.refreshed_at, durationMs, families, rolloutDays, rolloutMs };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw error;
  } finally {
    client.release(broken);
  }
}
