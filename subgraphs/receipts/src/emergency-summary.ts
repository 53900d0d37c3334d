import DataLoader from 'dataloader';
import { CareCategory, lookbackStartMonth } from '../../../common/src/policy';
import { SubgraphContext } from '../../common/src/context';
import { summaryPeriodsOf } from '../../common/src/emergency-summary';
import { groupBy } from '../../common/src/loaders';

/** A month the person was seen at an institution, from the claims (受診歴). */
export interface EmergencyVisitRow {
  readonly personId: string;
  readonly institutionCode: string;
  readonly institutionName: string;
  readonly month: string;
  readonly lastVisitDate: string;
}

/** A procedure of the listed care, with the month and institution of its claim. */
export interface EmergencyCareRow {
  readonly personId: string;
  readonly month: string;
  readonly institutionName: string;
  readonly careCategory: CareCategory;
  readonly code: string;
  readonly name: string;
  readonly count: number;
}

const visitsSince = (context: SubgraphContext, since: string): DataLoader<string, EmergencyVisitRow[]> =>
  context.loaders.get(`receipts.emergencyVisits:${since}`, async (personIds: readonly string[]) => {
    const rows = await context.db.query<EmergencyVisitRow>(
      `SELECT person_id::text AS "personId", institution_code AS "institutionCode", institution_name AS "institutionName",
              treatment_month AS month, last_visit_date::text AS "lastVisitDate"
         FROM claims WHERE person_id = ANY($1::uuid[]) AND treatment_month >= $2
        ORDER BY person_id, treatment_month DESC, id DESC`,
      [personIds, since],
    );
    return groupBy(personIds, rows, (row) => row.personId);
  });

const careSince = (context: SubgraphContext, since: string, categories: readonly CareCategory[]): DataLoader<string, EmergencyCareRow[]> =>
  context.loaders.get(`receipts.emergencyCare:${since}:${categories.join(',')}`, async (personIds: readonly string[]) => {
    const rows = await context.db.query<EmergencyCareRow>(
      `SELECT c.person_id::text AS "personId", c.treatment_month AS month, c.institution_name AS "institutionName",
              p.care_category AS "careCategory", p.code, p.name, p.count
         FROM claims c JOIN claim_procedures p ON p.claim_id = c.id
        WHERE c.person_id = ANY($1::uuid[]) AND c.treatment_month >= $2 AND p.care_category = ANY($3::text[])
        ORDER BY c.person_id, c.treatment_month DESC, c.id DESC, p.seq`,
      [personIds, since, categories],
    );
    return groupBy(personIds, rows, (row) => row.personId);
  });

/**
 * The receipts parts of the emergency summary (DOMAIN.md §4.2), over the periods of the policy in
 * force, by treatment month (a claim is monthly): the months from the one the period begins in.
 * One statement per part for every person of a request.
 */
export const emergencyParts = {
  visits: async (context: SubgraphContext, personId: string): Promise<EmergencyVisitRow[]> => {
    const summary = summaryPeriodsOf(context);
    if (summary === null) return [];
    return visitsSince(context, lookbackStartMonth(summary.periods.visits, summary.today)).load(personId);
  },
  care: async (context: SubgraphContext, personId: string): Promise<EmergencyCareRow[]> => {
    const summary = summaryPeriodsOf(context);
    if (summary === null) return [];
    return careSince(context, lookbackStartMonth(summary.periods.care, summary.today), summary.periods.careCategories).load(personId);
  },
  surgeries: async (context: SubgraphContext, personId: string): Promise<EmergencyCareRow[]> => {
    const summary = summaryPeriodsOf(context);
    if (summary === null) return [];
    return careSince(context, lookbackStartMonth(summary.periods.surgery, summary.today), summary.periods.surgeryCategories).load(personId);
  },
};
