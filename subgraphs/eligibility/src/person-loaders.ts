import { isPersonId } from '../../../common/src/identifiers';
import DataLoader from 'dataloader';
import { SubgraphContext } from '../../common/src/context';
import { groupBy, indexBy } from '../../common/src/loaders';
import { Page, pageKey } from '../../common/src/pagination';
import { CERTIFICATE_COLUMNS, PERSON_COLUMNS, QUALIFICATION_COLUMNS } from './columns';
import { CardCertificateRow, PersonRow, QualificationRow } from './rows';

/** Persons by id; an id that is not a UUID (e.g. from an entity reference) is simply not found. */
export function personById(context: SubgraphContext): DataLoader<string, PersonRow | null> {
  return context.loaders.get<string, PersonRow | null>('personById', async (ids) => {
    const valid = ids.filter(isPersonId).map((id) => id.toLowerCase());
    if (valid.length === 0) return ids.map(() => null);
    const rows = await context.db.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people p WHERE p.id = ANY($1::uuid[])`, [valid]);
    return indexBy(ids.map((id) => id.toLowerCase()), rows, (r) => r.id);
  });
}

/** One page of each person's qualifications, newest first: one statement for every person in the request. */
export function qualificationPageByPerson(context: SubgraphContext, page: Page): DataLoader<string, QualificationRow[]> {
  return context.loaders.get<string, QualificationRow[]>(`qualificationPageByPerson:${pageKey(page)}`, async (personIds) => {
    const rows = await context.db.query<QualificationRow>(
      `SELECT page.* FROM unnest($1::uuid[]) AS k(person_id)
       CROSS JOIN LATERAL (
         SELECT ${QUALIFICATION_COLUMNS} FROM qualifications q
         WHERE q.person_id = k.person_id AND ($2::date IS NULL OR (q.acquired_on, q.id) < ($2::date, $3::bigint))
         ORDER BY q.acquired_on DESC, q.id DESC
         LIMIT $4
       ) page
       ORDER BY page."personId", page."acquiredOn" DESC, page.id::bigint DESC`,
      [personIds, page.after?.[0] ?? null, page.after?.[1] ?? null, page.limit + 1],
    );
    return groupBy(personIds, rows, (r) => r.personId);
  });
}

export function qualificationCountByPerson(context: SubgraphContext): DataLoader<string, number> {
  return context.loaders.get<string, number>('qualificationCountByPerson', async (personIds) => {
    const rows = await context.db.query<{ personId: string; count: number }>(
      `SELECT person_id::text AS "personId", count(*)::int AS count FROM qualifications WHERE person_id = ANY($1::uuid[]) GROUP BY person_id`,
      [personIds],
    );
    return indexBy(personIds, rows, (r) => r.personId).map((r) => r?.count ?? 0);
  });
}

/** The qualification in force on `asOf` per person, the most recently acquired if several. */
export function currentQualificationByPerson(context: SubgraphContext, asOf: string): DataLoader<string, QualificationRow | null> {
  return context.loaders.get<string, QualificationRow | null>(`currentQualificationByPerson:${asOf}`, async (personIds) => {
    const rows = await context.db.query<QualificationRow>(
      `SELECT DISTINCT ON (q.person_id) ${QUALIFICATION_COLUMNS} FROM qualifications q
       WHERE q.person_id = ANY($1::uuid[]) AND q.acquired_on <= $2::date AND (q.lost_on IS NULL OR q.lost_on > $2::date)
       ORDER BY q.person_id, q.acquired_on DESC, q.id DESC`,
      [personIds, asOf],
    );
    return indexBy(personIds, rows, (r) => r.personId);
  });
}

export function certificatesByPerson(context: SubgraphContext): DataLoader<string, CardCertificateRow[]> {
  return context.loaders.get<string, CardCertificateRow[]>('certificatesByPerson', async (personIds) => {
    const rows = await context.db.query<CardCertificateRow>(
      `SELECT ${CERTIFICATE_COLUMNS} FROM card_certificates c WHERE c.person_id = ANY($1::uuid[]) ORDER BY c.person_id, c.issued_on DESC, c.kind`,
      [personIds],
    );
    return groupBy(personIds, rows, (r) => r.personId);
  });
}
