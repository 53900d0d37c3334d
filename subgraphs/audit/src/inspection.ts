import { EVENTS_TABLE } from '../../../common/src/audit/event-row';
import { badUserInput } from '../../../common/src/errors';
import { isoDateProblem } from '../../../common/src/identifiers';
import { addDays, daysBetween } from '../../../common/src/japan-calendar';
import { BASIS_RULES, POLICY_TIME_ZONE_OFFSET } from '../../../common/src/policy/bases';
import { Database } from '../../common/src/database';

/** The mutation whose event is the opening of an emergency access without a card (the gateway records it served under that basis). */
export const OPENING_FIELD = 'Mutation.openEmergencyAccessWithoutCard';

/** One access event under an emergency access without a card, as the inspection shows it. */
export interface InspectedAccessModel {
  readonly eventId: string;
  readonly requestId: string;
  readonly accessedAt: Date;
  readonly institutionCode: string | null;
  readonly terminalId: string | null;
  /** The login of the event: the emergency ID. */
  readonly emergencyId: string;
  readonly qualification: string | null;
  readonly viewerName: string | null;
  readonly personId: string;
  readonly outcome: string;
  /** The event is the opening mutation itself, not a read under the access. */
  readonly opening: boolean;
  readonly registered: boolean;
}

export interface EmergencyInspectionModel {
  readonly from: string;
  readonly to: string;
  readonly accesses: readonly InspectedAccessModel[];
}

/** The longest period one report covers. */
const MAX_DAYS = 366;

interface EventLine {
  readonly id: string;
  readonly request_id: string;
  readonly recorded_at: Date;
  readonly institution_code: string | null;
  readonly terminal_id: string | null;
  readonly user_id: string;
  readonly qualification: string | null;
  readonly person_id: string;
  readonly outcome: string;
  readonly opening: boolean;
  /** When the access the event was made under was opened: the latest opening by the same institution for the person within the access's validity, else the event itself. */
  readonly opened_at: Date;
}

/**
 * The events of the access log under EMERGENCY_NO_CARD in the period, oldest first (read as the
 * log's reader role), each with the opening of the access it was made under.
 */
const EVENTS = `
SELECT e.id::text AS id, e.request_id, e.recorded_at, e.institution_code, e.terminal_id, e.user_id, e.qualification, e.person_id::text AS person_id, e.outcome,
       coalesce((e.fields->'served'->'EMERGENCY_NO_CARD') ? $3, false) AS opening,
       coalesce(o.opened_at, e.recorded_at) AS opened_at
  FROM ${EVENTS_TABLE} e
  LEFT JOIN LATERAL (
    SELECT max(x.recorded_at) AS opened_at FROM ${EVENTS_TABLE} x
     WHERE x.person_id = e.person_id AND x.institution_code = e.institution_code AND x.basis = 'EMERGENCY_NO_CARD'
       AND (x.fields->'served'->'EMERGENCY_NO_CARD') ? $3
       AND x.recorded_at <= e.recorded_at AND x.recorded_at > e.recorded_at - make_interval(secs => $4)
  ) o ON true
 WHERE e.basis = 'EMERGENCY_NO_CARD' AND e.recorded_at >= $1 AND e.recorded_at < $2
 ORDER BY e.recorded_at, e.id`;

/**
 * What eligibility knows of each line (its schema, read only): the staff member the emergency ID
 * was issued to, and whether the institution reported an EHR registration of the patient at or
 * after the access was opened.
 */
const ELIGIBILITY_FACTS = `
SELECT a.i::int AS i, s.name AS viewer_name,
       EXISTS (SELECT 1 FROM eligibility.ehr_registrations r
                WHERE r.person_id = a.person_id AND r.institution_code = a.institution_code AND r.registered_at >= a.opened_at) AS registered
  FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[]) WITH ORDINALITY AS a(person_id, institution_code, opened_at, login_id, i)
  LEFT JOIN eligibility.emergency_ids ei ON ei.login_id = a.login_id
  LEFT JOIN eligibility.staff s ON s.id = ei.staff_id`;

function dayOf(argument: string, value: string): string {
  const problem = isoDateProblem(value);
  if (problem !== null) throw badUserInput(argument, problem);
  return value;
}

const startOfDay = (day: string): Date => new Date(`${day}T00:00:00${POLICY_TIME_ZONE_OFFSET}`);

/**
 * The periodic inspection of seed 000 救急時② (救急専用端末の閲覧ログに基づき、電子カルテへの患者情報の
 * 登録の状況等を定期的に点検), read from the access log: every access event under an emergency
 * access without a card from `from` to `to` (days in Japan, inclusive) — the opening mutation and
 * each read under it — with whether the institution registered the patient in its EHR at or after
 * the access was opened. The events are read as the log's reader role (`log`); the registrations
 * and the staff from eligibility's schema (`registry`).
 */
export async function emergencyInspection(log: Database, registry: Database, fromArgument: string, toArgument: string): Promise<EmergencyInspectionModel> {
  const [from, to] = [dayOf('from', fromArgument), dayOf('to', toArgument)];
  if (to < from) throw badUserInput('to', 'must not be before from');
  if (daysBetween(from, to) >= MAX_DAYS) throw badUserInput('to', `must be within ${MAX_DAYS} days of from`);
  const validitySeconds = (BASIS_RULES.EMERGENCY_NO_CARD.validityHours ?? 0) * 3600;
  const lines = await log.query<EventLine>(EVENTS, [startOfDay(from), startOfDay(addDays(to, 1)), OPENING_FIELD, validitySeconds]);
  if (lines.length === 0) return { from, to, accesses: [] };
  const facts = await registry.query<{ i: number; viewer_name: string | null; registered: boolean }>(ELIGIBILITY_FACTS, [
    lines.map((line) => line.person_id),
    lines.map((line) => line.institution_code),
    lines.map((line) => line.opened_at),
    lines.map((line) => line.user_id),
  ]);
  const byLine = new Map(facts.map((fact) => [fact.i, fact]));
  return {
    from,
    to,
    accesses: lines.map((line, index) => ({
      eventId: line.id,
      requestId: line.request_id,
      accessedAt: line.recorded_at,
      institutionCode: line.institution_code,
      terminalId: line.terminal_id,
      emergencyId: line.user_id,
      qualification: line.qualification,
      viewerName: byLine.get(index + 1)?.viewer_name ?? null,
      personId: line.person_id,
      outcome: line.outcome,
      opening: line.opening,
      registered: byLine.get(index + 1)?.registered ?? false,
    })),
  };
}
