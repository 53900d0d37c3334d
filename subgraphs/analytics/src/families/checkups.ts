import { SqlReader } from '../../../../common/src/access/sql-reader';
import { CHECKUP_AGES, GUIDANCE_LEVELS, HEALTH_RISK_THRESHOLDS, HEALTH_RISKS, METABOLIC_STATUSES, METABOLIC_SYNDROME } from './measures';
import { Family } from './family';

/** The dimensions of the checkup aggregates, in their bit order (insurer 1, prefecture 2, sex 4, age band 8). */
export const CHECKUP_DIMENSIONS = ['INSURER', 'PREFECTURE', 'SEX', 'AGE_BAND'] as const;

const YES_NO = ['YES', 'NO'] as const;

/** The level with the insurer alone: the health scoring compares insurers there and at the national level (0). */
export const INSURER_LEVEL = 1;

export const CHECKUPS_FAMILY_SPEC = {
  dimensions: CHECKUP_DIMENSIONS,
  measures: [
    { name: 'guidance', values: GUIDANCE_LEVELS },
    { name: 'metabolicSyndrome', values: METABOLIC_STATUSES },
    ...HEALTH_RISKS.map((risk) => ({ name: risk, values: YES_NO, levels: [0, INSURER_LEVEL] })),
  ],
};

interface Row {
  insurer: string;
  prefecture: string;
  sex: string;
  age_band: string;
  guidance: string;
  metabolic: string;
  risks: boolean[];
  count: number;
}

/**
 * The finest counts of one fiscal year's checkups of persons aged 40-74: by insurer, the person's
 * prefecture of residence, sex and age band, with the guidance level, the metabolic-syndrome
 * status and each health risk. Thresholds are parameters (measures.ts).
 */
const FISCAL_YEAR_COUNTS = `
WITH c AS (
  SELECT c.*, p.prefecture_code,
    coalesce(c.triglycerides >= CASE WHEN c.triglycerides_fasting IS TRUE THEN $4::numeric ELSE $5::numeric END, false)
      OR coalesce(c.hdl < $6::numeric, false) OR coalesce(c.on_lipid_medication, false) AS ms_lipids,
    coalesce(c.systolic_bp >= $7::numeric, false) OR coalesce(c.diastolic_bp >= $8::numeric, false) OR coalesce(c.on_bp_medication, false) AS ms_pressure,
    coalesce(c.glucose >= CASE WHEN c.glucose_fasting IS TRUE THEN $9::numeric ELSE $10::numeric END, false)
      OR coalesce(c.hba1c >= $11::numeric, false) OR coalesce(c.on_glucose_medication, false) AS ms_glucose
  FROM checkups.checkups c JOIN eligibility.people p ON p.id = c.person_id
  WHERE c.fiscal_year = $1 AND c.age_at_exam BETWEEN $2 AND $3
)
SELECT c.insurer_number AS insurer, c.prefecture_code AS prefecture, c.sex::text AS sex,
  'AGE_' || ($2 + 5 * ((c.age_at_exam - $2) / 5)) || '_' || ($2 + 4 + 5 * ((c.age_at_exam - $2) / 5)) AS age_band,
  c.guidance_level::text AS guidance,
  CASE
    WHEN c.waist_cm IS NULL THEN 'UNDETERMINED'
    WHEN c.waist_cm < CASE WHEN c.sex = 'MALE' THEN $12::numeric ELSE $13::numeric END THEN 'NOT_APPLICABLE'
    WHEN c.ms_lipids::int + c.ms_pressure::int + c.ms_glucose::int >= 2 THEN 'MEETS_CRITERIA'
    WHEN c.ms_lipids::int + c.ms_pressure::int + c.ms_glucose::int = 1 THEN 'PRE_SYNDROME'
    ELSE 'NOT_APPLICABLE'
  END AS metabolic,
  ARRAY[
    coalesce(c.waist_cm >= CASE WHEN c.sex = 'MALE' THEN $14::numeric ELSE $15::numeric END, false) OR coalesce(c.bmi >= $16::numeric, false),
    coalesce(c.systolic_bp >= $17::numeric, false) OR coalesce(c.diastolic_bp >= $18::numeric, false),
    coalesce(c.ast >= $19::numeric, false) OR coalesce(c.alt >= $20::numeric, false) OR coalesce(c.ggt >= $21::numeric, false),
    coalesce(c.triglycerides >= CASE WHEN c.triglycerides_fasting IS TRUE THEN $22::numeric ELSE $23::numeric END, false)
      OR coalesce(c.hdl < $24::numeric, false) OR coalesce(c.ldl >= $25::numeric, false),
    coalesce(c.glucose >= $26::numeric, false) OR coalesce(c.hba1c >= $27::numeric, false),
    coalesce(c.smoker, false)
  ] AS risks,
  count(*)::int AS count
FROM c
GROUP BY 1, 2, 3, 4, 5, 6, 7`;

function parameters(fiscalYear: number): unknown[] {
  const m = METABOLIC_SYNDROME;
  const r = HEALTH_RISK_THRESHOLDS;
  return [
    fiscalYear, CHECKUP_AGES.from, CHECKUP_AGES.to,
    m.triglyceridesFasting, m.triglyceridesNonFasting, m.hdlBelow, m.systolic, m.diastolic, m.fastingGlucose, m.nonFastingGlucose, m.hba1c, m.waistMale, m.waistFemale,
    r.waistMale, r.waistFemale, r.bmi, r.systolic, r.diastolic, r.ast, r.alt, r.ggt, r.triglyceridesFasting, r.triglyceridesNonFasting, r.hdlBelow, r.ldl, r.glucose, r.hba1c,
  ];
}

export const checkupsFamily: Family = {
  name: 'checkups',
  spec: CHECKUPS_FAMILY_SPEC,
  async *counts(sql: SqlReader) {
    const years = await sql.query<{ fiscal_year: number }>('SELECT DISTINCT fiscal_year FROM checkups.checkups ORDER BY fiscal_year');
    for (const { fiscal_year: fiscalYear } of years) {
      const rows = await sql.query<Row>(FISCAL_YEAR_COUNTS, parameters(fiscalYear));
      yield {
        period: String(fiscalYear),
        joint: rows.map((row) => ({
          dimensions: [row.insurer, row.prefecture, row.sex, row.age_band],
          measures: [row.guidance, row.metabolic, ...row.risks.map((held) => (held ? 'YES' : 'NO'))],
          count: row.count,
        })),
      };
    }
  },
};
