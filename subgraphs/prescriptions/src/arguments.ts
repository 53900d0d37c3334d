import { badUserInput } from '../../../common/src/errors';
import { isoDateProblem, receiptCodeProblem } from '../../../common/src/identifiers';
import { assertValid } from '../../../common/src/validate';
import { Page, PageArgs, pageOf } from '../../common/src/pagination';
import { medicationWindowStart } from './clock';
import { DateRange } from './dispensings';

/**
 * Argument checks, all before any SQL: a wrong argument is the client's error
 * (BAD_USER_INPUT naming the argument), never a failed statement.
 */

export const MAX_CANDIDATE_DRUGS = 20;

const ID_DIGITS = /^[0-9]{1,18}$/;

/** A page of a history sorted by (date, id): the cursor must hold a real date and a numeric id. */
export function datedPage(args: PageArgs): Page {
  const page = pageOf(args, 2);
  if (page.after) {
    const [date, id] = page.after;
    if (isoDateProblem(date) !== null || !ID_DIGITS.test(id)) throw badUserInput('after', 'not a cursor returned by this connection');
  }
  return page;
}

export function optionalDate(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  assertValid(argument, value, isoDateProblem);
  return value;
}

/** `from` / `to` of the medication history, clipped to the 3-year window ending `today`. */
export function medicationRange(args: { from?: string | null; to?: string | null }, today: string): DateRange {
  const from = optionalDate('from', args.from);
  const to = optionalDate('to', args.to);
  if (from !== null && to !== null && from > to) throw badUserInput('to', `${to} is before from (${from})`);
  const windowStart = medicationWindowStart(today);
  return { from: from !== null && from > windowStart ? from : windowStart, to };
}

/** Candidate drug codes for the duplicate check: 9 digits each, at most 20; repeats count once. */
export function candidateDrugCodes(codes: readonly string[]): string[] {
  if (codes.length > MAX_CANDIDATE_DRUGS) throw badUserInput('drugCodes', `at most ${MAX_CANDIDATE_DRUGS} drug codes, got ${codes.length}`);
  codes.forEach((code, i) => {
    const problem = receiptCodeProblem(code, 9);
    if (problem) throw badUserInput('drugCodes', `drug code ${JSON.stringify(code.slice(0, 20))} (item ${i + 1}) ${problem}`);
  });
  return [...new Set(codes)];
}

/** A drug code argument (医薬品コード): 9 digits. */
export function drugCode(argument: string, code: string): string {
  assertValid(argument, code, (value) => receiptCodeProblem(value, 9));
  return code;
}
