import { Rng } from '../../../data/src/rng';
import { Condition, Story } from '../../../data/src/story';
import { Person } from '../../../data/src/world';
import { CheckupKind, CheckupRecord, UrineResult } from './record';

/**
 * Plausible synthetic checkup values that agree with the person's story: hypertension raises
 * blood pressure, diabetes glucose and HbA1c, dyslipidemia triglycerides and LDL; a condition
 * already diagnosed on the day is treated (lower values, medication answered yes), one
 * diagnosed later shows as untreated. Body size drives BMI, waist, blood pressure and labs.
 */
export type CheckupMeasurements = Pick<
  CheckupRecord,
  | 'heightCm' | 'weightKg' | 'bmi' | 'waistCm' | 'systolicBp' | 'diastolicBp' | 'triglycerides' | 'triglyceridesFasting'
  | 'hdl' | 'ldl' | 'glucose' | 'glucoseFasting' | 'hba1c' | 'ast' | 'alt' | 'ggt' | 'urineGlucose' | 'urineProtein'
  | 'smoker' | 'onBloodPressureMedication' | 'onLipidMedication' | 'onGlucoseMedication'
>;

/** What stays with a person from year to year. */
export interface BodyProfile {
  readonly heightCm: number;
  readonly bmi: number;
}

/** Plausible ranges: every generated value is kept inside them. */
export const RANGES = {
  heightCm: [135, 200],
  bmi: [15, 42],
  waistCm: [55, 150],
  systolicBp: [85, 220],
  diastolicBp: [45, 130],
  triglycerides: [30, 800],
  hdl: [20, 120],
  ldl: [40, 280],
  glucose: [65, 400],
  hba1c: [4.2, 13],
  ast: [8, 200],
  alt: [5, 300],
  ggt: [8, 500],
} as const satisfies Record<string, readonly [number, number]>;

type Ranged = keyof typeof RANGES;

const clamp = (item: Ranged, value: number): number => Math.min(RANGES[item][1], Math.max(RANGES[item][0], value));
const round1 = (value: number): number => Math.round(value * 10) / 10;
const whole = (item: Ranged, rng: Rng, mean: number, sd: number): number => clamp(item, Math.round(rng.normal(mean, sd, 0)));

export function bodyProfileOf(rng: Rng, person: Person): BodyProfile {
  const male = person.sex === 'MALE';
  return {
    heightCm: clamp('heightCm', rng.normal(male ? 169 : 156, male ? 6 : 5.5)),
    bmi: clamp('bmi', rng.normal(male ? 23.8 : 22.3, 3.2)),
  };
}

type ConditionKey = Condition['key'];

/** A condition the story gives the person: treated once diagnosed, untreated (and unknown) before. */
function conditionOn(story: Story, key: ConditionKey, date: string): 'NONE' | 'UNTREATED' | 'TREATED' {
  const condition = story.conditions.find((c) => c.key === key);
  if (!condition) return 'NONE';
  return condition.since <= date ? 'TREATED' : 'UNTREATED';
}

const shift = (state: 'NONE' | 'UNTREATED' | 'TREATED', untreated: number, treated: number): number =>
  state === 'UNTREATED' ? untreated : state === 'TREATED' ? treated : 0;

function urineGlucoseOf(rng: Rng, glucose: number | null, diabetic: boolean): UrineResult {
  if ((glucose !== null && glucose >= 180) || (diabetic && rng.chance(0.2))) {
    return rng.weighted([['ONE_PLUS', 5], ['TWO_PLUS', 3], ['THREE_PLUS', 2]] as const);
  }
  return rng.chance(0.02) ? 'TRACE' : 'NEGATIVE';
}

function urineProteinOf(rng: Rng, kidneyDisease: boolean): UrineResult {
  if (kidneyDisease) return rng.weighted([['ONE_PLUS', 2], ['TWO_PLUS', 5], ['THREE_PLUS', 3]] as const);
  return rng.weighted([['NEGATIVE', 88], ['TRACE', 8], ['ONE_PLUS', 3.5], ['TWO_PLUS', 0.5]] as const);
}

export function measure(rng: Rng, story: Story, profile: BodyProfile, kind: CheckupKind, examinedOn: string, age: number): CheckupMeasurements {
  const male = story.person.sex === 'MALE';
  const hypertension = conditionOn(story, 'hypertension', examinedOn);
  const dyslipidemia = conditionOn(story, 'dyslipidemia', examinedOn);
  const diabetes = conditionOn(story, 'diabetes', examinedOn);
  const older = age - 40;

  const heightCm = round1(clamp('heightCm', profile.heightCm + rng.normal(0, 0.3)));
  const metres = heightCm / 100;
  const weightKg = round1(clamp('bmi', profile.bmi + rng.normal(0, 0.6)) * metres * metres);
  const bmi = round1(weightKg / (metres * metres));
  const over = bmi - 22;
  // The waist may be left out of an employer checkup when BMI is under 20 (労働安全衛生規則).
  const waistOmitted = kind === 'EMPLOYER' && bmi < 20 && rng.chance(0.3);
  const waistCm = waistOmitted ? null : round1(clamp('waistCm', rng.normal(male ? 2.6 * bmi + 25 : 2.3 * bmi + 30, 3.5)));

  const systolicBp = whole('systolicBp', rng, 112 + 0.45 * older + 1.5 * over + (male ? 4 : 0) + shift(hypertension, 22, 14), 11);
  const diastolicBp = whole('diastolicBp', rng, 0.55 * systolicBp + 8, 6);

  // One blood draw: fasting (空腹時) most of the time, otherwise at any time (随時).
  const fasting = rng.chance(0.85);
  const triglyceridesMean = 95 + 7 * over + (male ? 20 : 0) + shift(dyslipidemia, 90, 40) + (fasting ? 0 : 25);
  const triglycerides = whole('triglycerides', rng, triglyceridesMean, 0.35 * triglyceridesMean);
  const hdl = whole('hdl', rng, (male ? 55 : 66) - 1.3 * over - (dyslipidemia === 'NONE' ? 0 : 6), 12);
  const ldl = whole('ldl', rng, 118 + 0.3 * older + shift(dyslipidemia, 45, 5), 25);

  // Not fasting, HbA1c is always measured and glucose (随時血糖) only sometimes.
  const glucoseMeasured = fasting || rng.chance(0.6);
  const hba1cMeasured = !fasting || rng.chance(0.85);
  const glucoseMean = 90 + over + 0.15 * older + shift(diabetes, 28, 40) + (fasting ? 0 : 12);
  const glucose = glucoseMeasured ? whole('glucose', rng, glucoseMean, diabetes === 'NONE' ? 8 : 20) : null;
  const hba1cMean = 5.35 + 0.04 * over + 0.008 * older + shift(diabetes, 1.05, 1.55);
  const hba1c = hba1cMeasured ? round1(clamp('hba1c', rng.normal(hba1cMean, diabetes === 'NONE' ? 0.25 : 0.6, 2))) : null;

  return {
    heightCm,
    weightKg,
    bmi,
    waistCm,
    systolicBp,
    diastolicBp,
    triglycerides,
    triglyceridesFasting: fasting,
    hdl,
    ldl,
    glucose,
    glucoseFasting: glucose === null ? null : fasting,
    hba1c,
    ast: whole('ast', rng, 21 + 0.5 * over, 6),
    alt: whole('alt', rng, 18 + 2 * over + (male ? 5 : 0), 8),
    ggt: whole('ggt', rng, male ? 38 + 2 * over : 20 + over, male ? 22 : 10),
    urineGlucose: urineGlucoseOf(rng, glucose, diabetes !== 'NONE'),
    urineProtein: urineProteinOf(rng, story.conditions.some((c) => c.key === 'ckd')),
    smoker: story.smoker,
    onBloodPressureMedication: hypertension === 'TREATED',
    onLipidMedication: dyslipidemia === 'TREATED',
    onGlucoseMedication: diabetes === 'TREATED',
  };
}
