import { SubgraphContext } from '../../../common/src/context';
import { AnalyticsStatus } from '../generated/resolvers';
import { periodsOf, refreshedAt } from './stored-groups';

export async function analyticsStatus(_: unknown, __: unknown, { db }: SubgraphContext): Promise<AnalyticsStatus> {
  const [at, years, consentMonths, dispensingMonths] = await Promise.all([
    refreshedAt(db),
    periodsOf(db, 'checkups'),
    periodsOf(db, 'consents'),
    periodsOf(db, 'dispensings'),
  ]);
  return { refreshedAt: at, checkupFiscalYears: years.map(Number), consentMonths, dispensingMonths };
}
