import { DIAGNOSES, DRUGS, MATERIALS, PROCEDURES } from '../../../data/src/masters';
import { Story, Visit } from '../../../data/src/story';
import { Institution, Person, Qualification } from '../../../data/src/world';

/** Hand-made stories for the seeder's unit tests: one person, the visits a case needs. */
export const CLINIC: Institution = {
  code: '1310000490', name: '中野鷺宮内科クリニック', kind: 'MEDICAL_CLINIC', prefectureCode: '13',
  municipalityCode: '13114', municipality: '中野区', address: '東京都中野区鷺宮1-2-3',
};
export const HOSPITAL: Institution = {
  code: '1311000010', name: '中野総合病院', kind: 'HOSPITAL', prefectureCode: '13',
  municipalityCode: '13114', municipality: '中野区', address: '東京都中野区中野4-5-6',
};
export const DENTAL: Institution = {
  code: '1330000025', name: '白鷺歯科医院', kind: 'DENTAL_CLINIC', prefectureCode: '13',
  municipalityCode: '13114', municipality: '中野区', address: '東京都中野区白鷺1-1-1',
};

export const KYOKAI: Qualification = {
  insurerNumber: '01130012', symbol: '1234', number: '0000042', branch: '01', relationship: 'INSURED',
  acquiredOn: '2015-04-01', lostOn: null, benefitRatio: 70, highCostCategory: 'U',
};

export function personWith(overrides: Partial<Person> = {}): Person {
  return {
    index: 42, id: '00000000-0000-8000-a000-00000000002a', nameKanji: '中野 太郎', nameKana: 'ナカノ タロウ',
    sex: 'MALE', birthDate: '1970-05-05', prefectureCode: '13', municipalityCode: '13114', municipality: '中野区',
    town: '鷺宮', addressLine: '鷺宮1-1-1', postalCode: '165-0032', qualifications: [KYOKAI], certificates: [],
    ...overrides,
  };
}

export function visit(date: string, institution: Institution, overrides: Partial<Visit> = {}): Visit {
  return {
    date, institution, diagnoses: [{ diagnosis: DIAGNOSES.hypertension, startDate: '2020-01-10', outcome: null, told: true }],
    procedures: [{ procedure: PROCEDURES.revisit, count: 1 }], materials: [], prescribed: [],
    inHouse: false, pharmacy: null, inpatientDays: 0, meals: 0, ...overrides,
  };
}

export function storyOfVisits(visits: readonly Visit[], person: Person = personWith()): Story {
  return {
    person, conditions: [], visits, onBloodPressureMedication: false, onLipidMedication: false,
    onGlucoseMedication: false, smoker: false,
  };
}

export const amlodipine28 = { drug: DRUGS.amlodipine, dailyQuantity: 1, days: 28 };
export const heparinoid10 = { drug: DRUGS.heparinoid, dailyQuantity: 5, days: 10 };
export const dialysisVisit = (date: string): Visit =>
  visit(date, HOSPITAL, {
    diagnoses: [{ diagnosis: DIAGNOSES.ckd, startDate: '2019-03-01', outcome: null, told: true }],
    procedures: [{ procedure: PROCEDURES.revisit, count: 1 }, { procedure: PROCEDURES.artificialKidney, count: 13 }],
    materials: [{ material: MATERIALS.dialyzer, quantity: 13 }],
    inHouse: true, prescribed: [{ drug: DRUGS.epoetin, dailyQuantity: 1, days: 4 }],
  });
