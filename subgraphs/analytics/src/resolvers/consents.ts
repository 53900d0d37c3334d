import { prefectureName } from '../../../../data/src/places';
import { SubgraphContext } from '../../../common/src/context';
import { CONSENT_CATEGORIES, CONSENT_DIMENSIONS, CONSENTS_FAMILY_SPEC } from '../families/consents';
import { ConsentRateRow, ConsentRates, InstitutionKind, QueryConsentRatesArgs } from '../generated/resolvers';
import { layoutOf } from '../suppression/groups';
import { TOTAL_SLOT } from '../suppression/table';
import { aggregateCount } from './aggregate-count';
import { assertMonth, assertPrefectureCode, levelOf } from './arguments';
import { mayRead } from './guard';
import { refreshedAt, StoredGroup, storedGroups } from './stored-groups';

const SLOTS = layoutOf(CONSENTS_FAMILY_SPEC).firstSlot;

function rateRow(group: StoredGroup): ConsentRateRow {
  const [kind = '', prefecture = ''] = group.coordinates;
  const total = group.cells[TOTAL_SLOT] ?? null;
  return {
    institutionKind: kind === '' ? null : (kind as InstitutionKind),
    prefectureCode: prefecture === '' ? null : prefecture,
    prefecture: prefecture === '' ? null : prefectureName(prefecture),
    consents: aggregateCount(total),
    // The first value of each category's measure is "included" (YES).
    categories: CONSENT_CATEGORIES.map((category, i) => ({ category, count: aggregateCount(group.cells[SLOTS[i]!] ?? null, total) })),
  };
}

export async function consentRates(_: unknown, args: QueryConsentRatesArgs, context: SubgraphContext): Promise<ConsentRates> {
  if (!(await mayRead(context, 'ConsentRates.rows'))) return {};
  const { db } = context;
  const period = assertMonth(args.month);
  const filters = [args.filter?.institutionKind ?? null, assertPrefectureCode('filter.prefectureCode', args.filter?.prefectureCode)];
  const by = [...new Set(args.by)];
  const level = levelOf(CONSENT_DIMENSIONS, by, filters);
  const [groups, at] = await Promise.all([storedGroups(db, 'consents', period, level, filters), refreshedAt(db)]);
  return { month: period, by, refreshedAt: at, rows: groups.map(rateRow) };
}
