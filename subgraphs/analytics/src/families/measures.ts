/**
 * How a checkup is classified for the aggregates, as data. Where DOMAIN.md and the seeds are
 * silent, the thresholds are those of the standard program (標準的な健診・保健指導プログラム):
 * the criteria of the metabolic syndrome used by 特定健診 (日本内科学会等8学会, 2005) and the
 * 保健指導判定値 the health scoring report counts risk holders by. A missing value is no risk;
 * triglycerides with an unknown fasting state are judged as non-fasting (as guidance.ts does).
 */

/** 特定健診 targets: aged 40 to 74, in five-year bands. */
export const CHECKUP_AGES = { from: 40, to: 74, band: 5 } as const;

export const AGE_BANDS = ['AGE_40_44', 'AGE_45_49', 'AGE_50_54', 'AGE_55_59', 'AGE_60_64', 'AGE_65_69', 'AGE_70_74'] as const;

/** メタボリックシンドローム判定: waist over the threshold, then the risks among lipids, blood pressure and glucose (medication counts as the risk). */
export const METABOLIC_SYNDROME = {
  waistMale: 85,
  waistFemale: 90,
  triglyceridesFasting: 150,
  triglyceridesNonFasting: 175,
  hdlBelow: 40,
  systolic: 130,
  diastolic: 85,
  fastingGlucose: 110,
  nonFastingGlucose: 140,
  hba1c: 6.0,
} as const;

export const METABOLIC_STATUSES = ['MEETS_CRITERIA', 'PRE_SYNDROME', 'NOT_APPLICABLE', 'UNDETERMINED'] as const;

export const GUIDANCE_LEVELS = ['INTENSIVE', 'MOTIVATIONAL', 'INFORMATION'] as const;

/** 保健指導判定値: a value at or over these (HDL under) marks a risk holder of the scoring report. */
export const HEALTH_RISK_THRESHOLDS = {
  waistMale: 85,
  waistFemale: 90,
  bmi: 25,
  systolic: 130,
  diastolic: 85,
  ast: 31,
  alt: 31,
  ggt: 51,
  triglyceridesFasting: 150,
  triglyceridesNonFasting: 175,
  hdlBelow: 40,
  ldl: 120,
  glucose: 100,
  hba1c: 5.6,
} as const;

export const HEALTH_RISKS = ['OBESITY', 'BLOOD_PRESSURE', 'LIVER_FUNCTION', 'LIPIDS', 'GLUCOSE', 'SMOKING'] as const;
export type HealthRisk = (typeof HEALTH_RISKS)[number];
