import { SqlReader } from '../../../../common/src/access/sql-reader';
import { byPeriod, Family } from './family';

/** The dimensions of the consent aggregates, in their bit order (institution kind 1, prefecture 2). */
export const CONSENT_DIMENSIONS = ['INSTITUTION_KIND', 'PREFECTURE'] as const;

export const CONSENT_CATEGORIES = ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'] as const;

export const CONSENTS_FAMILY_SPEC = {
  dimensions: CONSENT_DIMENSIONS,
  measures: CONSENT_CATEGORIES.map((category) => ({ name: category, values: ['YES', 'NO'] })),
};

interface Row {
  period: string;
  kind: string;
  prefecture: string;
  categories: boolean[];
  count: number;
}

/** Consents given at card readers (the consent registry's CONSENT grants), by month in Japan, the institution's kind and prefecture, and the categories included. */
const CONSENT_COUNTS = `
SELECT to_char(g.granted_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM') AS period, i.kind, i.prefecture_code AS prefecture,
  ARRAY[${CONSENT_CATEGORIES.map((_, k) => `$${k + 1} = ANY (g.categories)`).join(', ')}] AS categories,
  count(*)::int AS count
FROM eligibility.grants g JOIN eligibility.institutions i ON i.code = g.institution_code
WHERE g.basis = 'CONSENT'
GROUP BY 1, 2, 3, 4
ORDER BY 1`;

export const consentsFamily: Family = {
  name: 'consents',
  spec: CONSENTS_FAMILY_SPEC,
  async *counts(sql: SqlReader) {
    const rows = await sql.query<Row>(CONSENT_COUNTS, [...CONSENT_CATEGORIES]);
    const periods = byPeriod(rows, (row) => ({
      dimensions: [row.kind, row.prefecture],
      measures: row.categories.map((included) => (included ? 'YES' : 'NO')),
      count: row.count,
    }));
    for (const [period, joint] of periods) yield { period, joint };
  },
};
