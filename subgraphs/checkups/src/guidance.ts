/**
 * Stratification for specific health guidance (特定保健指導の階層化), 4th period from FY2024,
 * as DOMAIN.md §8 states it. Pure: the seeder stores its answer and the API recomputes it
 * from the same stored values, so both must always agree.
 *
 * Missing values (null: not measured or not answered):
 * - no waist → step 1 goes straight to BMI; neither waist nor BMI → no group;
 * - a missing lab value is not a risk;
 * - triglycerides with an unknown fasting state are judged as non-fasting (随時, ≥175),
 *   because a fasting threshold may only be used when fasting is confirmed;
 * - the glucose threshold is 100 mg/dL for fasting and non-fasting (随時) glucose alike;
 * - an unanswered questionnaire item (smoking, medication) counts as "no".
 * Boundaries: every "≥" includes the threshold; HDL is a risk strictly below 40.
 */
import { Sex } from '../../../data/src/world';

export type GuidanceLevel = 'INTENSIVE' | 'MOTIVATIONAL' | 'INFORMATION';
export type GuidanceGroup = 'A' | 'B' | 'NONE';

export interface GuidanceInput {
  readonly sex: Sex;
  readonly ageAtExam: number;
  readonly waistCm: number | null;
  readonly bmi: number | null;
  readonly systolicBp: number | null;
  readonly diastolicBp: number | null;
  readonly triglycerides: number | null;
  readonly triglyceridesFasting: boolean | null;
  readonly hdl: number | null;
  readonly glucose: number | null;
  readonly glucoseFasting: boolean | null;
  readonly hba1c: number | null;
  readonly smoker: boolean | null;
  readonly onBloodPressureMedication: boolean | null;
  readonly onLipidMedication: boolean | null;
  readonly onGlucoseMedication: boolean | null;
}

export interface GuidanceRisks {
  readonly bloodPressure: boolean;
  readonly lipids: boolean;
  readonly glucose: boolean;
  /** True only when the person smokes and at least one other risk is present. */
  readonly smoking: boolean;
}

export interface GuidanceResult {
  readonly level: GuidanceLevel;
  readonly group: GuidanceGroup;
  readonly risks: GuidanceRisks;
  readonly riskCount: number;
  readonly excludedForMedication: boolean;
}

export const THRESHOLDS = {
  waistMale: 85,
  waistFemale: 90,
  bmi: 25,
  systolic: 130,
  diastolic: 85,
  triglyceridesFasting: 150,
  triglyceridesNonFasting: 175,
  hdlBelow: 40,
  glucose: 100,
  hba1c: 5.6,
  olderFromAge: 65,
  olderToAge: 74,
} as const;

const atLeast = (value: number | null, threshold: number): boolean => value !== null && value >= threshold;

/** Step 1: waist first, then BMI. */
export function groupOf(input: Pick<GuidanceInput, 'sex' | 'waistCm' | 'bmi'>): GuidanceGroup {
  const waistThreshold = input.sex === 'MALE' ? THRESHOLDS.waistMale : THRESHOLDS.waistFemale;
  if (atLeast(input.waistCm, waistThreshold)) return 'A';
  if (atLeast(input.bmi, THRESHOLDS.bmi)) return 'B';
  return 'NONE';
}

/** Step 2: the additional risks. */
export function risksOf(input: GuidanceInput): GuidanceRisks {
  const bloodPressure = atLeast(input.systolicBp, THRESHOLDS.systolic) || atLeast(input.diastolicBp, THRESHOLDS.diastolic);
  const triglyceridesThreshold = input.triglyceridesFasting === true ? THRESHOLDS.triglyceridesFasting : THRESHOLDS.triglyceridesNonFasting;
  const lipids = atLeast(input.triglycerides, triglyceridesThreshold) || (input.hdl !== null && input.hdl < THRESHOLDS.hdlBelow);
  const glucose = atLeast(input.glucose, THRESHOLDS.glucose) || atLeast(input.hba1c, THRESHOLDS.hba1c);
  const smoking = input.smoker === true && (bloodPressure || lipids || glucose);
  return { bloodPressure, lipids, glucose, smoking };
}

/** Step 3: the level from the group and the number of risks. */
function levelFor(group: GuidanceGroup, riskCount: number): GuidanceLevel {
  if (group === 'A') return riskCount >= 2 ? 'INTENSIVE' : riskCount === 1 ? 'MOTIVATIONAL' : 'INFORMATION';
  if (group === 'B') return riskCount >= 3 ? 'INTENSIVE' : riskCount >= 1 ? 'MOTIVATIONAL' : 'INFORMATION';
  return 'INFORMATION';
}

export function guidanceOf(input: GuidanceInput): GuidanceResult {
  const group = groupOf(input);
  const risks = risksOf(input);
  const riskCount = [risks.bloodPressure, risks.lipids, risks.glucose, risks.smoking].filter(Boolean).length;
  const excludedForMedication = input.onBloodPressureMedication === true || input.onLipidMedication === true || input.onGlucoseMedication === true;
  if (excludedForMedication) return { level: 'INFORMATION', group, risks, riskCount, excludedForMedication };
  const level = levelFor(group, riskCount);
  // Step 4: people aged 65-74 get motivational support at most.
  const older = input.ageAtExam >= THRESHOLDS.olderFromAge && input.ageAtExam <= THRESHOLDS.olderToAge;
  return { level: older && level === 'INTENSIVE' ? 'MOTIVATIONAL' : level, group, risks, riskCount, excludedForMedication };
}
