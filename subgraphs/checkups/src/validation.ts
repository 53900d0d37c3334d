import { badUserInput } from '../../../common/src/errors';
import { isoDateProblem } from '../../../common/src/identifiers';
import { Page, PageArgs, pageOf } from '../../common/src/pagination';

/** 特定健診 began in FY2008 (高齢者の医療の確保に関する法律). */
export const FIRST_FISCAL_YEAR = 2008;
export const LAST_FISCAL_YEAR = 2100;

const CHECKUP_ID = /^[0-9]{1,18}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A checkup id in canonical form (no leading zeros), so "007" and "7" are the same checkup. */
export function checkupIdOf(id: string, argument = 'id'): string {
  if (!CHECKUP_ID.test(id)) throw badUserInput(argument, 'must be a checkup id of 1 to 18 digits');
  return BigInt(id).toString();
}

/** The person's internal id (owned by eligibility) in canonical lower case. */
export function personIdOf(id: string): string {
  if (!UUID.test(id)) throw badUserInput('Person.id', 'must be the internal person id (a UUID)');
  return id.toLowerCase();
}

export interface FiscalYearRange {
  readonly fromYear: number | null;
  readonly toYear: number | null;
}

function fiscalYear(argument: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < FIRST_FISCAL_YEAR || value > LAST_FISCAL_YEAR) {
    throw badUserInput(argument, `must be a fiscal year from ${FIRST_FISCAL_YEAR} (when 特定健診 began) to ${LAST_FISCAL_YEAR}, got ${value}`);
  }
  return value;
}

export function fiscalYearRangeOf(args: { readonly fromYear?: number | null; readonly toYear?: number | null }): FiscalYearRange {
  const fromYear = fiscalYear('fromYear', args.fromYear);
  const toYear = fiscalYear('toYear', args.toYear);
  if (fromYear !== null && toYear !== null && fromYear > toYear) throw badUserInput('toYear', `must not be before fromYear (${toYear} < ${fromYear})`);
  return { fromYear, toYear };
}

/** A page of a checkup history; the cursor is the last row's (examined_on, id). */
export function checkupPageOf(args: PageArgs): Page {
  const page = pageOf(args, 2);
  if (page.after) {
    const [examinedOn, id] = page.after as [string, string];
    if (isoDateProblem(examinedOn) !== null || !CHECKUP_ID.test(id)) throw badUserInput('after', 'not a cursor returned by this connection');
  }
  return page;
}
