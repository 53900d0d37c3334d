import DataLoader from 'dataloader';
import { SubgraphContext } from '../../../common/src/context';
import { groupBy, indexBy } from '../../../common/src/loaders';
import { StaffRow } from '../rows';
import { EMERGENCY_ID_COLUMNS, EmergencyIdRow } from './emergency-ids';
import { STAFF_COLUMNS } from './staff-member';

export function staffById(context: SubgraphContext): DataLoader<string, StaffRow | null> {
  return context.loaders.get<string, StaffRow | null>('staffById', async (ids) => {
    const rows = await context.db.query<StaffRow>(`SELECT ${STAFF_COLUMNS} FROM staff s WHERE s.id = ANY($1::bigint[])`, [ids]);
    return indexBy(ids, rows, (row) => row.id);
  });
}

/** Each staff member's emergency IDs, newest first. */
export function emergencyIdsByStaff(context: SubgraphContext): DataLoader<string, EmergencyIdRow[]> {
  return context.loaders.get<string, EmergencyIdRow[]>('emergencyIdsByStaff', async (staffIds) => {
    const rows = await context.db.query<EmergencyIdRow>(
      `SELECT ${EMERGENCY_ID_COLUMNS} FROM emergency_ids e WHERE e.staff_id = ANY($1::bigint[]) ORDER BY e.staff_id, e.issued_at DESC, e.login_id DESC`,
      [staffIds],
    );
    return groupBy(staffIds, rows, (row) => row.staffId);
  });
}

/** Whether each staff member holds disaster authority not revoked. */
export function disasterAuthorityByStaff(context: SubgraphContext): DataLoader<string, boolean> {
  return context.loaders.get<string, boolean>('disasterAuthorityByStaff', async (staffIds) => {
    const rows = await context.db.query<{ staffId: string }>(
      'SELECT staff_id::text AS "staffId" FROM disaster_authorities WHERE staff_id = ANY($1::bigint[]) AND revoked_at IS NULL',
      [staffIds],
    );
    const holding = new Set(rows.map((row) => row.staffId));
    return staffIds.map((id) => holding.has(id));
  });
}
