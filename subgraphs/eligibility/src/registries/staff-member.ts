import { badUserInput } from '../../../../common/src/errors';
import { institutionCodeProblem } from '../../../../common/src/identifiers';
import { SqlReader } from '../../../../common/src/access/sql-reader';
import { assertValid } from '../../../../common/src/validate';
import { StaffRow } from '../rows';

/** A staff login: `<institution code>-<digits>` (the roster's). */
const STAFF_LOGIN = /^[0-9]{10}-[0-9]{2,6}$/;

export const STAFF_COLUMNS = `s.id::text AS id, s.institution_code AS "institutionCode", s.name, s.qualification`;

/** The arguments naming a staff member, checked: the institution and the staff login. */
export function staffArguments(institutionCode: string, staffLoginId: string): void {
  assertValid('institutionCode', institutionCode, institutionCodeProblem);
  if (!STAFF_LOGIN.test(staffLoginId)) throw badUserInput('staffLoginId', 'must be a staff login (<institution code>-<digits>)');
}

/** The staff member of the institution with that login, locked for the transaction; BAD_USER_INPUT when there is none. */
export async function staffMemberOf(sql: SqlReader, institutionCode: string, staffLoginId: string): Promise<StaffRow> {
  const [staff] = await sql.query<StaffRow>(`SELECT ${STAFF_COLUMNS} FROM staff s WHERE s.login_id = $1 AND s.institution_code = $2 FOR SHARE`, [
    staffLoginId,
    institutionCode,
  ]);
  if (!staff) throw badUserInput('staffLoginId', 'is not a staff member of this institution');
  return staff;
}
