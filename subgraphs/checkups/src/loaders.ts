import DataLoader from 'dataloader';
import { SubgraphContext } from '../../common/src/context';
import { groupBy, indexBy } from '../../common/src/loaders';
import { Page, pageKey } from '../../common/src/pagination';
import { CheckupRecord, checkupSelectList } from './record';
import { FiscalYearRange } from './validation';

const SELECT = checkupSelectList('c');

/** Checkups by id, one statement per batch. */
export function checkupById(context: SubgraphContext): DataLoader<string, CheckupRecord | null> {
  return context.loaders.get<string, CheckupRecord | null>('checkups:byId', async (ids) => {
    const rows = await context.db.query<CheckupRecord>(`SELECT ${SELECT} FROM checkups c WHERE c.id = ANY($1::bigint[])`, [ids]);
    return indexBy(ids, rows, (row) => row.id);
  });
}

/**
 * One page of each person's history (newest first), for every person in the batch in one
 * statement: a LATERAL subquery per person walks the (person_id, examined_on, id) index.
 * Each list holds up to `limit + 1` rows; the extra one only tells that there is a next page.
 */
export function checkupPages(context: SubgraphContext, page: Page, years: FiscalYearRange): DataLoader<string, CheckupRecord[]> {
  const [afterDate, afterId] = page.after ?? [null, null];
  return context.loaders.get<string, CheckupRecord[]>(`checkups:page:${pageKey(page, years.fromYear, years.toYear)}`, async (personIds) => {
    const rows = await context.db.query<CheckupRecord>(
      `SELECT page.* FROM unnest($1::uuid[]) AS p(person_id)
       CROSS JOIN LATERAL (
         SELECT ${SELECT} FROM checkups c
         WHERE c.person_id = p.person_id
           AND ($2::smallint IS NULL OR c.fiscal_year >= $2::smallint)
           AND ($3::smallint IS NULL OR c.fiscal_year <= $3::smallint)
           AND ($4::date IS NULL OR (c.examined_on, c.id) < ($4::date, $5::bigint))
         ORDER BY c.examined_on DESC, c.id DESC
         LIMIT $6
       ) AS page`,
      [personIds, years.fromYear, years.toYear, afterDate, afterId, page.limit + 1],
    );
    return groupBy(personIds, rows, (row) => row.personId);
  });
}

/** How many checkups each person has in the year range, for every person in the batch in one statement. */
export function checkupCounts(context: SubgraphContext, years: FiscalYearRange): DataLoader<string, number> {
  return context.loaders.get<string, number>(`checkups:count:${years.fromYear}:${years.toYear}`, async (personIds) => {
    const rows = await context.db.query<{ personId: string; count: number }>(
      `SELECT c.person_id::text AS "personId", count(*)::int AS "count" FROM checkups c
       WHERE c.person_id = ANY($1::uuid[])
         AND ($2::smallint IS NULL OR c.fiscal_year >= $2::smallint)
         AND ($3::smallint IS NULL OR c.fiscal_year <= $3::smallint)
       GROUP BY c.person_id`,
      [personIds, years.fromYear, years.toYear],
    );
    return indexBy(personIds, rows, (row) => row.personId).map((row) => row?.count ?? 0);
  });
}
