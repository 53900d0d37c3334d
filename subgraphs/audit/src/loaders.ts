import DataLoader from 'dataloader';
import { isPersonId } from '../../../common/src/identifiers';
import { SubgraphContext } from '../../common/src/context';
import { groupBy, indexBy } from '../../common/src/loaders';
import { connectionOf, Page, pageKey } from '../../common/src/pagination';
import { countHistories, selectHistories } from './event-queries';
import { AccessEventConnectionModel, AccessEventModel } from './models';

/** The keyset of an event in a newest-first list: its time, then its id. */
export const eventCursorKey = (event: AccessEventModel): string[] => [event.recordedAt.toISOString(), event.id];

function historyCount(ctx: SubgraphContext): DataLoader<string, number> {
  return ctx.loaders.get<string, number>('audit.historyCount', async (ids) => {
    const wanted = ids.filter(isPersonId);
    const counts = wanted.length > 0 ? await countHistories(ctx.db, wanted) : [];
    return indexBy(ids, counts, (c) => c.personId).map((c) => c?.count ?? 0);
  });
}

/** A page of each person's access history, for every person of one tick in one statement. */
export function historyOf(ctx: SubgraphContext, page: Page): DataLoader<string, AccessEventConnectionModel> {
  return ctx.loaders.get<string, AccessEventConnectionModel>(`audit.history:${pageKey(page)}`, async (ids) => {
    const wanted = ids.filter(isPersonId);
    const events = wanted.length > 0 ? await selectHistories(ctx.db, wanted, page) : [];
    return groupBy(ids, events, (e) => e.personId).map((rows, i) => connectionOf(rows, page, eventCursorKey, () => historyCount(ctx).load(ids[i]!)));
  });
}
