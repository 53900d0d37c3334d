import { prefectureName } from '../../../../data/src/places';
import { badUserInput } from '../../../../common/src/errors';
import { SubgraphContext } from '../../../common/src/context';
import { DISPENSING_DIMENSIONS, DISPENSINGS_FAMILY_SPEC } from '../families/dispensings';
import { DuplicateFindingCount, DuplicateMedicationFindings, QueryDuplicateMedicationFindingsArgs } from '../generated/resolvers';
import { layoutOf } from '../suppression/groups';
import { TOTAL_SLOT } from '../suppression/table';
import { aggregateCount } from './aggregate-count';
import { assertMonth, assertPrefectureCode, levelOf } from './arguments';
import { mayRead } from './guard';
import { refreshedAt, StoredGroup, storedGroups } from './stored-groups';

const DUPLICATING = layoutOf(DISPENSINGS_FAMILY_SPEC).firstSlot[0]!;

function findingRow(group: StoredGroup): DuplicateFindingCount {
  const [drugClass = '', prefecture = ''] = group.coordinates;
  const total = group.cells[TOTAL_SLOT] ?? null;
  return {
    drugClass: drugClass === '' ? null : drugClass,
    prefectureCode: prefecture === '' ? null : prefecture,
    prefecture: prefecture === '' ? null : prefectureName(prefecture),
    dispensings: aggregateCount(total),
    duplicating: aggregateCount(group.cells[DUPLICATING] ?? null, total),
  };
}

/** A drug class as the drug master names them (ANTIHYPERTENSIVE, LIPID_LOWERING, ...). */
function assertDrugClass(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!/^[A-Z][A-Z_]{0,39}$/.test(value)) throw badUserInput('filter.drugClass', 'must be a drug class such as ANTIHYPERTENSIVE');
  return value;
}

export async function duplicateMedicationFindings(_: unknown, args: QueryDuplicateMedicationFindingsArgs, context: SubgraphContext): Promise<DuplicateMedicationFindings> {
  if (!(await mayRead(context, 'DuplicateMedicationFindings.rows'))) return {};
  const { db } = context;
  const period = assertMonth(args.month);
  const filters = [assertDrugClass(args.filter?.drugClass), assertPrefectureCode('filter.prefectureCode', args.filter?.prefectureCode)];
  const by = [...new Set(args.by)];
  const level = levelOf(DISPENSING_DIMENSIONS, by, filters);
  const [groups, at] = await Promise.all([storedGroups(db, 'dispensings', period, level, filters), refreshedAt(db)]);
  return { month: period, by, refreshedAt: at, rows: groups.map(findingRow) };
}
