import { SubgraphContext } from '../../../common/src/context';
import { AnalyticsStatus } from '../generated/resolvers';
import { mayRead } from './guard';
import { periodsOf, refreshedAt } from './stored-groups';

export async function analyticsStatus(_: unknown, __: unknown, context: SubgraphContext): Promise<AnalyticsStatus> {
  if (!(await mayRead(context, 'AnalyticsStatus.refreshedAt'))) return {};
  const { db } = context;
  const [at, years, consentMonths, dispensingMonths, accessDays] = await Promise.all([
    refreshedAt(db),
    periodsOf(db, 'checkups'),
    periodsOf(db, 'consents'),
    periodsOf(db, 'dispensings'),
    periodsOf(db, 'accesses'),
  ]);
  return { refreshedAt: at, checkupFiscalYears: years.map(Number), consentMonths, dispensingMonths, accessDays };
}
