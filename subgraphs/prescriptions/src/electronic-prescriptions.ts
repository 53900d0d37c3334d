import { Database } from '../../common/src/database';
import { Page } from '../../common/src/pagination';
import { DRUG_JSON } from './drugs';
import { ElectronicPrescriptionStatus } from './generated/resolvers';
import { ElectronicPrescriptionRow, PrescriptionItemRow } from './rows';

/** An electronic_prescriptions row (alias `e`) shaped as ElectronicPrescriptionRow. */
const PRESCRIPTION_COLUMNS = `
  e.id::text AS "id", e.person_id::text AS "personId", e.issued_on::text AS "issuedOn",
  e.issuing_institution_code AS "issuingInstitutionCode", e.issuing_institution_name AS "issuingInstitutionName",
  e.status AS "status", e.dispensed_on::text AS "dispensedOn",
  e.dispensing_institution_code AS "dispensingInstitutionCode", e.dispensing_institution_name AS "dispensingInstitutionName"`;

const PAGE_AFTER = 'AND (e.issued_on, e.id) < ($4::date, $5::bigint)';

/** Up to `page.limit + 1` e-prescriptions per person, newest first: one statement for all the persons. */
export async function selectPrescriptionPages(
  db: Database, personIds: readonly string[], page: Page, status: ElectronicPrescriptionStatus | null,
): Promise<ElectronicPrescriptionRow[]> {
  const sql = `
    SELECT ${PRESCRIPTION_COLUMNS}
    FROM unnest($1::uuid[]) WITH ORDINALITY AS p(person_id, ord)
    CROSS JOIN LATERAL (
      SELECT * FROM electronic_prescriptions e
      WHERE e.person_id = p.person_id AND ($2::text IS NULL OR e.status = $2::text)
        ${page.after ? PAGE_AFTER : ''}
      ORDER BY e.issued_on DESC, e.id DESC
      LIMIT $3
    ) e
    ORDER BY p.ord, e.issued_on DESC, e.id DESC`;
  const values: unknown[] = [personIds, status, page.limit + 1];
  if (page.after) values.push(page.after[0], page.after[1]);
  return db.query<ElectronicPrescriptionRow>(sql, values);
}

export async function countPrescriptions(
  db: Database, personIds: readonly string[], status: ElectronicPrescriptionStatus | null,
): Promise<Array<{ personId: string; count: number }>> {
  return db.query(
    `SELECT person_id::text AS "personId", count(*)::int AS "count" FROM electronic_prescriptions
     WHERE person_id = ANY($1::uuid[]) AND ($2::text IS NULL OR status = $2::text)
     GROUP BY person_id`,
    [personIds, status],
  );
}

export async function selectPrescriptions(db: Database, ids: readonly string[]): Promise<ElectronicPrescriptionRow[]> {
  return db.query<ElectronicPrescriptionRow>(`SELECT ${PRESCRIPTION_COLUMNS} FROM electronic_prescriptions e WHERE e.id = ANY($1::bigint[])`, [ids]);
}

export async function selectItems(db: Database, prescriptionIds: readonly string[]): Promise<PrescriptionItemRow[]> {
  return db.query<PrescriptionItemRow>(
    `SELECT i.prescription_id::text AS "prescriptionId", i.seq AS "seq", ${DRUG_JSON} AS "drug",
       i.drug_code AS "drugCode", i.drug_name AS "drugName", i.daily_quantity::float8 AS "dailyQuantity", i.days AS "days", i.as_needed AS "asNeeded"
     FROM electronic_prescription_items i JOIN drugs dr ON dr.code = i.drug_code
     WHERE i.prescription_id = ANY($1::bigint[])
     ORDER BY i.prescription_id, i.seq`,
    [prescriptionIds],
  );
}
