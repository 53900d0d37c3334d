import { SqlReader } from '../../../../common/src/access/sql-reader';
import { AUDIT_READER_ROLE, EVENTS_TABLE } from '../../../../common/src/audit/event-row';
import { byPeriod, Family } from './family';

/** The dimension of the access aggregates: the prefecture of the institution that accessed. */
export const ACCESS_DIMENSIONS = ['PREFECTURE'] as const;

/** The bases counted, in slot order: emergency with the card, without it, disaster. */
export const COUNTED_BASES = ['EMERGENCY_WITH_CARD', 'EMERGENCY_NO_CARD', 'DISASTER'] as const;

export const ACCESSES_FAMILY_SPEC = {
  dimensions: ACCESS_DIMENSIONS,
  measures: [{ name: 'basis', values: COUNTED_BASES }],
};

interface Row {
  period: string;
  prefecture: string;
  basis: string;
  count: number;
}

/**
 * The access events under an emergency or disaster basis, by day in Japan, the prefecture of the
 * accessing institution (the first two digits of its code, 医療機関コード) and the basis: every
 * opening and every read is one.
 */
const ACCESS_COUNTS = `
SELECT to_char(e.recorded_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS period, left(e.institution_code, 2) AS prefecture, e.basis, count(*)::int AS count
FROM ${EVENTS_TABLE} e
WHERE e.basis = ANY ($1::text[]) AND e.institution_code IS NOT NULL
GROUP BY 1, 2, 3
ORDER BY 1`;

/**
 * Read as the access log's reader role (SELECT only), within the refresh's transaction and
 * snapshot: the analytics subgraph can never write the log. Nothing when the log is not in this
 * database.
 */
async function accessCounts(sql: SqlReader): Promise<Row[]> {
  const [log] = await sql.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [EVENTS_TABLE]);
  if (!log?.present) return [];
  // Should the statement fail, the refresh's transaction is rolled back, and the role with it.
  await sql.query(`SET LOCAL ROLE ${AUDIT_READER_ROLE}`);
  const rows = await sql.query<Row>(ACCESS_COUNTS, [[...COUNTED_BASES]]);
  await sql.query('RESET ROLE');
  return rows;
}

export const accessesFamily: Family = {
  name: 'accesses',
  spec: ACCESSES_FAMILY_SPEC,
  async *counts(sql: SqlReader) {
    const periods = byPeriod(await accessCounts(sql), (row) => ({ dimensions: [row.prefecture], measures: [row.basis], count: row.count }));
    for (const [period, joint] of periods) yield { period, joint };
  },
};
