import { Database } from '../../common/src/database';
import { Page } from '../../common/src/pagination';
import { DRUG_JSON } from './drugs';
import { NON_DAILY_COVERED_DAYS } from './duplicates';
import { DispensingRow } from './rows';

/** Dispensing dates to read, inclusive; `from` is never before the 3-year window. */
export interface DateRange {
  readonly from: string;
  readonly to: string | null;
}

/** A dispensings row (alias `d`) with its drug (alias `dr`), shaped as DispensingRow. */
const DISPENSING_COLUMNS = `
  d.id::text AS "id", d.person_id::text AS "personId", d.dispensed_on::text AS "dispensedOn", ${DRUG_JSON} AS "drug",
  d.drug_code AS "drugCode", d.drug_name AS "drugName", d.quantity::float8 AS "quantity", d.unit AS "unit", d.days AS "days",
  d.daily_quantity::float8 AS "dailyQuantity",
  d.dispensing_institution_code AS "dispensingInstitutionCode", d.dispensing_institution_name AS "dispensingInstitutionName",
  d.prescribing_institution_code AS "prescribingInstitutionCode", d.prescribing_institution_name AS "prescribingInstitutionName",
  d.prescribed_on::text AS "prescribedOn", d.electronic_prescription_id::text AS "electronicPrescriptionId"`;

const PAGE_AFTER = 'AND (d.dispensed_on, d.id) < ($5::date, $6::bigint)';

/** Up to `page.limit + 1` dispensings per person, newest first: one statement for all the persons. */
export async function selectMedicationPages(db: Database, personIds: readonly string[], page: Page, range: DateRange): Promise<DispensingRow[]> {
  const sql = `
    SELECT ${DISPENSING_COLUMNS}
    FROM unnest($1::uuid[]) WITH ORDINALITY AS p(person_id, ord)
    CROSS JOIN LATERAL (
      SELECT * FROM dispensings d
      WHERE d.person_id = p.person_id AND d.dispensed_on >= $2::date AND ($3::date IS NULL OR d.dispensed_on <= $3::date)
        ${page.after ? PAGE_AFTER : ''}
      ORDER BY d.dispensed_on DESC, d.id DESC
      LIMIT $4
    ) d
    JOIN drugs dr ON dr.code = d.drug_code
    ORDER BY p.ord, d.dispensed_on DESC, d.id DESC`;
  const values: unknown[] = [personIds, range.from, range.to, page.limit + 1];
  if (page.after) values.push(page.after[0], page.after[1]);
  return db.query<DispensingRow>(sql, values);
}

export async function countMedications(db: Database, personIds: readonly string[], range: DateRange): Promise<Array<{ personId: string; count: number }>> {
  return db.query(
    `SELECT person_id::text AS "personId", count(*)::int AS "count" FROM dispensings
     WHERE person_id = ANY($1::uuid[]) AND dispensed_on >= $2::date AND ($3::date IS NULL OR dispensed_on <= $3::date)
     GROUP BY person_id`,
    [personIds, range.from, range.to],
  );
}

/**
 * Dispensings that may be current on `asOf` for the persons: dispensed on or before it and
 * within the longest span a dispensing can cover. The duplicate check decides exactly.
 */
export async function selectPossiblyCurrent(db: Database, personIds: readonly string[], asOf: string, windowStart: string): Promise<DispensingRow[]> {
  return db.query<DispensingRow>(
    `SELECT ${DISPENSING_COLUMNS}
     FROM dispensings d JOIN drugs dr ON dr.code = d.drug_code
     WHERE d.person_id = ANY($1::uuid[]) AND d.dispensed_on <= $2::date AND d.dispensed_on >= $3::date
       AND d.dispensed_on + GREATEST(d.days, $4::int) > $2::date
     ORDER BY d.person_id, d.dispensed_on DESC, d.id DESC`,
    [personIds, asOf, windowStart, NON_DAILY_COVERED_DAYS],
  );
}
