import { Pool } from 'pg';
import { BASIS_RULES } from '../../../../common/src/policy/bases';
import { SqlStats } from '../../../common/src/database';
import { todayInJapan } from '../../../../common/src/japan-calendar';
import { ConsentReport } from './consent-report';
import { personOfVerifiedReport } from './consent-reader-checks';
import { GRANT_ROW_COLUMNS, GrantRow } from './grant-row';
import { inTransaction } from './transaction';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Records the consent a card reader reports, in one transaction: checks the report against the
 * registers, revokes the person's earlier open consent at the institution (a new one supersedes
 * it) and inserts the new grant, lasting 24 hours from `now` (DOMAIN.md §4.1). A refusal writes nothing.
 */
export function recordConsent(pool: Pool, stats: SqlStats, report: ConsentReport, now: Date): Promise<GrantRow> {
  return inTransaction(pool, stats, async (sql) => {
    const personId = await personOfVerifiedReport(sql, report, todayInJapan(now));
    // Consents of one person are recorded one at a time, so superseding never races another record.
    await sql.query('SELECT 1 FROM people WHERE id = $1::uuid FOR NO KEY UPDATE', [personId]);
    await sql.query(
      `UPDATE grants SET revoked_at = GREATEST($3::timestamptz, granted_at)
       WHERE person_id = $1::uuid AND institution_code = $2 AND basis = 'CONSENT' AND revoked_at IS NULL`,
      [personId, report.institutionCode, now],
    );
    const expiresAt = new Date(now.getTime() + BASIS_RULES.CONSENT.validityHours! * HOUR_MS);
    const [grant] = await sql.query<GrantRow>(
      `INSERT INTO grants AS g (person_id, basis, institution_code, categories, verification, terminal_id, granted_at, expires_at)
       VALUES ($1::uuid, 'CONSENT', $2, $3::text[], $4, $5::bigint, $6, $7)
       RETURNING ${GRANT_ROW_COLUMNS}`,
      [personId, report.institutionCode, report.categories, report.verification, report.terminalId, now, expiresAt],
    );
    return grant!;
  });
}
