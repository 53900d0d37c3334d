import { AccessPurpose } from '../../../../common/src/access/access-grant';
import { badUserInput } from '../../../../common/src/errors';
import { daysBetween } from '../../../../common/src/japan-calendar';
import { Database } from '../../../common/src/database';
import { dayOf, endOfDay, startOfDay } from '../disasters/declaration-input';

/** One emergency access without a card, as the inspection shows it. */
export interface InspectedAccessRow {
  readonly grantId: string;
  readonly openedAt: Date;
  readonly institutionCode: string;
  readonly terminalId: string;
  readonly emergencyId: string;
  readonly viewerName: string | null;
  readonly personId: string;
  readonly purpose: AccessPurpose;
}

export interface EmergencyInspectionModel {
  readonly from: string;
  readonly to: string;
  readonly accessCount: number;
  readonly unregistered: readonly InspectedAccessRow[];
}

/** The longest period one report covers. */
const MAX_DAYS = 366;

/**
 * The periodic inspection of seed 000 救急時② (救急専用端末の閲覧ログに基づき、電子カルテへの患者情報の
 * 登録の状況等を定期的に点検): the emergency accesses without a card opened from `from` to `to` (days in
 * Japan, inclusive), and those with no EHR registration of the patient at the institution at or
 * after the access. The grants are the record of those accesses.
 */
export async function emergencyInspection(db: Database, fromArgument: string, toArgument: string): Promise<EmergencyInspectionModel> {
  const [from, to] = [dayOf('from', fromArgument), dayOf('to', toArgument)];
  if (to < from) throw badUserInput('to', 'must not be before from');
  if (daysBetween(from, to) >= MAX_DAYS) throw badUserInput('to', `must be within ${MAX_DAYS} days of from`);
  const period = [startOfDay(from), endOfDay(to)];
  const rows = await db.query<InspectedAccessRow & { registered: boolean }>(
    `SELECT g.id::text AS "grantId", g.granted_at AS "openedAt", g.institution_code AS "institutionCode", g.terminal_id::text AS "terminalId",
            g.opened_by AS "emergencyId", s.name AS "viewerName", g.person_id::text AS "personId", g.purpose,
            EXISTS (SELECT 1 FROM ehr_registrations r
                     WHERE r.person_id = g.person_id AND r.institution_code = g.institution_code AND r.registered_at >= g.granted_at) AS registered
       FROM grants g
       LEFT JOIN emergency_ids e ON e.login_id = g.opened_by
       LEFT JOIN staff s ON s.id = e.staff_id
      WHERE g.basis = 'EMERGENCY_NO_CARD' AND g.granted_at >= $1 AND g.granted_at < $2
      ORDER BY g.granted_at, g.id`,
    period,
  );
  return {
    from,
    to,
    accessCount: rows.length,
    unregistered: rows.filter((row) => !row.registered).map(({ registered: _registered, ...access }) => access),
  };
}
