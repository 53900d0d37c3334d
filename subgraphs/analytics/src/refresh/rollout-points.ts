import { SqlReader } from '../../../../common/src/access/sql-reader';
import { addDays } from '../../../../common/src/japan-calendar';
import { SMALLEST_SHOWN } from '../suppression/suppress';

const KINDS = ['HOSPITAL', 'MEDICAL_CLINIC', 'DENTAL_CLINIC', 'PHARMACY'] as const;

/** Counts that change on some days: how much on each (YYYY-MM-DD). */
type Changes = ReadonlyArray<{ day: string; change: number }>;

/** The last day of each month from `first`'s to the month before `today`'s, then `today`. */
export function rolloutDays(first: string, today: string): string[] {
  const days: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const nextMonth = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    const end = addDays(nextMonth, -1);
    if (end >= today) break;
    days.push(end);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  if (first <= today) days.push(today);
  return days;
}

/** The running total of `changes` on each of `days` (both ascending). */
function runningTotals(changes: Changes, days: readonly string[]): number[] {
  const sorted = [...changes].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const totals: number[] = [];
  let i = 0;
  let total = 0;
  for (const day of days) {
    while (i < sorted.length && sorted[i]!.day <= day) total += sorted[i++]!.change;
    totals.push(total);
  }
  return totals;
}

const shown = (count: number): number | null => (count >= SMALLEST_SHOWN ? count : null);

/**
 * The rollout computed from the registries, month by month from the first terminal registered
 * to `today`: every facility of each kind (the registry keeps no opening dates, so all of today's
 * count), those with a terminal registered by that day (the data's counterpart of a card reader
 * applied for); persons with a card certificate linked by then (健康保険証利用の申込: a
 * registration counts from the first card certificate issued to the person) and insured persons
 * with a qualification in force that day, each withheld under 10.
 */
export async function writeRolloutPoints(sql: SqlReader, today: string): Promise<number> {
  const facilities = await sql.query<{ kind: string; count: number }>('SELECT kind, count(*)::int AS count FROM eligibility.institutions GROUP BY kind');
  const firstTerminals = await sql.query<{ kind: string; day: string; count: number }>(
    `SELECT kind, day, count(*)::int AS count FROM (
       SELECT i.kind, ((min(t.registered_at) AT TIME ZONE 'Asia/Tokyo')::date)::text AS day
       FROM eligibility.institutions i JOIN eligibility.terminals t ON t.institution_code = i.code
       GROUP BY i.code, i.kind) first
     GROUP BY kind, day`,
  );
  const registrations = await sql.query<{ day: string; change: number }>(
    `SELECT first_day::text AS day, count(*)::int AS change
     FROM (SELECT min(issued_on) AS first_day FROM eligibility.card_certificates WHERE kind = 'CARD' GROUP BY person_id) f
     GROUP BY 1`,
  );
  const insured = await sql.query<{ day: string; change: number }>(
    `SELECT day::text AS day, sum(change)::int AS change FROM (
       SELECT acquired_on AS day, 1 AS change FROM eligibility.qualifications
       UNION ALL SELECT lost_on, -1 FROM eligibility.qualifications WHERE lost_on IS NOT NULL) e
     GROUP BY 1`,
  );
  await sql.query('DELETE FROM rollout_facilities');
  await sql.query('DELETE FROM rollout_registrations');
  if (firstTerminals.length === 0) return 0;
  const first = firstTerminals.reduce((min, row) => (row.day < min ? row.day : min), firstTerminals[0]!.day);
  const days = rolloutDays(first, today);
  const facilitiesOf = new Map(facilities.map((row) => [row.kind, row.count]));
  const kinds = KINDS.map((kind) => ({
    kind,
    facilities: facilitiesOf.get(kind) ?? 0,
    withTerminal: runningTotals(firstTerminals.filter((row) => row.kind === kind).map((row) => ({ day: row.day, change: row.count })), days),
  }));
  const registered = runningTotals(registrations, days);
  const insuredOn = runningTotals(insured, days);
  await sql.query(
    `INSERT INTO rollout_facilities (as_of, institution_kind, facilities, with_terminal)
     SELECT d.day::date, k.kind, k.facilities, (k.with_terminal)[d.n]
     FROM unnest($1::text[]) WITH ORDINALITY AS d(day, n),
          jsonb_to_recordset($2::jsonb) AS k(kind text, facilities int, with_terminal int[])`,
    [days, JSON.stringify(kinds.map((k) => ({ kind: k.kind, facilities: k.facilities, with_terminal: k.withTerminal })))],
  );
  await sql.query(
    `INSERT INTO rollout_registrations (as_of, registrations, insured_persons)
     SELECT day::date, registrations, insured FROM unnest($1::text[], $2::int[], $3::int[]) AS r(day, registrations, insured)`,
    [days, registered.map(shown), insuredOn.map(shown)],
  );
  return days.length;
}
