import { SqlReader } from '../../../../common/src/access/sql-reader';
import { FamilySpec, JointCount } from '../suppression/table';

export type FamilyName = 'checkups' | 'consents' | 'dispensings' | 'accesses';

/**
 * A family of aggregates: its dimensions and measures, and its finest counts read from the other
 * subgraphs' schemas, period by period (a fiscal year, a month). Periods are disjoint: no person's
 * record counts in two, so each is suppressed on its own.
 */
export interface Family {
  readonly name: FamilyName;
  readonly spec: FamilySpec;
  counts(sql: SqlReader): AsyncIterable<{ readonly period: string; readonly joint: readonly JointCount[] }>;
}

/** Rows of a query, grouped by their period in the order they first appear. */
export function byPeriod<R extends { period: string }>(rows: readonly R[], joint: (row: R) => JointCount): Map<string, JointCount[]> {
  const periods = new Map<string, JointCount[]>();
  for (const row of rows) {
    const list = periods.get(row.period);
    if (list) list.push(joint(row));
    else periods.set(row.period, [joint(row)]);
  }
  return periods;
}
