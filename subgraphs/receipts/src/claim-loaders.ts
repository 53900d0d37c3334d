import DataLoader from 'dataloader';
import { SubgraphContext } from '../../common/src/context';
import { Page, pageKey } from '../../common/src/pagination';
import { MonthRange } from './arguments';
import { ClaimLineTable, ClaimLines, claimCountsOf, claimPagesOf, claimsById, linesOf } from './claim-queries';
import { ClaimRecord } from './records';

/**
 * Request-scoped batches: every person's page of claims with the same arguments is one
 * statement, and so is each child table for all the claims a request returns.
 */
export const claimPageLoader = (context: SubgraphContext, page: Page, months: MonthRange): DataLoader<string, ClaimRecord[]> =>
  context.loaders.get(`receipts.claimPage:${pageKey(page, months.from, months.to)}`, (personIds: readonly string[]) =>
    claimPagesOf(context.db, personIds, page, months));

export const claimCountLoader = (context: SubgraphContext, months: MonthRange): DataLoader<string, number> =>
  context.loaders.get(`receipts.claimCount:${JSON.stringify([months.from, months.to])}`, (personIds: readonly string[]) =>
    claimCountsOf(context.db, personIds, months));

export const claimLoader = (context: SubgraphContext): DataLoader<string, ClaimRecord | null> =>
  context.loaders.get('receipts.claim', (ids: readonly string[]) => claimsById(context.db, ids));

export const linesLoader = <T extends ClaimLineTable>(context: SubgraphContext, table: T): DataLoader<string, Array<ClaimLines[T]>> =>
  context.loaders.get(`receipts.lines:${table}`, (claimIds: readonly string[]) => linesOf(context.db, table, claimIds));
