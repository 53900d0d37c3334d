import { ERRORS } from '../../../../common/src/errors';

/** A referenced row that must exist (foreign keys guarantee it); NOT_FOUND rather than a null in a non-null field. */
export function found<T>(row: T | null, what: string): T {
  if (row === null) throw ERRORS.NOT_FOUND(`${what} was not found`);
  return row;
}
