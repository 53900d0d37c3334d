import { AccessContext } from '../../../../common/src/access/access-context';
import { badUserInput, ERRORS } from '../../../../common/src/errors';
import { personIdProblem } from '../../../../common/src/identifiers';
import { assertValid } from '../../../../common/src/validate';
import { Database } from '../../../common/src/database';
import { callerInstitution } from '../internal-caller';

/** An EHR registration as the institution reported it. */
export interface EhrRegistrationRow {
  readonly id: string;
  readonly personId: string;
  readonly institutionCode: string;
  readonly registeredAt: Date;
  readonly reportedAt: Date;
}

/** How far ahead of the clock a registration time is taken as the reporting system's clock skew. */
const CLOCK_SKEW_MS = 5 * 60_000;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

function registeredAtOf(value: string | null | undefined, now: Date): Date {
  if (value === null || value === undefined) return now;
  const time = ISO_INSTANT.test(value) ? new Date(value) : null;
  if (time === null || Number.isNaN(time.getTime())) throw badUserInput('input.registeredAt', 'must be an ISO 8601 instant with its offset (e.g. 2026-11-21T09:30:00+09:00)');
  if (time.getTime() > now.getTime() + CLOCK_SKEW_MS) throw badUserInput('input.registeredAt', 'must not be in the future');
  return time;
}

/**
 * 電子カルテへの患者情報の登録 as an institution reports it (seed 000 救急時②): the patient registered
 * in the caller's institution's EHR, when. The institution is the caller's own.
 */
export async function reportEhrRegistration(
  db: Database,
  access: AccessContext,
  input: { personId: string; registeredAt?: string | null },
  now: Date,
): Promise<EhrRegistrationRow> {
  const institutionCode = callerInstitution(access);
  assertValid('input.personId', input.personId, personIdProblem);
  const registeredAt = registeredAtOf(input.registeredAt, now);
  const [row] = await db.query<EhrRegistrationRow>(
    `INSERT INTO ehr_registrations AS r (institution_code, person_id, registered_at, reported_at, reported_by)
     SELECT $1, p.id, $3, $4, $5 FROM people p WHERE p.id = $2::uuid
     RETURNING r.id::text AS id, r.person_id::text AS "personId", r.institution_code AS "institutionCode", r.registered_at AS "registeredAt", r.reported_at AS "reportedAt"`,
    [institutionCode, input.personId, registeredAt, now, access.caller.loginId ?? null],
  );
  if (!row) throw ERRORS.NOT_FOUND(`Person ${input.personId} was not found`);
  return row;
}
