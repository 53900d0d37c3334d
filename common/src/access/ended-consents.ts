import { isPersonId } from '../identifiers';
import { AccessGrant } from './access-grant';
import { GRANT_COLUMNS, GRANTS_TABLE } from './open-grants';
import { SqlReader } from './sql-reader';

/**
 * The persons' consents at the institution that have run out (24 hours, DOMAIN.md §4.1) without
 * being revoked: what makes a field CONSENT_EXPIRED rather than CONSENT_REQUIRED. A person has at
 * most one such consent there (a new one supersedes the last); the grant store returns grants in
 * force only. One statement for all the persons; ids no person can have are not asked about.
 */
export async function readEndedConsents(db: SqlReader, personIds: readonly string[], institutionCode: string, at: Date): Promise<AccessGrant[]> {
  const ids = personIds.filter(isPersonId);
  if (ids.length === 0) return [];
  return db.query<AccessGrant>(
    `SELECT ${GRANT_COLUMNS} FROM ${GRANTS_TABLE} g
      WHERE g.person_id = ANY($1::uuid[]) AND g.institution_code = $2 AND g.basis = 'CONSENT'
        AND g.revoked_at IS NULL AND g.expires_at <= $3`,
    [ids, institutionCode, at],
  );
}
