import { prefectureName } from '../../../../data/src/places';
import { ERRORS } from '../../../../common/src/errors';
import { SubgraphContext } from '../../../common/src/context';
import { CHECKUP_DIMENSIONS, CHECKUPS_FAMILY_SPEC, INSURER_LEVEL } from '../families/checkups';
import { GUIDANCE_LEVELS, HEALTH_RISKS, METABOLIC_STATUSES } from '../families/measures';
import { AgeBand, CheckupResultRow, CheckupResults, HealthScoring, QueryCheckupResultsArgs, QueryHealthScoringArgs, Sex } from '../generated/resolvers';
import { layoutOf } from '../suppression/groups';
import { TOTAL_SLOT } from '../suppression/table';
import { aggregateCount } from './aggregate-count';
import { assertFiscalYear, assertInsurerNumber, assertPrefectureCode, levelOf } from './arguments';
import { mayRead } from './guard';
import { refreshedAt, StoredGroup, storedGroups } from './stored-groups';

const SLOTS = layoutOf(CHECKUPS_FAMILY_SPEC).firstSlot;
const [GUIDANCE, METABOLIC] = [SLOTS[0]!, SLOTS[1]!];
/** The slot of "holds the risk" (YES) of each health risk. */
const RISK_SLOT = (index: number): number => SLOTS[2 + index]!;

const orNull = (value: string): string | null => (value === '' ? null : value);

function resultRow(group: StoredGroup): CheckupResultRow {
  const [insurer = '', prefecture = '', sex = '', ageBand = ''] = group.coordinates;
  const total = group.cells[TOTAL_SLOT] ?? null;
  return {
    insurer: insurer === '' ? null : { number: insurer },
    prefectureCode: orNull(prefecture),
    prefecture: prefecture === '' ? null : prefectureName(prefecture),
    sex: orNull(sex) as Sex | null,
    ageBand: orNull(ageBand) as AgeBand | null,
    examined: aggregateCount(total),
    guidanceLevels: GUIDANCE_LEVELS.map((level, i) => ({ level, count: aggregateCount(group.cells[GUIDANCE + i] ?? null, total) })),
    metabolicSyndrome: METABOLIC_STATUSES.map((status, i) => ({ status, count: aggregateCount(group.cells[METABOLIC + i] ?? null, total) })),
  };
}

export async function checkupResults(_: unknown, args: QueryCheckupResultsArgs, context: SubgraphContext): Promise<CheckupResults> {
  if (!(await mayRead(context, 'CheckupResults.rows'))) return {};
  const { db } = context;
  const period = assertFiscalYear(args.fiscalYear);
  const filters = [
    assertInsurerNumber('filter.insurerNumber', args.filter?.insurerNumber),
    assertPrefectureCode('filter.prefectureCode', args.filter?.prefectureCode),
    args.filter?.sex ?? null,
    args.filter?.ageBand ?? null,
  ];
  const by = [...new Set(args.by)];
  const level = levelOf(CHECKUP_DIMENSIONS, by, filters);
  const [groups, at] = await Promise.all([storedGroups(db, 'checkups', period, level, filters), refreshedAt(db)]);
  return { fiscalYear: args.fiscalYear, by, refreshedAt: at, rows: groups.map(resultRow) };
}

/** The insurer's share against the all-insurer share, the latter as 100, to one decimal; null when either is withheld or the average is nil. */
function scoringIndex(count: number | null, total: number | null, allCount: number | null, allTotal: number | null): number | null {
  if (count === null || total === null || allCount === null || allTotal === null || total === 0 || allCount === 0) return null;
  // Whole numbers to the last step, rounded half up as the seeds round.
  return Math.floor((count * allTotal * 2000 + total * allCount) / (2 * total * allCount)) / 10;
}

export async function healthScoring(_: unknown, args: QueryHealthScoringArgs, context: SubgraphContext): Promise<HealthScoring> {
  if (!(await mayRead(context, 'HealthScoring.risks'))) return {};
  const { db } = context;
  const period = assertFiscalYear(args.fiscalYear);
  const insurerNumber = assertInsurerNumber('insurerNumber', args.insurerNumber)!;
  const [[insurer], [all], at] = await Promise.all([
    storedGroups(db, 'checkups', period, INSURER_LEVEL, [insurerNumber, null, null, null]),
    storedGroups(db, 'checkups', period, 0, [null, null, null, null]),
    refreshedAt(db),
  ]);
  if (!insurer || !all) throw ERRORS.NOT_FOUND(`No checkups of insurer ${insurerNumber} in fiscal year ${args.fiscalYear}`);
  const total = insurer.cells[TOTAL_SLOT] ?? null;
  const allTotal = all.cells[TOTAL_SLOT] ?? null;
  return {
    fiscalYear: args.fiscalYear,
    insurer: { number: insurerNumber },
    examined: aggregateCount(total),
    allInsurersExamined: aggregateCount(allTotal),
    refreshedAt: at,
    risks: HEALTH_RISKS.map((risk, i) => {
      const count = insurer.cells[RISK_SLOT(i)] ?? null;
      const allCount = all.cells[RISK_SLOT(i)] ?? null;
      return { risk, insurer: aggregateCount(count, total), allInsurers: aggregateCount(allCount, allTotal), index: scoringIndex(count, total, allCount, allTotal) };
    }),
  };
}
