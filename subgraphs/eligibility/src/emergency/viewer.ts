import { AccessContext } from '../../../../common/src/access/access-context';
import { forbidden } from '../../../../common/src/errors';
import { Database } from '../../../common/src/database';
import { StaffRow, TerminalRow } from '../rows';
import { ViewerModel } from './access-models';

/**
 * Who is viewing (閲覧者を画面表示, seed 000 救急時①): the staff member the caller's login names (their
 * own, or the emergency ID issued to them) and the terminal they view from, as the registries have them.
 */
export async function viewerOf(db: Database, access: AccessContext): Promise<ViewerModel> {
  const { loginId, institutionCode } = access.caller;
  const [row] = await db.query<Pick<StaffRow, 'name' | 'qualification'> & { terminal: TerminalRow }>(
    `SELECT s.name, s.qualification,
            json_build_object('id', t.id::text, 'institutionCode', t.institution_code, 'kind', t.kind, 'label', t.label) AS terminal
       FROM staff s JOIN terminals t ON t.institution_code = s.institution_code AND t.id = $3::bigint
      WHERE s.institution_code = $2
        AND (s.login_id = $1 OR s.id = (SELECT e.staff_id FROM emergency_ids e WHERE e.login_id = $1 AND e.institution_code = $2))`,
    [loginId, institutionCode, access.terminalId],
  );
  if (!row || loginId === undefined || institutionCode === undefined) throw forbidden('ROLE_NOT_PERMITTED');
  return { name: row.name, qualification: row.qualification, loginId, institutionCode, terminal: row.terminal };
}
