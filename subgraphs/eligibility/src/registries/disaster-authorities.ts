import { Pool } from 'pg';
import { ERRORS } from '../../../../common/src/errors';
import { SqlStats } from '../../../common/src/database';
import { inTransaction } from '../grants/transaction';
import { staffArguments, staffMemberOf } from './staff-member';

/** Disaster authority as the registry keeps it. */
export interface DisasterAuthorityRow {
  readonly staffId: string;
  readonly institutionCode: string;
  readonly grantedAt: Date;
  readonly revokedAt: Date | null;
}

const AUTHORITY_COLUMNS = (institution: string) =>
  `d.staff_id::text AS "staffId", ${institution} AS "institutionCode", d.granted_at AS "grantedAt", d.revoked_at AS "revokedAt"`;

/**
 * Grants a staff member of the institution disaster authority (災害時に閲覧権限が与えられた者) from
 * `now`; a member who holds it already keeps the grant they have.
 */
export function grantDisasterAuthority(pool: Pool, stats: SqlStats, institutionCode: string, staffLoginId: string, now: Date): Promise<DisasterAuthorityRow> {
  staffArguments(institutionCode, staffLoginId);
  return inTransaction(pool, stats, async (sql) => {
    const staff = await staffMemberOf(sql, institutionCode, staffLoginId);
    await sql.query(
      `INSERT INTO disaster_authorities (staff_id, granted_at) VALUES ($1::bigint, $2)
       ON CONFLICT (staff_id) WHERE revoked_at IS NULL DO NOTHING`,
      [staff.id, now],
    );
    const [open] = await sql.query<DisasterAuthorityRow>(
      `SELECT ${AUTHORITY_COLUMNS('$2::text')} FROM disaster_authorities d WHERE d.staff_id = $1::bigint AND d.revoked_at IS NULL`,
      [staff.id, institutionCode],
    );
    return open!;
  });
}

/** Revokes a staff member's disaster authority from `now`; NOT_FOUND when they hold none. */
export function revokeDisasterAuthority(pool: Pool, stats: SqlStats, institutionCode: string, staffLoginId: string, now: Date): Promise<DisasterAuthorityRow> {
  staffArguments(institutionCode, staffLoginId);
  return inTransaction(pool, stats, async (sql) => {
    const staff = await staffMemberOf(sql, institutionCode, staffLoginId);
    const [revoked] = await sql.query<DisasterAuthorityRow>(
      `UPDATE disaster_authorities d SET revoked_at = greatest($2::timestamptz, d.granted_at)
        WHERE d.staff_id = $1::bigint AND d.revoked_at IS NULL RETURNING ${AUTHORITY_COLUMNS('$3::text')}`,
      [staff.id, now, institutionCode],
    );
    if (!revoked) throw ERRORS.NOT_FOUND(`Staff member ${staffLoginId} holds no disaster authority`);
    return revoked;
  });
}
