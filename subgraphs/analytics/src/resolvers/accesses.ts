import { prefectureName } from '../../../../data/src/places';
import { isoDateProblem } from '../../../../common/src/identifiers';
import { assertValid } from '../../../../common/src/validate';
import { SubgraphContext } from '../../../common/src/context';
import { ACCESS_DIMENSIONS, ACCESSES_FAMILY_SPEC } from '../families/accesses';
import { EmergencyAndDisasterAccessRow, EmergencyAndDisasterAccesses, QueryEmergencyAndDisasterAccessesArgs } from '../generated/resolvers';
import { layoutOf } from '../suppression/groups';
import { TOTAL_SLOT } from '../suppression/table';
import { aggregateCount } from './aggregate-count';
import { assertPrefectureCode, levelOf } from './arguments';
import { mayRead } from './guard';
import { refreshedAt, StoredGroup, storedGroups } from './stored-groups';

/** The first slot of the basis measure: emergency with the card, without it, disaster (COUNTED_BASES). */
const [BASES] = layoutOf(ACCESSES_FAMILY_SPEC).firstSlot;

function accessRow(group: StoredGroup): EmergencyAndDisasterAccessRow {
  const [prefecture = ''] = group.coordinates;
  const total = group.cells[TOTAL_SLOT] ?? null;
  const basis = (offset: number) => aggregateCount(group.cells[BASES! + offset] ?? null, total);
  return {
    prefectureCode: prefecture === '' ? null : prefecture,
    prefecture: prefecture === '' ? null : prefectureName(prefecture),
    accesses: aggregateCount(total),
    emergencyWithCard: basis(0),
    emergencyNoCard: basis(1),
    disaster: basis(2),
  };
}

export async function emergencyAndDisasterAccesses(_: unknown, args: QueryEmergencyAndDisasterAccessesArgs, context: SubgraphContext): Promise<EmergencyAndDisasterAccesses> {
  if (!(await mayRead(context, 'EmergencyAndDisasterAccesses.rows'))) return {};
  const { db } = context;
  assertValid('day', args.day, isoDateProblem);
  const filters = [assertPrefectureCode('filter.prefectureCode', args.filter?.prefectureCode)];
  const by = [...new Set(args.by)];
  const level = levelOf(ACCESS_DIMENSIONS, by, filters);
  const [groups, at] = await Promise.all([storedGroups(db, 'accesses', args.day, level, filters), refreshedAt(db)]);
  return { day: args.day, by, refreshedAt: at, rows: groups.map(accessRow) };
}
