import { badUserInput } from '../../../common/src/errors';
import { publicExpensePayerNumberProblem, yearMonthProblem } from '../../../common/src/identifiers';
import { assertValid } from '../../../common/src/validate';
import { Page, PageArgs, pageOf } from '../../common/src/pagination';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Claim ids are bigint: at most 18 digits keeps every accepted value in range. */
const CLAIM_ID = /^[0-9]{1,18}$/;

export const personIdProblem = (value: string): string | null => (UUID.test(value) ? null : 'must be a person id (a UUID)');
export const claimIdProblem = (value: string): string | null => (CLAIM_ID.test(value) ? null : 'must be a claim id (1 to 18 digits)');

/** 診療年月 bounds, inclusive; null is open. */
export interface MonthRange {
  readonly from: string | null;
  readonly to: string | null;
}

export function monthRangeOf(fromMonth: string | null | undefined, toMonth: string | null | undefined): MonthRange {
  const from = fromMonth ?? null;
  const to = toMonth ?? null;
  if (from !== null) assertValid('fromMonth', from, yearMonthProblem);
  if (to !== null) assertValid('toMonth', to, yearMonthProblem);
  if (from !== null && to !== null && from > to) throw badUserInput('fromMonth', `${from} is after toMonth ${to}`);
  return { from, to };
}

/** What a person's claims are filtered by: the month range and, optionally, a public-expense program. */
export interface ClaimFilter extends MonthRange {
  /** 公費負担者番号: only claims billed (partly) to this public-expense payer. */
  readonly publicExpensePayerNumber: string | null;
}

export function claimFilterOf(fromMonth: string | null | undefined, toMonth: string | null | undefined, payerNumber: string | null | undefined): ClaimFilter {
  const months = monthRangeOf(fromMonth, toMonth);
  if (payerNumber != null) assertValid('publicExpensePayerNumber', payerNumber, publicExpensePayerNumberProblem);
  return { ...months, publicExpensePayerNumber: payerNumber ?? null };
}

/** A page of a claims-ordered connection; its cursor is [treatment month, claim id]. */
export function claimPageOf(args: PageArgs): Page {
  const page = pageOf(args, 2);
  if (page.after !== null) {
    const [month, id] = page.after as [string, string];
    if (yearMonthProblem(month) !== null || claimIdProblem(id) !== null) throw badUserInput('after', 'not a cursor returned by this connection');
  }
  return page;
}
