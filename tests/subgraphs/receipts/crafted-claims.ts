import { Pool } from 'pg';

/**
 * Inserts a person with `claims` claims, each with two lines in every child table, straight
 * with SQL: the statement-count tests need persons with very different numbers of records.
 */
export async function insertPersonWithClaims(pool: Pool, personIndex: number, claims: number): Promise<string> {
  const personId = `00000000-0000-8000-a000-${personIndex.toString(16).padStart(12, '0')}`;
  await pool.query(
    `INSERT INTO claims (id, person_id, treatment_month, claim_type, prefecture_code, institution_code, institution_name,
       institution_address, insurer_type, insurer_number, benefit_ratio, insured_symbol, insured_number, insured_branch,
       relationship, patient_name, patient_sex, patient_birth_date, treatment_start_date, outcome, actual_days,
       total_points, meal_count, meal_amount_yen, last_visit_date)
     SELECT $2::bigint * 1000 + g, $1::uuid, to_char(date '2015-01-01' + make_interval(months => g), 'YYYY-MM'),
            'MEDICAL_INPATIENT', '13', '1310000490', '中野鷺宮内科クリニック', '東京都中野区鷺宮1-2-3', 'KYOKAI_KENPO',
            '01130012', 70, '1234', '0000042', '01', 'INSURED', '中野 太郎', 'MALE', date '1970-05-05',
            date '2014-12-01', NULL, 3, 2000, 6, 2760, (date '2015-01-10' + make_interval(months => g))::date
       FROM generate_series(1, $3::int) AS g`,
    [personId, personIndex, claims],
  );
  const ofPerson = `FROM claims c CROSS JOIN generate_series(1, 2) AS s WHERE c.person_id = $1`;
  await pool.query(`INSERT INTO claim_public_expenses SELECT c.id, s, '15131147', '0012344', 1000 ${ofPerson}`, [personId]);
  await pool.query(`INSERT INTO claim_diagnoses SELECT c.id, s, '8833421', '高血圧症', date '2014-12-01', NULL, true, s = 1 ${ofPerson}`, [personId]);
  await pool.query(`INSERT INTO claim_procedures SELECT c.id, s, 'REVISIT', '112007410', '再診料', 2, 150, NULL ${ofPerson}`, [personId]);
  await pool.query(`INSERT INTO claim_drugs SELECT c.id, s, '610443047', 'アムロジピン錠５ｍｇ「サワイ」', 28, '錠', 28 ${ofPerson}`, [personId]);
  await pool.query(`INSERT INTO claim_materials SELECT c.id, s, '737040000', 'ダイアライザー', 1, 146 ${ofPerson}`, [personId]);
  await pool.query(`INSERT INTO claim_remarks SELECT c.id, s, 'BILLED_ITEM', 'アムロジピン錠５ｍｇ「サワイ」', '610443047' ${ofPerson}`, [personId]);
  return personId;
}
