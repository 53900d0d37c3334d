import { Pool } from 'pg';
import { withCheckDigit } from '../../../common/src/identifiers';
import { insertRows } from './harness';

/** Insurers of the crafted checkups: 協会けんぽ Tokyo, a 健保組合 with members in Tokyo and Osaka, a 国保 of Osaka. */
export const KYOKAI_TOKYO = '01130012';
export const KUMIAI = withCheckDigit('0613100');
export const NHI_OSAKA = withCheckDigit('27010');

export type Guidance = 'INTENSIVE' | 'MOTIVATIONAL' | 'INFORMATION';
export type Metabolic = 'MEETS_CRITERIA' | 'PRE_SYNDROME' | 'NOT_APPLICABLE';

/** A cell of crafted checkups: that many persons with the same values. */
export interface CraftedCheckups {
  readonly insurer: string;
  readonly prefecture: '13' | '27';
  readonly sex: 'MALE' | 'FEMALE';
  readonly age: number;
  readonly guidance: Guidance;
  readonly metabolic: Metabolic;
  readonly smokers?: number;
  readonly count: number;
}

export const FISCAL_YEAR = 2025;

const cell = (insurer: string, prefecture: '13' | '27', sex: 'MALE' | 'FEMALE', age: number, guidance: Guidance, metabolic: Metabolic, count: number, smokers = 0): CraftedCheckups =>
  ({ insurer, prefecture, sex, age, guidance, metabolic, count, smokers });

/**
 * Fiscal year 2025's crafted checkups. Some cells are small on purpose: 3 women of 45-49 of the
 * 協会けんぽ at intensive support, 4 women of 45-49 of the 健保組合 living in Osaka (a whole group
 * under 10), 2 women of the 国保 at motivational support; and a whole insurer's smokers under 10.
 */
export const CRAFTED_CHECKUPS: readonly CraftedCheckups[] = [
  cell(KYOKAI_TOKYO, '13', 'FEMALE', 46, 'INFORMATION', 'NOT_APPLICABLE', 40, 6),
  cell(KYOKAI_TOKYO, '13', 'FEMALE', 47, 'MOTIVATIONAL', 'PRE_SYNDROME', 12),
  cell(KYOKAI_TOKYO, '13', 'FEMALE', 48, 'INTENSIVE', 'MEETS_CRITERIA', 3),
  cell(KYOKAI_TOKYO, '13', 'MALE', 45, 'INFORMATION', 'NOT_APPLICABLE', 55, 20),
  cell(KYOKAI_TOKYO, '13', 'MALE', 46, 'MOTIVATIONAL', 'PRE_SYNDROME', 20, 5),
  cell(KYOKAI_TOKYO, '13', 'MALE', 49, 'INTENSIVE', 'MEETS_CRITERIA', 15, 6),
  cell(KYOKAI_TOKYO, '13', 'FEMALE', 62, 'INFORMATION', 'NOT_APPLICABLE', 30),
  cell(KYOKAI_TOKYO, '13', 'MALE', 63, 'INFORMATION', 'NOT_APPLICABLE', 25, 3),
  cell(KYOKAI_TOKYO, '13', 'MALE', 60, 'MOTIVATIONAL', 'PRE_SYNDROME', 11),
  cell(KUMIAI, '13', 'FEMALE', 45, 'INFORMATION', 'NOT_APPLICABLE', 22),
  cell(KUMIAI, '13', 'MALE', 47, 'INFORMATION', 'NOT_APPLICABLE', 31, 2),
  cell(KUMIAI, '13', 'MALE', 48, 'INTENSIVE', 'MEETS_CRITERIA', 12, 1),
  cell(KUMIAI, '27', 'FEMALE', 45, 'INFORMATION', 'NOT_APPLICABLE', 4),
  cell(KUMIAI, '27', 'MALE', 46, 'INFORMATION', 'NOT_APPLICABLE', 18),
  cell(KUMIAI, '27', 'MALE', 64, 'MOTIVATIONAL', 'PRE_SYNDROME', 9),
  cell(NHI_OSAKA, '27', 'FEMALE', 61, 'INFORMATION', 'NOT_APPLICABLE', 35),
  cell(NHI_OSAKA, '27', 'MALE', 62, 'INFORMATION', 'NOT_APPLICABLE', 28, 10),
  cell(NHI_OSAKA, '27', 'MALE', 63, 'MOTIVATIONAL', 'PRE_SYNDROME', 13, 4),
  cell(NHI_OSAKA, '27', 'FEMALE', 47, 'MOTIVATIONAL', 'PRE_SYNDROME', 2),
];

/** The items that give each metabolic-syndrome status (the waist over the threshold, and 0, 1 or 2 risks). */
function itemsFor(sex: 'MALE' | 'FEMALE', metabolic: Metabolic) {
  const waist = sex === 'MALE' ? 90 : 95;
  switch (metabolic) {
    case 'NOT_APPLICABLE':
      return { waist_cm: 70, bmi: 21, systolic_bp: 115, diastolic_bp: 70, triglycerides: 90, triglycerides_fasting: true, hdl: 60, ldl: 100, glucose: 90, glucose_fasting: true, hba1c: 5.2 };
    case 'PRE_SYNDROME':
      return { waist_cm: waist, bmi: 26, systolic_bp: 140, diastolic_bp: 80, triglycerides: 90, triglycerides_fasting: true, hdl: 60, ldl: 100, glucose: 90, glucose_fasting: true, hba1c: 5.2 };
    case 'MEETS_CRITERIA':
      return { waist_cm: waist, bmi: 28, systolic_bp: 140, diastolic_bp: 90, triglycerides: 200, triglycerides_fasting: true, hdl: 35, ldl: 150, glucose: 120, glucose_fasting: true, hba1c: 6.3 };
  }
}

export const craftedPersonId = (index: number): string => `a0000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

/** Inserts the crafted checkups and their insurers. */
export async function insertCraftedCheckups(sql: Pool): Promise<void> {
  await insertRows(sql, 'eligibility.insurers', [
    { number: KYOKAI_TOKYO, name: '全国健康保険協会東京支部', type: 'KYOKAI_KENPO', prefecture_code: '13' },
    { number: KUMIAI, name: 'テスト商事健康保険組合', type: 'KUMIAI_KENPO', prefecture_code: '13' },
    { number: NHI_OSAKA, name: 'テスト市国民健康保険', type: 'NATIONAL_HEALTH_INSURANCE', prefecture_code: '27' },
  ]);
  await insertCheckups(sql, CRAFTED_CHECKUPS, 1);
}

/** Inserts checkups, one person each (living in the cell's prefecture), persons numbered from `firstPerson`. */
export async function insertCheckups(sql: Pool, cells: readonly CraftedCheckups[], firstPerson: number): Promise<void> {
  const people: Array<Record<string, unknown>> = [];
  const checkups: Array<Record<string, unknown>> = [];
  let index = firstPerson;
  for (const c of cells) {
    for (let k = 0; k < c.count; k++, index++) {
      const id = craftedPersonId(index);
      people.push({
        id, name_kanji: '試験 太郎', name_kana: 'シケン タロウ', sex: c.sex, birth_date: `${FISCAL_YEAR - c.age}-01-01`, prefecture_code: c.prefecture,
        municipality_code: `${c.prefecture}101`, municipality: '試験市', address_line: '1-1', postal_code: '100-0001',
      });
      checkups.push({
        id: index, person_id: id, examined_on: `${FISCAL_YEAR}-06-01`, fiscal_year: FISCAL_YEAR, kind: 'SPECIFIC', insurer_number: c.insurer,
        institution_code: withCheckDigit(`${c.prefecture}10000001`.slice(0, 9)), age_at_exam: c.age, sex: c.sex, ...itemsFor(c.sex, c.metabolic),
        smoker: k < (c.smokers ?? 0), on_bp_medication: false, on_lipid_medication: false, on_glucose_medication: false,
        guidance_level: c.guidance, guidance_group: c.guidance === 'INFORMATION' ? 'NONE' : 'A',
      });
    }
  }
  await insertRows(sql, 'eligibility.people', people);
  await insertRows(sql, 'checkups.checkups', checkups);
}
