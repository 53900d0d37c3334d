import DataLoader from 'dataloader';
import { SubgraphContext } from '../../../common/src/context';
import { groupBy, indexBy } from '../../../common/src/loaders';
import { DISASTER_COLUMNS, DISASTER_REGION_COLUMNS, DisasterRegionRow, DisasterRow } from './disaster-rows';

export function disasterById(context: SubgraphContext): DataLoader<string, DisasterRow | null> {
  return context.loaders.get<string, DisasterRow | null>('disasterById', async (ids) => {
    const rows = await context.db.query<DisasterRow>(`SELECT ${DISASTER_COLUMNS} FROM disasters d WHERE d.id = ANY($1::uuid[])`, [ids]);
    return indexBy(ids, rows, (row) => row.id);
  });
}

export function regionsByDisaster(context: SubgraphContext): DataLoader<string, DisasterRegionRow[]> {
  return context.loaders.get<string, DisasterRegionRow[]>('regionsByDisaster', async (ids) => {
    const rows = await context.db.query<DisasterRegionRow>(
      `SELECT ${DISASTER_REGION_COLUMNS} FROM disaster_regions r WHERE r.disaster_id = ANY($1::uuid[]) ORDER BY r.disaster_id, r.municipality_code`,
      [ids],
    );
    return groupBy(ids, rows, (row) => row.disasterId);
  });
}

/** Declared disasters, newest first: every one, or those in force somewhere at `at`. */
export function listDisasters(context: SubgraphContext, all: boolean, at: Date): Promise<DisasterRow[]> {
  return context.db.query<DisasterRow>(
    `SELECT ${DISASTER_COLUMNS} FROM disasters d
      WHERE $1 OR EXISTS (SELECT 1 FROM disaster_regions r WHERE r.disaster_id = d.id AND r.starts_at <= $2 AND $2 < r.ends_at)
      ORDER BY d.declared_at DESC, d.id`,
    [all, at],
  );
}

/** Whether a region's period is in force at `at`. */
export const regionInForce = (region: DisasterRegionRow, at: Date): boolean => region.startsAt.getTime() <= at.getTime() && at.getTime() < region.endsAt.getTime();
