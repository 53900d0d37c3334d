import { Sex } from '../../../data/src/world';
import { Connection } from '../../common/src/pagination';
import { GuidanceGroup, GuidanceInput, GuidanceLevel } from './guidance';

export type CheckupKind = 'SPECIFIC' | 'EMPLOYER';
/** Urine dipstick: − ± + 2+ 3+. */
export type UrineResult = 'NEGATIVE' | 'TRACE' | 'ONE_PLUS' | 'TWO_PLUS' | 'THREE_PLUS';

/** One row of `checkups.checkups`, as the seeder writes it and the resolvers read it. */
export interface CheckupRecord {
  /** bigint, as decimal digits. */
  readonly id: string;
  readonly personId: string;
  readonly examinedOn: string;
  readonly fiscalYear: number;
  readonly kind: CheckupKind;
  readonly insurerNumber: string;
  readonly institutionCode: string;
  readonly ageAtExam: number;
  readonly sex: Sex;
  readonly heightCm: number | null;
  readonly weightKg: number | null;
  readonly bmi: number | null;
  readonly waistCm: number | null;
  readonly systolicBp: number | null;
  readonly diastolicBp: number | null;
  readonly triglycerides: number | null;
  readonly triglyceridesFasting: boolean | null;
  readonly hdl: number | null;
  readonly ldl: number | null;
  readonly glucose: number | null;
  readonly glucoseFasting: boolean | null;
  readonly hba1c: number | null;
  readonly ast: number | null;
  readonly alt: number | null;
  readonly ggt: number | null;
  readonly urineGlucose: UrineResult | null;
  readonly urineProtein: UrineResult | null;
  readonly smoker: boolean | null;
  readonly onBloodPressureMedication: boolean | null;
  readonly onLipidMedication: boolean | null;
  readonly onGlucoseMedication: boolean | null;
  readonly guidanceLevel: GuidanceLevel;
  readonly guidanceGroup: GuidanceGroup;
}

/** Each column with the record field it holds and, where pg would not return a JS number or string, the cast that makes it one. */
const COLUMNS: ReadonlyArray<readonly [column: string, field: keyof CheckupRecord, cast?: string]> = [
  ['id', 'id', 'text'],
  ['person_id', 'personId', 'text'],
  ['examined_on', 'examinedOn', 'text'],
  ['fiscal_year', 'fiscalYear'],
  ['kind', 'kind', 'text'],
  ['insurer_number', 'insurerNumber'],
  ['institution_code', 'institutionCode'],
  ['age_at_exam', 'ageAtExam'],
  ['sex', 'sex', 'text'],
  ['height_cm', 'heightCm', 'float8'],
  ['weight_kg', 'weightKg', 'float8'],
  ['bmi', 'bmi', 'float8'],
  ['waist_cm', 'waistCm', 'float8'],
  ['systolic_bp', 'systolicBp'],
  ['diastolic_bp', 'diastolicBp'],
  ['triglycerides', 'triglycerides'],
  ['triglycerides_fasting', 'triglyceridesFasting'],
  ['hdl', 'hdl'],
  ['ldl', 'ldl'],
  ['glucose', 'glucose'],
  ['glucose_fasting', 'glucoseFasting'],
  ['hba1c', 'hba1c', 'float8'],
  ['ast', 'ast'],
  ['alt', 'alt'],
  ['ggt', 'ggt'],
  ['urine_glucose', 'urineGlucose', 'text'],
  ['urine_protein', 'urineProtein', 'text'],
  ['smoker', 'smoker'],
  ['on_bp_medication', 'onBloodPressureMedication'],
  ['on_lipid_medication', 'onLipidMedication'],
  ['on_glucose_medication', 'onGlucoseMedication'],
  ['guidance_level', 'guidanceLevel', 'text'],
  ['guidance_group', 'guidanceGroup', 'text'],
];

/** Column names in COPY order. */
export const CHECKUP_COLUMNS: readonly string[] = COLUMNS.map(([column]) => column);

/** The record's values in COPY order. */
export const copyValuesOf = (record: CheckupRecord): Array<string | number | boolean | null> => COLUMNS.map(([, field]) => record[field]);

/** A select list producing CheckupRecord rows from the table aliased `alias`. */
export const checkupSelectList = (alias: string): string =>
  COLUMNS.map(([column, field, cast]) => `${alias}.${column}${cast ? `::${cast}` : ''} AS "${field}"`).join(', ');

export const guidanceInputOf = (record: CheckupRecord): GuidanceInput => record;

/** A person as this subgraph knows them: the id only. */
export interface PersonReference {
  readonly id: string;
}

export type CheckupConnectionModel = Connection<CheckupRecord>;
