import { badUserInput } from '../../../../common/src/errors';
import { insurerNumberProblem, yearMonthProblem } from '../../../../common/src/identifiers';
import { assertValid } from '../../../../common/src/validate';

/** 年度 as checkups keep them (2008, when 特定健診 began, to 2100). */
export function assertFiscalYear(fiscalYear: number): string {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2008 || fiscalYear > 2100) throw badUserInput('fiscalYear', 'must be a fiscal year from 2008 to 2100');
  return String(fiscalYear);
}

export function assertMonth(month: string): string {
  assertValid('month', month, yearMonthProblem);
  return month;
}

/** A prefecture code: 01 to 47. */
export function prefectureCodeProblem(value: string): string | null {
  if (!/^\d{2}$/.test(value) || Number(value) < 1 || Number(value) > 47) return 'must be a prefecture code from 01 to 47';
  return null;
}

export function assertPrefectureCode(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  assertValid(argument, value, prefectureCodeProblem);
  return value;
}

export function assertInsurerNumber(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  assertValid(argument, value, insurerNumberProblem);
  return value;
}

/**
 * The level an answer is read at: the dimensions broken down by and those filtered on (a filter
 * keeps the rows of one value of its dimension, so its dimension is part of the breakdown).
 */
export function levelOf<D extends string>(dimensions: readonly D[], by: readonly D[], filters: ReadonlyArray<string | null>): number {
  return dimensions.reduce((level, dimension, d) => (by.includes(dimension) || filters[d] !== null ? level | (1 << d) : level), 0);
}
