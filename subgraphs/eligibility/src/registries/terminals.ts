import { Pool } from 'pg';
import { badUserInput, ERRORS } from '../../../../common/src/errors';
import { institutionCodeProblem } from '../../../../common/src/identifiers';
import { assertValid } from '../../../../common/src/validate';
import { Database, SqlStats } from '../../../common/src/database';
import { terminalIdProblem } from '../grants/grant-arguments';
import { inTransaction } from '../grants/transaction';
import { TerminalRow } from '../rows';

const TERMINAL_COLUMNS = `t.id::text AS id, t.institution_code AS "institutionCode", t.kind, t.label, t.retired_at AS "retiredAt"`;
const MAX_LABEL_LENGTH = 40;

/** A terminal's name as shown at the institution: 1 to 40 characters, no control characters. */
function labelOf(value: string): string {
  const label = value.trim();
  if (label.length === 0 || label.length > MAX_LABEL_LENGTH || /\p{Cc}/u.test(label)) {
    throw badUserInput('input.label', `must be 1 to ${MAX_LABEL_LENGTH} characters of text`);
  }
  return label;
}

/**
 * Registers an emergency-only terminal (救急専用端末) to an institution, in service from `now`. Its
 * id follows the highest in use, taken under a lock so two registrations do not share one.
 */
export async function registerEmergencyTerminal(pool: Pool, stats: SqlStats, input: { institutionCode: string; label: string }, now: Date): Promise<TerminalRow> {
  assertValid('input.institutionCode', input.institutionCode, institutionCodeProblem);
  const label = labelOf(input.label);
  return inTransaction(pool, stats, async (sql) => {
    const [known] = await sql.query<{ known: boolean }>('SELECT EXISTS (SELECT 1 FROM institutions WHERE code = $1) AS known', [input.institutionCode]);
    if (!known?.known) throw badUserInput('input.institutionCode', 'is not a registered institution');
    await sql.query('LOCK TABLE terminals IN SHARE ROW EXCLUSIVE MODE');
    const [terminal] = await sql.query<TerminalRow>(
      `INSERT INTO terminals AS t (id, institution_code, kind, label, registered_at)
       SELECT coalesce(max(id), 0) + 1, $1, 'EMERGENCY_ONLY', $2, $3 FROM terminals
       RETURNING ${TERMINAL_COLUMNS}`,
      [input.institutionCode, label, now],
    );
    return terminal!;
  });
}

/** Takes a terminal of the institution out of service from `now` (once: retiring it again returns it as it is). */
export async function retireTerminal(db: Database, institutionCode: string, terminalId: string, now: Date): Promise<TerminalRow> {
  assertValid('institutionCode', institutionCode, institutionCodeProblem);
  assertValid('terminalId', terminalId, terminalIdProblem);
  const [terminal] = await db.query<TerminalRow>(
    `UPDATE terminals t SET retired_at = coalesce(t.retired_at, $3) WHERE t.id = $1::bigint AND t.institution_code = $2 RETURNING ${TERMINAL_COLUMNS}`,
    [terminalId, institutionCode, now],
  );
  if (!terminal) throw ERRORS.NOT_FOUND(`Terminal ${terminalId} is not registered to institution ${institutionCode}`);
  return terminal;
}
