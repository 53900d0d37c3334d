import { Pool } from 'pg';
import { ERRORS } from '../../../../common/src/errors';
import { BASIS_RULES } from '../../../../common/src/policy/bases';
import { SqlStats } from '../../../common/src/database';
import { todayInJapan } from '../../../../common/src/japan-calendar';
import { ConsentReport } from './consent-report';
import { personOfVerifiedReport } from './consent-reader-checks';
import { GRANT_ROW_COLUMNS, GrantRow } from './grant-row';
import { inTransaction } from './transaction';

const HOUR_MS = 60 * 60 * 1000;
/** The constraint (migration 005) that records each verification id once. */
const VERIFICATION_ONCE = 'grants_verification_once';

const replayed = () =>
  ERRORS.VERIFICATION_REPLAYED.inResult('This identity verification was already reported: the patient verifies again at the card reader for a new consent');

/** Whether `error` is PostgreSQL refusing a second grant of one verification id. */
function isVerificationReused(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === VERIFICATION_ONCE;
}

/**
 * Records the consent a card reader reports, in one transaction: refuses a verification id already
 * recorded (VERIFICATION_REPLAYED), checks the report against the registers, revokes the person's
 * earlier open consent at the institution (a new one supersedes it) and inserts the new grant. The
 * consent is given at the reader, so its 24 hours (DOMAIN.md §4.1) run from the verification, or from
 * `now` should the reader's clock be ahead. A refusal writes nothing. The check first answers a plain
 * resend; the unique constraint answers one that runs alongside the first, which the check cannot see.
 */
export function recordConsent(pool: Pool, stats: SqlStats, report: ConsentReport, now: Date): Promise<GrantRow> {
  return inTransaction(pool, stats, async (sql) => {
    const [used] = await sql.query('SELECT 1 FROM grants WHERE verification_id = $1::uuid', [report.verificationId]);
    if (used) throw replayed();
    const personId = await personOfVerifiedReport(sql, report, todayInJapan(now));
    // Consents of one person are recorded one at a time, so superseding never races another record.
    await sql.query('SELECT 1 FROM people WHERE id = $1::uuid FOR NO KEY UPDATE', [personId]);
    await sql.query(
      `UPDATE grants SET revoked_at = GREATEST($3::timestamptz, granted_at)
       WHERE person_id = $1::uuid AND institution_code = $2 AND basis = 'CONSENT' AND revoked_at IS NULL`,
      [personId, report.institutionCode, now],
    );
    const grantedAt = report.verifiedAt < now ? report.verifiedAt : now;
    const expiresAt = new Date(grantedAt.getTime() + BASIS_RULES.CONSENT.validityHours! * HOUR_MS);
    try {
      const [grant] = await sql.query<GrantRow>(
        `INSERT INTO grants AS g (person_id, basis, institution_code, categories, verification, terminal_id, granted_at, expires_at, verification_id, verified_at)
         VALUES ($1::uuid, 'CONSENT', $2, $3::text[], $4, $5::bigint, $6, $7, $8::uuid, $9)
         RETURNING ${GRANT_ROW_COLUMNS}`,
        [personId, report.institutionCode, report.categories, report.verification, report.terminalId, grantedAt, expiresAt, report.verificationId, report.verifiedAt],
      );
      return grant!;
    } catch (error) {
      if (isVerificationReused(error)) throw replayed();
      throw error;
    }
  });
}
