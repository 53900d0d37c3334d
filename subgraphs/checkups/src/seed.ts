import { Rng } from '../../../data/src/rng';
import { Emit, SubgraphSeeder, TableSpec } from '../../../data/src/seeder';
import { Story } from '../../../data/src/story';
import { InsurerType, Person, Qualification, World, addDays, ageOn } from '../../../data/src/world';
import { fiscalYearOf, fiscalYearStart } from './fiscal-year';
import { guidanceOf } from './guidance';
import { bodyProfileOf, measure } from './measurements';
import { CHECKUP_COLUMNS, CheckupKind, CheckupRecord, copyValuesOf } from './record';

export const CHECKUP_TABLES: readonly TableSpec[] = [{ table: 'checkups', columns: CHECKUP_COLUMNS }];

/** Five fiscal years of checkups are kept (DOMAIN.md §9). */
export const CHECKUP_YEARS = 5;
/** Share of targets who attend in a given year. */
export const ATTENDANCE = 0.7;
/** 特定健診 targets are aged 40 to 74. */
export const TARGET_AGES = [40, 74] as const;
/** Share of employees' checkups that are the employer's checkup, provided to the insurer in place of 特定健診 (seed 001 §2). */
const EMPLOYER_SHARE = 0.8;

const EMPLOYEE_INSURANCE: ReadonlySet<InsurerType> = new Set(['KYOKAI_KENPO', 'KUMIAI_KENPO', 'KYOSAI']);

/** The qualification in force on `date`: acquired on or before it and not yet lost. */
export function qualificationOn(person: Person, date: string): Qualification | null {
  return person.qualifications.find((q) => q.acquiredOn <= date && (q.lostOn === null || date < q.lostOn)) ?? null;
}

/**
 * A person's checkups over the last five fiscal years: each year a target (aged 40-74 on the
 * day) attends with probability 0.7, at the same clinic or hospital near home, billed to the
 * insurer they belong to that day. Pure: same world and story, same rows.
 */
export function checkupsOf(world: World, story: Story): CheckupRecord[] {
  const { seed, asOf } = world.options;
  const { person } = story;
  const rng = Rng.for(seed, 'checkup', person.index);
  const profile = bodyProfileOf(rng, person);
  const institution = world.institutionNear(rng, person.prefectureCode, rng.chance(0.65) ? 'MEDICAL_CLINIC' : 'HOSPITAL');
  const lastYear = fiscalYearOf(asOf);
  const records: CheckupRecord[] = [];
  for (let fiscalYear = lastYear - CHECKUP_YEARS + 1; fiscalYear <= lastYear; fiscalYear++) {
    // Between May and February: the checkup season.
    const examinedOn = addDays(fiscalYearStart(fiscalYear), rng.int(30, 330));
    if (!rng.chance(ATTENDANCE) || examinedOn > asOf) continue;
    const ageAtExam = ageOn(person.birthDate, examinedOn);
    if (ageAtExam < TARGET_AGES[0] || ageAtExam > TARGET_AGES[1]) continue;
    const qualification = qualificationOn(person, examinedOn);
    if (!qualification) continue;
    const employee = qualification.relationship === 'INSURED' && EMPLOYEE_INSURANCE.has(world.insurer(qualification.insurerNumber).type);
    const kind: CheckupKind = employee && rng.chance(EMPLOYER_SHARE) ? 'EMPLOYER' : 'SPECIFIC';
    const values = measure(rng, story, profile, kind, examinedOn, ageAtExam);
    const guidance = guidanceOf({ sex: person.sex, ageAtExam, ...values });
    records.push({
      id: String(person.index * 100 + records.length),
      personId: person.id,
      examinedOn,
      fiscalYear,
      kind,
      insurerNumber: qualification.insurerNumber,
      institutionCode: institution.code,
      ageAtExam,
      sex: person.sex,
      ...values,
      guidanceLevel: guidance.level,
      guidanceGroup: guidance.group,
    });
  }
  return records;
}

/**
 * The checkups subgraph's data generator. The loader gives `reference` the world before any
 * person; the seed and the data set's date come from it.
 */
export class CheckupsSeeder implements SubgraphSeeder {
  readonly schema = 'checkups';
  readonly tables = CHECKUP_TABLES;
  private world: World | null = null;

  reference(world: World): void {
    this.world = world;
  }

  person(story: Story, emit: Emit): void {
    if (this.world === null) throw new Error('the checkups seeder needs the world (reference) before people: it draws from the data set seed');
    for (const record of checkupsOf(this.world, story)) emit('checkups', copyValuesOf(record));
  }
}
