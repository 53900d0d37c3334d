import { Database } from '../../../common/src/database';
import { ERRORS } from '../../../../common/src/errors';
import { GRANT_ROW_COLUMNS, GrantRow } from './grant-row';

/**
 * Withdraws a consent given at the institution: sets when it was revoked, once (revoking it
 * again returns it as it is). A consent of another institution is not found, as an unknown one.
 */
export async function revokeConsent(db: Database, grantId: string, institutionCode: string, now: Date): Promise<GrantRow> {
  const [revoked] = await db.query<GrantRow>(
    `WITH revoked AS (
       UPDATE grants SET revoked_at = GREATEST($3::timestamptz, granted_at)
       WHERE id = $1::uuid AND institution_code = $2 AND basis = 'CONSENT' AND revoked_at IS NULL
       RETURNING *
     )
     SELECT ${GRANT_ROW_COLUMNS} FROM revoked g
     UNION ALL
     SELECT ${GRANT_ROW_COLUMNS} FROM grants g
     WHERE g.id = $1::uuid AND g.institution_code = $2 AND g.basis = 'CONSENT' AND g.revoked_at IS NOT NULL`,
    [grantId, institutionCode, now],
  );
  if (!revoked) throw ERRORS.NOT_FOUND(`Consent ${grantId} was not found at institution ${institutionCode}`);
  return revoked;
}
