import { Database } from '../../common/src/database';
import { groupBy, indexBy } from '../../common/src/loaders';
import { Page } from '../../common/src/pagination';
import { ClaimFilter } from './arguments';
import { ClaimRecord, DiagnosisRow, DrugRow, MaterialRow, ProcedureRow, PublicExpenseRow, RemarkRow } from './records';

const CLAIM_COLUMNS = `
  c.id::text AS id, c.person_id::text AS "personId", c.treatment_month AS "treatmentMonth", c.claim_type AS "claimType",
  c.prefecture_code AS "prefectureCode", c.institution_code AS "institutionCode", c.institution_name AS "institutionName",
  c.institution_address AS "institutionAddress", c.insurer_type AS "insurerType", c.insurer_number AS "insurerNumber",
  c.benefit_ratio AS "benefitRatio", c.insured_symbol AS "insuredSymbol", c.insured_number AS "insuredNumber",
  c.insured_branch AS "insuredBranch", c.relationship, c.patient_name AS "patientName", c.patient_sex AS "patientSex",
  c.patient_birth_date::text AS "patientBirthDate", c.treatment_start_date::text AS "treatmentStartDate", c.outcome,
  c.actual_days AS "actualDays", c.total_points AS "totalPoints", c.meal_count AS "mealCount",
  c.meal_amount_yen AS "mealAmountYen", c.last_visit_date::text AS "lastVisitDate"`;

/** Appends the conditions (and their parameters) that a person's claims are filtered by. */
function filterConditions(filter: ClaimFilter, values: unknown[]): string {
  let sql = '';
  if (filter.from !== null) sql += ` AND c.treatment_month >= $${values.push(filter.from)}`;
  if (filter.to !== null) sql += ` AND c.treatment_month <= $${values.push(filter.to)}`;
  if (filter.publicExpensePayerNumber !== null) {
    sql += ` AND EXISTS (SELECT 1 FROM claim_public_expenses e WHERE e.claim_id = c.id AND e.payer_number = $${values.push(filter.publicExpensePayerNumber)})`;
  }
  return sql;
}

/** One page of claims, newest first, for each person: one statement for any number of persons. */
export async function claimPagesOf(db: Database, personIds: readonly string[], page: Page, filter: ClaimFilter): Promise<ClaimRecord[][]> {
  const values: unknown[] = [personIds];
  let where = filterConditions(filter, values);
  if (page.after !== null) {
    const [month, id] = page.after as [string, string];
    where += ` AND (c.treatment_month, c.id) < ($${values.push(month)}::text, $${values.push(id)}::bigint)`;
  }
  const rows = await db.query<ClaimRecord>(
    `SELECT ${CLAIM_COLUMNS}
       FROM unnest($1::uuid[]) AS p(id)
       CROSS JOIN LATERAL (
         SELECT * FROM claims c
          WHERE c.person_id = p.id${where}
          ORDER BY c.treatment_month DESC, c.id DESC
          LIMIT $${values.push(page.limit + 1)}
       ) c`,
    values,
  );
  return groupBy(personIds, rows, (row) => row.personId);
}

/** Each person's number of claims that pass the filter: one statement for any number of persons. */
export async function claimCountsOf(db: Database, personIds: readonly string[], filter: ClaimFilter): Promise<number[]> {
  const values: unknown[] = [personIds];
  const where = filterConditions(filter, values);
  const rows = await db.query<{ personId: string; count: number }>(
    `SELECT p.id::text AS "personId",
            (SELECT count(*) FROM claims c WHERE c.person_id = p.id${where})::int AS count
       FROM unnest($1::uuid[]) AS p(id)`,
    values,
  );
  return indexBy(personIds, rows, (row) => row.personId).map((row) => row?.count ?? 0);
}

export async function claimsById(db: Database, ids: readonly string[]): Promise<Array<ClaimRecord | null>> {
  const rows = await db.query<ClaimRecord>(`SELECT ${CLAIM_COLUMNS} FROM claims c WHERE c.id = ANY($1::bigint[])`, [ids]);
  return indexBy(ids, rows, (row) => row.id);
}

/** The itemised lines of a claim, by child table, as their GraphQL types (plus the claim id). */
export interface ClaimLines {
  readonly claim_public_expenses: PublicExpenseRow;
  readonly claim_diagnoses: DiagnosisRow;
  readonly claim_procedures: ProcedureRow;
  readonly claim_drugs: DrugRow;
  readonly claim_materials: MaterialRow;
  readonly claim_remarks: RemarkRow;
}

export type ClaimLineTable = keyof ClaimLines;

const LINE_COLUMNS: Readonly<Record<ClaimLineTable, string>> = {
  claim_public_expenses: `left(payer_number, 2) AS "lawNumber", payer_number AS "payerNumber", recipient_number AS "recipientNumber", points`,
  claim_diagnoses: `code, name, start_date::text AS "startDate", outcome, told AS "toldToPatient", is_primary AS "primary"`,
  claim_procedures: `section, code, name, count, points, care_category AS "careCategory"`,
  claim_drugs: `code, name, quantity::float8 AS quantity, unit, points`,
  claim_materials: `code, name, quantity::float8 AS quantity, points`,
  claim_remarks: `kind, text, item_code AS "itemCode"`,
};

/** One child table's lines for many claims, in claim order: one statement for any number of claims. */
export async function linesOf<T extends ClaimLineTable>(db: Database, table: T, claimIds: readonly string[]): Promise<Array<Array<ClaimLines[T]>>> {
  const rows = await db.query<ClaimLines[T]>(
    `SELECT claim_id::text AS "claimId", ${LINE_COLUMNS[table]} FROM ${table} WHERE claim_id = ANY($1::bigint[]) ORDER BY claim_id, seq`,
    [claimIds],
  );
  return groupBy(claimIds, rows, (row) => row.claimId);
}
