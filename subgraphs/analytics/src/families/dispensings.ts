import { SqlReader } from '../../../../common/src/access/sql-reader';
import { byPeriod, Family } from './family';

/** The dimensions of the dispensing aggregates, in their bit order (drug class 1, prefecture 2). */
export const DISPENSING_DIMENSIONS = ['DRUG_CLASS', 'PREFECTURE'] as const;

export const DISPENSINGS_FAMILY_SPEC = {
  dimensions: DISPENSING_DIMENSIONS,
  measures: [{ name: 'duplicate', values: ['DUPLICATING', 'NOT_DUPLICATING'] }],
};

/**
 * Topical and as-needed drugs are taken to last 14 days from dispensing whatever the quantity:
 * the rule of the prescriptions subgraph's duplicate-medication check (NON_DAILY_COVERED_DAYS).
 */
const NON_DAILY_COVERED_DAYS = 14;

interface Row {
  period: string;
  drug_class: string;
  prefecture: string;
  duplicating: boolean;
  count: number;
}

/**
 * Each drug dispensed, by month, drug class and the prefecture of the dispensing institution (the
 * first two digits of its code), and whether the duplicate-medication check finds it duplicating:
 * dispensed while an earlier dispensing of the same ingredient and route, from another
 * prescription (another e-prescription, or another prescriber or day), still covered that day.
 * The prescriptions subgraph's own check (duplicates.ts) decides the same way for one person. The
 * earlier dispensings are looked for in a window of the longest coverage in the data.
 */
const DISPENSING_COUNTS = `
WITH d AS (
  SELECT x.id, x.person_id, x.dispensed_on, dr.ingredient_code, dr.route, dr.drug_class,
    left(x.dispensing_institution_code, 2) AS prefecture,
    x.dispensed_on + (CASE WHEN dr.route = 'TOPICAL' OR dr.as_needed THEN $1 ELSE x.days END) - 1 AS last_day,
    coalesce('e' || x.electronic_prescription_id, x.prescribing_institution_code || ':' || x.prescribed_on) AS prescription
  FROM prescriptions.dispensings x JOIN prescriptions.drugs dr ON dr.code = x.drug_code
), windowed AS (
  SELECT d.*, array_agg(ROW(d.id, d.dispensed_on, d.last_day, d.prescription)::dispensing_span) OVER (
    PARTITION BY d.person_id, d.ingredient_code, d.route ORDER BY d.dispensed_on
    RANGE BETWEEN make_interval(days => $2) PRECEDING AND CURRENT ROW
  ) AS earlier
  FROM d
)
SELECT to_char(w.dispensed_on, 'YYYY-MM') AS period, w.drug_class, w.prefecture,
  EXISTS (
    SELECT 1 FROM unnest(w.earlier) e
    WHERE (e.dispensed_on, e.id) < (w.dispensed_on, w.id) AND e.last_day >= w.dispensed_on AND e.prescription <> w.prescription
  ) AS duplicating,
  count(*)::int AS count
FROM windowed w
GROUP BY 1, 2, 3, 4
ORDER BY 1`;

export const dispensingsFamily: Family = {
  name: 'dispensings',
  spec: DISPENSINGS_FAMILY_SPEC,
  async *counts(sql: SqlReader) {
    const [longest] = await sql.query<{ days: number | null }>('SELECT max(days) AS days FROM prescriptions.dispensings');
    const lookBack = Math.max(longest?.days ?? 0, NON_DAILY_COVERED_DAYS);
    const rows = await sql.query<Row>(DISPENSING_COUNTS, [NON_DAILY_COVERED_DAYS, lookBack]);
    const periods = byPeriod(rows, (row) => ({
      dimensions: [row.drug_class, row.prefecture],
      measures: [row.duplicating ? 'DUPLICATING' : 'NOT_DUPLICATING'],
      count: row.count,
    }));
    for (const [period, joint] of periods) yield { period, joint };
  },
};
