import DataLoader from 'dataloader';
import { SubgraphContext } from '../../common/src/context';
import { Page, pageKey } from '../../common/src/pagination';
import { ClaimFilter } from './arguments';
import { ClaimLineTable, ClaimLines, claimCountsOf, claimPagesOf, claimsById, linesOf } from './claim-queries';
import { ClaimRecord } from './records';

/**
 * Request-scoped batches: every person's page of claims with the same arguments is one
 * statement, and so is each child table for all the claims a request returns.
 */
export const claimPageLoader = (context: SubgraphContext, page: Page, filter: ClaimFilter): DataLoader<string, ClaimRecord[]> =>
  context.loaders.get(`receipts.claimPage:${pageKey(page, filter.from, filter.to, filter.publicExpensePayerNumber)}`, (personIds: readonly string[]) =>
    claimPagesOf(context.db, personIds, page, filter));

export const claimCountLoader = (context: SubgraphContext, filter: ClaimFilter): DataLoader<string, number> =>
  context.loaders.get(`receipts.claimCount:${JSON.stringify([filter.from, filter.to, filter.publicExpensePayerNumber])}`, (personIds: readonly string[]) =>
    claimCountsOf(context.db, personIds, filter));

export const claimLoader = (context: SubgraphContext): DataLoader<string, ClaimRecord | null> =>
  context.loaders.get('receipts.claim', (ids: readonly string[]) => claimsById(context.db, ids));

export const linesLoader = <T extends ClaimLineTable>(context: SubgraphContext, table: T): DataLoader<string, Array<ClaimLines[T]>> =>
  context.loaders.get(`receipts.lines:${table}`, (claimIds: readonly string[]) => linesOf(context.db, table, claimIds));
