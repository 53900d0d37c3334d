import { addDays, todayInJapan } from '../../common/src/japan-calendar';
import { withCheckDigit } from '../../common/src/identifiers';
import { TestStack } from './stack';

/**
 * Hand-made insured persons and records for the emergency and disaster tests, written straight
 * into the subgraphs' schemas: the DOMAIN.md examples need names, addresses and insurers the
 * generator does not promise, and the summary's periods need records dated from today.
 */

export interface CraftedPerson {
  /** Distinguishes crafted persons (their ids start `e0000000-`): 1, 2, ... */
  readonly index: number;
  readonly nameKanji: string;
  readonly nameKana: string;
  readonly sex: 'MALE' | 'FEMALE';
  readonly birthDate: string;
  readonly prefectureCode: string;
  readonly municipalityCode: string;
  readonly municipality: string;
  readonly addressLine: string;
  /** The insurer of the qualification in force, created if new. */
  readonly insurer: { readonly number: string; readonly name: string };
  /** Whether the qualification was lost before today (so the person is not insured now). */
  readonly lost?: boolean;
  /** A My Number card certificate in force today, with this serial (16 hexadecimal characters). */
  readonly cardSerial?: string;
}

export const craftedPersonId = (index: number): string => `e0000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

/** An insurer number of the form 06 + prefecture + 3 digits + check digit (健保組合). */
export const insurerNumber = (prefectureCode: string, serial: number): string => withCheckDigit(`06${prefectureCode}${String(serial).padStart(3, '0')}`);

export async function insertPerson(t: TestStack, person: CraftedPerson): Promise<string> {
  const id = craftedPersonId(person.index);
  const today = todayInJapan();
  await t.sql(
    `INSERT INTO eligibility.insurers (number, name, type, prefecture_code) VALUES ($1, $2, 'KUMIAI_KENPO', $3) ON CONFLICT (number) DO NOTHING`,
    [person.insurer.number, person.insurer.name, person.prefectureCode],
  );
  await t.sql(
    `INSERT INTO eligibility.people (id, name_kanji, name_kana, sex, birth_date, prefecture_code, municipality_code, municipality, address_line, postal_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '165-0032')`,
    [id, person.nameKanji, person.nameKana, person.sex, person.birthDate, person.prefectureCode, person.municipalityCode, person.municipality, person.addressLine],
  );
  await t.sql(
    `INSERT INTO eligibility.qualifications (id, person_id, insurer_number, symbol, number, branch, relationship, acquired_on, lost_on, benefit_ratio, high_cost_category)
     VALUES ($1, $2, $3, '77', $4, '00', 'INSURED', $5, $6, 70, 'U')`,
    [9_000_000_000 + person.index, id, person.insurer.number, String(900000 + person.index), addDays(today, -2000), person.lost ? addDays(today, -10) : null],
  );
  if (person.cardSerial) {
    await t.sql(
      `INSERT INTO eligibility.card_certificates (serial, person_id, kind, issued_on, expires_on) VALUES ($1, $2, 'CARD', $3, $4)`,
      [person.cardSerial, id, addDays(today, -300), addDays(today, 1000)],
    );
  }
  return id;
}

/** `YYYY-MM`, `months` months before the month of `day`. */
export function monthsBefore(day: string, months: number): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A claim of the person in a treatment month, with one procedure; its id. */
export async function insertClaim(
  t: TestStack,
  personId: string,
  id: number,
  month: string,
  procedure: { code: string; name: string; careCategory: string | null },
  institutionName = '中野鷺宮総合病院',
): Promise<void> {
  await t.sql(
    `INSERT INTO receipts.claims (id, person_id, treatment_month, claim_type, prefecture_code, institution_code, institution_name,
       institution_address, insurer_type, insurer_number, benefit_ratio, insured_symbol, insured_number, insured_branch,
       relationship, patient_name, patient_sex, patient_birth_date, treatment_start_date, outcome, actual_days,
       total_points, meal_count, meal_amount_yen, last_visit_date)
     VALUES ($1, $2, $3, 'MEDICAL_OUTPATIENT', '13', '1310000490', $4, '東京都中野区鷺宮1-2-3', 'KUMIAI_KENPO',
             '06130014', 70, '77', '900001', '00', 'INSURED', '試験 太郎', 'MALE', date '1970-05-05',
             ($3 || '-01')::date, NULL, 2, 1200, 0, 0, ($3 || '-10')::date)`,
    [id, personId, month, institutionName],
  );
  await t.sql(`INSERT INTO receipts.claim_procedures VALUES ($1, 1, 'TREATMENT', $2, $3, 1, 500, $4)`, [id, procedure.code, procedure.name, procedure.careCategory]);
}

/** A drug of the master, for dispensings and e-prescription items (their drug code must be one). */
export async function anyDrug(t: TestStack): Promise<{ code: string; name: string; unit: string }> {
  const [drug] = await t.sql<{ code: string; name: string; unit: string }>('SELECT code, name, unit FROM prescriptions.drugs ORDER BY code LIMIT 1');
  return drug!;
}

export async function insertDispensing(t: TestStack, personId: string, id: number, dispensedOn: string, drug: { code: string; name: string; unit: string }): Promise<void> {
  await t.sql(
    `INSERT INTO prescriptions.dispensings (id, person_id, dispensed_on, drug_code, drug_name, quantity, unit, days, daily_quantity,
       dispensing_institution_code, dispensing_institution_name, prescribing_institution_code, prescribing_institution_name, prescribed_on)
     VALUES ($1, $2, $3, $4, $5, 14, $6, 14, 1, '1340000039', '鷺宮薬局', '1310000490', '中野鷺宮総合病院', $3)`,
    [id, personId, dispensedOn, drug.code, drug.name, drug.unit],
  );
}

export async function insertDispensedPrescription(t: TestStack, personId: string, id: number, dispensedOn: string, drug: { code: string; name: string }): Promise<void> {
  await t.sql(
    `INSERT INTO prescriptions.electronic_prescriptions (id, person_id, issued_on, issuing_institution_code, issuing_institution_name, status,
       dispensed_on, dispensing_institution_code, dispensing_institution_name)
     VALUES ($1, $2, $3, '1310000490', '中野鷺宮総合病院', 'DISPENSED', $3, '1340000039', '鷺宮薬局')`,
    [id, personId, dispensedOn],
  );
  await t.sql(`INSERT INTO prescriptions.electronic_prescription_items VALUES ($1, 1, $2, $3, 2, 7, false)`, [id, drug.code, drug.name]);
}

/** A specific health checkup of the person on a day (its results do not matter here). */
export async function insertCheckup(t: TestStack, personId: string, id: number, examinedOn: string): Promise<void> {
  const [year, month] = examinedOn.split('-').map(Number) as [number, number];
  await t.sql(
    `INSERT INTO checkups.checkups (id, person_id, examined_on, fiscal_year, kind, insurer_number, institution_code, age_at_exam, sex, hba1c, guidance_level, guidance_group)
     VALUES ($1, $2, $3, $4, 'SPECIFIC', '06130014', '1310000490', 55, 'MALE', 6.1, 'INFORMATION', 'NONE')`,
    [id, personId, examinedOn, month >= 4 ? year : year - 1],
  );
}
