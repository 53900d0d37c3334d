import { ChainedAccessEvent, EMERGENCY_BASES } from '../../../common/src/audit/access-event';
import { EVENTS_TABLE, EventRow, eventOfRow, SELECT_EVENT } from '../../../common/src/audit/event-row';
import { Database } from '../../common/src/database';
import { Page } from '../../common/src/pagination';
import { EventFilter } from './filter';

/** A `WHERE` clause and its values, built condition by condition. */
class Conditions {
  readonly clauses: string[] = [];
  readonly values: unknown[] = [];

  add(sql: (placeholder: string) => string, value: unknown): void {
    this.values.push(value);
    this.clauses.push(sql(`$${this.values.length}`));
  }

  get where(): string {
    return this.clauses.length === 0 ? '' : `WHERE ${this.clauses.join(' AND ')}`;
  }
}

const FLAGGED = [...EMERGENCY_BASES, 'DISASTER'];

function filtered(filter: EventFilter): Conditions {
  const conditions = new Conditions();
  if (filter.personId !== null) conditions.add((p) => `e.person_id = ${p}::uuid`, filter.personId);
  if (filter.institutionCode !== null) conditions.add((p) => `e.institution_code = ${p}`, filter.institutionCode);
  if (filter.userId !== null) conditions.add((p) => `e.user_id = ${p}`, filter.userId);
  if (filter.bases !== null) conditions.add((p) => `e.basis = ANY(${p}::text[])`, filter.bases);
  if (filter.emergencyOrDisaster) conditions.add((p) => `e.basis = ANY(${p}::text[])`, FLAGGED);
  if (filter.outcome !== null) conditions.add((p) => `e.outcome = ${p}`, filter.outcome);
  if (filter.from !== null) conditions.add((p) => `e.recorded_at >= ${p}`, filter.from);
  if (filter.to !== null) conditions.add((p) => `e.recorded_at < ${p}`, filter.to);
  return conditions;
}

/** The events a cursor's page starts after: newest first, ties by id. */
function after(conditions: Conditions, page: Page): void {
  if (page.after === null) return;
  const [recordedAt, id] = page.after;
  conditions.values.push(recordedAt, id);
  const n = conditions.values.length;
  conditions.clauses.push(`(e.recorded_at, e.id) < ($${n - 1}::timestamptz, $${n}::uuid)`);
}

/** One page of the events the filter selects, and one more row if there is a next page. */
export async function selectEvents(db: Database, filter: EventFilter, page: Page): Promise<ChainedAccessEvent[]> {
  const conditions = filtered(filter);
  after(conditions, page);
  conditions.values.push(page.limit + 1);
  const rows = await db.query<EventRow>(
    `SELECT ${SELECT_EVENT} FROM ${EVENTS_TABLE} e ${conditions.where} ORDER BY e.recorded_at DESC, e.id DESC LIMIT $${conditions.values.length}`,
    conditions.values,
  );
  return rows.map(eventOfRow);
}

export async function countEvents(db: Database, filter: EventFilter): Promise<number> {
  const conditions = filtered(filter);
  const [row] = await db.query<{ count: string }>(`SELECT count(*) AS count FROM ${EVENTS_TABLE} e ${conditions.where}`, conditions.values);
  return Number(row?.count ?? 0);
}

/** A page of each person's history, newest first, for all the persons in one statement. */
export async function selectHistories(db: Database, personIds: readonly string[], page: Page): Promise<ChainedAccessEvent[]> {
  const [recordedAt, id] = page.after ?? [null, null];
  const rows = await db.query<EventRow>(
    `SELECT ${SELECT_EVENT}
       FROM unnest($1::uuid[]) AS p(id)
       CROSS JOIN LATERAL (
         SELECT * FROM ${EVENTS_TABLE} x
          WHERE x.person_id = p.id AND ($2::timestamptz IS NULL OR (x.recorded_at, x.id) < ($2::timestamptz, $3::uuid))
          ORDER BY x.recorded_at DESC, x.id DESC LIMIT $4
       ) e`,
    [personIds, recordedAt, id, page.limit + 1],
  );
  return rows.map(eventOfRow);
}

export async function countHistories(db: Database, personIds: readonly string[]): Promise<Array<{ personId: string; count: number }>> {
  const rows = await db.query<{ person_id: string; count: string }>(
    `SELECT person_id, count(*) AS count FROM ${EVENTS_TABLE} WHERE person_id = ANY($1::uuid[]) GROUP BY person_id`,
    [personIds],
  );
  return rows.map((row) => ({ personId: row.person_id, count: Number(row.count) }));
}
