import DataLoader from 'dataloader';
import { SubgraphContext } from '../../common/src/context';
import { summaryPeriodsOf } from '../../common/src/emergency-summary';
import { groupBy } from '../../common/src/loaders';

const checkupDates = (context: SubgraphContext): DataLoader<string, string[]> =>
  context.loaders.get('checkups.emergencyDates', async (personIds: readonly string[]) => {
    const rows = await context.db.query<{ personId: string; examinedOn: string }>(
      `SELECT person_id::text AS "personId", examined_on::text AS "examinedOn"
         FROM checkups WHERE person_id = ANY($1::uuid[]) ORDER BY person_id, examined_on DESC, id DESC`,
      [personIds],
    );
    return groupBy(personIds, rows, (row) => row.personId).map((checkups) => checkups.map((checkup) => checkup.examinedOn));
  });

/** The checkups part of the emergency summary (DOMAIN.md §4.2): the dates of the person's checkups, not their results. */
export async function emergencyCheckupDates(context: SubgraphContext, personId: string): Promise<string[]> {
  if (summaryPeriodsOf(context) === null) return [];
  return checkupDates(context).load(personId);
}
