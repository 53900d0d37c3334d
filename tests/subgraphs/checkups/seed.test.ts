import { CopyValue } from '../../../data/src/seeder';
import { storyOf } from '../../../data/src/story';
import { World, ageOn } from '../../../data/src/world';
import { fiscalYearOf } from '../../../subgraphs/checkups/src/fiscal-year';
import { guidanceOf } from '../../../subgraphs/checkups/src/guidance';
import { RANGES } from '../../../subgraphs/checkups/src/measurements';
import { CHECKUP_COLUMNS, CheckupRecord } from '../../../subgraphs/checkups/src/record';
import { CheckupsSeeder, TARGET_AGES, checkupsOf, qualificationOn } from '../../../subgraphs/checkups/src/seed';

const PEOPLE = 1500;
const OPTIONS = { seed: 7, people: PEOPLE, asOf: '2025-06-30' } as const;
const world = new World(OPTIONS);
const stories = Array.from({ length: PEOPLE }, (_, index) => storyOf(world, world.person(index)));
const byPerson = stories.map((story) => checkupsOf(world, story));
const all: CheckupRecord[] = byPerson.flat();

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

describe('checkupsOf', () => {
  it('generates a realistic number of checkups', () => {
    expect(all.length).toBeGreaterThan(200);
  });

  it('examines only 特定健診 targets, aged 40 to 74 on the day', () => {
    for (const record of all) {
      expect(record.ageAtExam).toBeGreaterThanOrEqual(TARGET_AGES[0]);
      expect(record.ageAtExam).toBeLessThanOrEqual(TARGET_AGES[1]);
    }
    stories.forEach((story, index) => {
      for (const record of byPerson[index]!) expect(record.ageAtExam).toBe(ageOn(story.person.birthDate, record.examinedOn));
    });
  });

  it('gives nobody under 35 or over 80 today a checkup', () => {
    stories.forEach((story, index) => {
      const age = ageOn(story.person.birthDate, OPTIONS.asOf);
      if (age < 35 || age > 80) expect(byPerson[index]).toEqual([]);
    });
  });

  it('keeps at most one checkup per fiscal year over the last five, none after the data set date', () => {
    for (const records of byPerson) {
      const years = records.map((r) => r.fiscalYear);
      expect(new Set(years).size).toBe(years.length);
      for (const record of records) {
        expect(record.fiscalYear).toBe(fiscalYearOf(record.examinedOn));
        expect(record.fiscalYear).toBeGreaterThanOrEqual(2021);
        expect(record.fiscalYear).toBeLessThanOrEqual(2025);
        expect(record.examinedOn <= OPTIONS.asOf).toBe(true);
      }
    }
  });

  it('has about 70% attendance among people who were targets all five years', () => {
    const steady = stories
      .map((story, index) => ({ story, records: byPerson[index]! }))
      .filter(({ story }) => {
        const age = ageOn(story.person.birthDate, OPTIONS.asOf);
        // Insured throughout: one qualification, in force since before fiscal 2021.
        const [only, ...others] = story.person.qualifications;
        return age >= 46 && age <= 73 && others.length === 0 && only!.lostOn === null && only!.acquiredOn <= '2021-04-01';
      });
    expect(steady.length).toBeGreaterThan(50);
    // Four complete fiscal years (2021-2024) for each of them.
    const attended = steady.flatMap(({ records }) => records.filter((r) => r.fiscalYear <= 2024)).length;
    const rate = attended / (steady.length * 4);
    expect(rate).toBeGreaterThan(0.6);
    expect(rate).toBeLessThan(0.8);
  });

  it('numbers ids person index * 100 + k', () => {
    stories.forEach((story, index) => {
      expect(byPerson[index]!.map((r) => r.id)).toEqual(byPerson[index]!.map((_, k) => String(story.person.index * 100 + k)));
    });
  });

  it('bills the insurer of the qualification in force on the day', () => {
    stories.forEach((story, index) => {
      for (const record of byPerson[index]!) expect(record.insurerNumber).toBe(qualificationOn(story.person, record.examinedOn)!.insurerNumber);
    });
  });

  it('examines at a medical clinic or hospital of the world, in the prefecture when there is one', () => {
    const institutions = new Map(world.institutions.map((i) => [i.code, i]));
    let local = 0;
    stories.forEach((story, index) => {
      for (const record of byPerson[index]!) {
        const institution = institutions.get(record.institutionCode)!;
        expect(['MEDICAL_CLINIC', 'HOSPITAL']).toContain(institution.kind);
        const localExists = world.institutions.some((i) => i.kind === institution.kind && i.prefectureCode === story.person.prefectureCode);
        if (localExists) expect(institution.prefectureCode).toBe(story.person.prefectureCode);
        if (institution.prefectureCode === story.person.prefectureCode) local++;
      }
    });
    expect(local).toBeGreaterThan(all.length / 2);
  });

  it('makes employer checkups (事業者健診) only for insured employees of employee insurance, and some of them', () => {
    const employer = all.filter((r) => r.kind === 'EMPLOYER');
    expect(employer.length).toBeGreaterThan(10);
    expect(all.some((r) => r.kind === 'SPECIFIC')).toBe(true);
    stories.forEach((story, index) => {
      for (const record of byPerson[index]!.filter((r) => r.kind === 'EMPLOYER')) {
        const qualification = qualificationOn(story.person, record.examinedOn)!;
        expect(qualification.relationship).toBe('INSURED');
        expect(['KYOKAI_KENPO', 'KUMIAI_KENPO', 'KYOSAI']).toContain(world.insurer(qualification.insurerNumber).type);
      }
    });
  });

  it('keeps every item inside its plausible range', () => {
    for (const record of all) {
      for (const [item, [low, high]] of Object.entries(RANGES)) {
        const value = record[item as keyof typeof RANGES];
        if (value === null) continue;
        expect(value).toBeGreaterThanOrEqual(item === 'bmi' ? low - 0.1 : low);
        expect(value).toBeLessThanOrEqual(item === 'bmi' ? high + 0.1 : high);
      }
      expect(record.diastolicBp!).toBeLessThan(record.systolicBp!);
    }
  });

  it('computes BMI from height and weight, and correlates the waist with it', () => {
    for (const record of all) {
      const metres = record.heightCm! / 100;
      expect(record.bmi).toBeCloseTo(record.weightKg! / (metres * metres), 1);
    }
    const measured = all.filter((r) => r.waistCm !== null);
    const lean = measured.filter((r) => r.bmi! < 21).map((r) => r.waistCm!);
    const heavy = measured.filter((r) => r.bmi! >= 26).map((r) => r.waistCm!);
    expect(mean(heavy) - mean(lean)).toBeGreaterThan(10);
  });

  it('agrees with the story: treated conditions answer medication yes and show in the values', () => {
    const conditionsOf = new Map(stories.map((s) => [s.person.id, s.conditions]));
    const has = (record: CheckupRecord, key: string): boolean => conditionsOf.get(record.personId)!.some((c) => c.key === key);
    const treatedSince = (record: CheckupRecord, key: string): boolean =>
      conditionsOf.get(record.personId)!.some((c) => c.key === key && c.since <= record.examinedOn);
    for (const record of all) {
      expect(record.onBloodPressureMedication).toBe(treatedSince(record, 'hypertension'));
      expect(record.onLipidMedication).toBe(treatedSince(record, 'dyslipidemia'));
      expect(record.onGlucoseMedication).toBe(treatedSince(record, 'diabetes'));
      expect(record.smoker).toBe(stories[Number(BigInt(record.id) / 100n)]!.smoker);
    }
    const healthy = all.filter((r) => conditionsOf.get(r.personId)!.length === 0);
    const hypertensive = all.filter((r) => has(r, 'hypertension'));
    const diabetic = all.filter((r) => has(r, 'diabetes'));
    const dyslipidemic = all.filter((r) => has(r, 'dyslipidemia'));
    for (const group of [hypertensive, diabetic, dyslipidemic]) expect(group.length).toBeGreaterThan(5);
    expect(mean(hypertensive.map((r) => r.systolicBp!))).toBeGreaterThan(mean(healthy.map((r) => r.systolicBp!)) + 8);
    expect(mean(diabetic.filter((r) => r.hba1c !== null).map((r) => r.hba1c!))).toBeGreaterThan(mean(healthy.filter((r) => r.hba1c !== null).map((r) => r.hba1c!)) + 0.7);
    expect(mean(dyslipidemic.map((r) => r.ldl!))).toBeGreaterThan(mean(healthy.map((r) => r.ldl!)) + 5);
  });

  it('draws the blood once: the glucose and triglycerides share the fasting state', () => {
    for (const record of all) {
      if (record.glucose !== null) expect(record.glucoseFasting).toBe(record.triglyceridesFasting);
      else expect(record.glucoseFasting).toBeNull();
      // Not fasting, HbA1c is always measured (glucose may not be).
      if (record.triglyceridesFasting === false) expect(record.hba1c).not.toBeNull();
    }
    expect(all.some((r) => r.triglyceridesFasting === false)).toBe(true);
  });

  it('stores the guidance level and group the stratification function gives', () => {
    for (const record of all) {
      const guidance = guidanceOf(record);
      expect([record.guidanceLevel, record.guidanceGroup]).toEqual([guidance.level, guidance.group]);
    }
    expect(new Set(all.map((r) => r.guidanceLevel))).toEqual(new Set(['INTENSIVE', 'MOTIVATIONAL', 'INFORMATION']));
  });

  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    const again = new World(OPTIONS);
    const twice = Array.from({ length: PEOPLE }, (_, index) => checkupsOf(again, storyOf(again, again.person(index)))).flat();
    expect(twice).toEqual(all);
    const other = new World({ ...OPTIONS, seed: 8 });
    const different = Array.from({ length: PEOPLE }, (_, index) => checkupsOf(other, storyOf(other, other.person(index)))).flat();
    expect(different).not.toEqual(all);
  });
});

describe('CheckupsSeeder', () => {
  it('refuses people before it has the world', () => {
    expect(() => new CheckupsSeeder().person(stories[0]!, () => undefined)).toThrow(/world/);
  });

  it('emits one checkups row per checkup with a value for every column', () => {
    const seeder = new CheckupsSeeder();
    const emitted: Array<[string, readonly CopyValue[]]> = [];
    seeder.reference(world);
    stories.forEach((story) => seeder.person(story, (table, row) => emitted.push([table, row])));
    expect(emitted.length).toBe(all.length);
    for (const [table, row] of emitted) {
      expect(table).toBe('checkups');
      expect(row.length).toBe(CHECKUP_COLUMNS.length);
    }
    expect(emitted[0]![1][CHECKUP_COLUMNS.indexOf('id')]).toBe(all[0]!.id);
  });
});
