import { Pool } from 'pg';
import { badUserInput, ERRORS } from '../../../../common/src/errors';
import { QUALIFIED_ROLES } from '../../../../common/src/policy/bases';
import { Database, SqlStats } from '../../../common/src/database';
import { inTransaction } from '../grants/transaction';
import { staffArguments, staffMemberOf } from './staff-member';

/** An emergency ID as the registry keeps it. */
export interface EmergencyIdRow {
  readonly loginId: string;
  readonly staffId: string;
  readonly institutionCode: string;
  readonly issuedAt: Date;
  readonly revokedAt: Date | null;
}

export const EMERGENCY_ID_COLUMNS = `e.login_id AS "loginId", e.staff_id::text AS "staffId", e.institution_code AS "institutionCode",
  e.issued_at AS "issuedAt", e.revoked_at AS "revokedAt"`;

const EMERGENCY_ID = /^[0-9]{10}-E[0-9]{2,6}$/;

/**
 * Issues an emergency ID (救急用の専用ID) to a qualified staff member of the institution (DOMAIN.md
 * §3: 救急医療に携わる有資格者): `<institution code>-E<nn>`, numbered after the institution's last,
 * under a lock of the institution's IDs so two issues do not share a number.
 */
export async function issueEmergencyId(pool: Pool, stats: SqlStats, institutionCode: string, staffLoginId: string, now: Date): Promise<EmergencyIdRow> {
  staffArguments(institutionCode, staffLoginId);
  return inTransaction(pool, stats, async (sql) => {
    const staff = await staffMemberOf(sql, institutionCode, staffLoginId);
    if (!(QUALIFIED_ROLES as readonly string[]).includes(staff.qualification)) {
      throw badUserInput('staffLoginId', 'is not a physician, dentist or pharmacist: emergency IDs are issued to qualified staff only');
    }
    await sql.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`emergency-ids:${institutionCode}`]);
    const [issued] = await sql.query<EmergencyIdRow>(
      `INSERT INTO emergency_ids AS e (login_id, staff_id, institution_code, issued_at)
       SELECT $1 || '-E' || lpad(n::text, greatest(2, length(n::text)), '0'), $2::bigint, $1, $3
         FROM (SELECT coalesce(max(substring(login_id FROM '-E([0-9]+)$')::int), 0) + 1 AS n FROM emergency_ids WHERE institution_code = $1) next
       RETURNING ${EMERGENCY_ID_COLUMNS}`,
      [institutionCode, staff.id, now],
    );
    return issued!;
  });
}

/** Revokes an emergency ID from `now` (once: revoking it again returns it as it is). */
export async function revokeEmergencyId(db: Database, emergencyId: string, now: Date): Promise<EmergencyIdRow> {
  if (!EMERGENCY_ID.test(emergencyId)) throw badUserInput('emergencyId', 'must be an emergency ID (<institution code>-E<digits>)');
  const [revoked] = await db.query<EmergencyIdRow>(
    `UPDATE emergency_ids e SET revoked_at = coalesce(e.revoked_at, greatest($2::timestamptz, e.issued_at)) WHERE e.login_id = $1 RETURNING ${EMERGENCY_ID_COLUMNS}`,
    [emergencyId, now],
  );
  if (!revoked) throw ERRORS.NOT_FOUND(`Emergency ID ${emergencyId} was not issued`);
  return revoked;
}
