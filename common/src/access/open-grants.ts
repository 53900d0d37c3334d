import { AccessGrant } from './access-grant';
import { SqlReader } from './sql-reader';

/** A grant as AccessGrant, from the grants table aliased `g`. */
export const GRANT_COLUMNS = `g.id::text AS id, g.basis, g.person_id::text AS "personId", g.institution_code AS "institutionCode",
  g.categories, g.verification, g.terminal_id::text AS "terminalId", g.granted_at AS "grantedAt", g.expires_at AS "expiresAt",
  g.opened_by AS "openedBy", g.purpose, g.identification, g.disaster_id::text AS "disasterId"`;

/**
 * The consent registry: eligibility's grants table, which eligibility alone writes (consent, and
 * the emergency and disaster accesses) and the gateway and every subgraph read, all in the one database.
 */
export const GRANTS_TABLE = 'eligibility.grants';

/**
 * The person's grants at the institution (null: at none, i.e. SELF) that are not revoked and
 * end after `since`, newest first: one statement on the grants table, the source of truth.
 */
export function readOpenGrants(db: SqlReader, personId: string, institutionCode: string | null, since: Date): Promise<AccessGrant[]> {
  const institution = institutionCode === null ? 'g.institution_code IS NULL' : 'g.institution_code = $3';
  const values = institutionCode === null ? [personId, since] : [personId, since, institutionCode];
  return db.query<AccessGrant>(
    `SELECT ${GRANT_COLUMNS} FROM ${GRANTS_TABLE} g
     WHERE g.person_id = $1::uuid AND ${institution} AND g.revoked_at IS NULL AND g.expires_at > $2
     ORDER BY g.granted_at DESC, g.id`,
    values,
  );
}
