import { DIAGNOSES, PROCEDURES } from '../../../data/src/masters';
import { Visit } from '../../../data/src/story';
import { assembleClaims, totalPointsOf } from '../../../subgraphs/receipts/src/claim-assembly';
import { CLINIC, DENTAL, HOSPITAL, KYOKAI, amlodipine28, dialysisVisit, heparinoid10, personWith, storyOfVisits, visit } from './story-fixtures';

const keysOf = (visits: Visit[]): string[] => assembleClaims(storyOfVisits(visits)).map((c) => `${c.month} ${c.institution.code}`);

describe('assembleClaims', () => {
  test.each<[string, Visit[], string[]]>([
    ['merges visits to one institution in one month', [visit('2024-05-02', CLINIC), visit('2024-05-20', CLINIC)], ['2024-05 1310000490']],
    ['makes one claim per month', [visit('2024-05-02', CLINIC), visit('2024-06-02', CLINIC)], ['2024-05 1310000490', '2024-06 1310000490']],
    ['makes one claim per institution', [visit('2024-05-02', HOSPITAL), visit('2024-05-02', CLINIC)], ['2024-05 1310000490', '2024-05 1311000010']],
    ['orders claims by month whatever the visit order', [visit('2024-07-01', CLINIC), visit('2024-05-02', CLINIC)], ['2024-05 1310000490', '2024-07 1310000490']],
  ])('%s', (_name, visits, expected) => {
    expect(keysOf(visits)).toEqual(expected);
  });

  test.each<[string, Visit[], number]>([
    ['counts distinct visit dates', [visit('2024-05-02', CLINIC), visit('2024-05-20', CLINIC)], 2],
    ['counts a date visited twice once', [visit('2024-05-02', CLINIC), visit('2024-05-02', CLINIC)], 1],
    ['counts the days in hospital', [visit('2024-05-10', HOSPITAL, { inpatientDays: 14 })], 14],
    ['counts only the days of a stay within the month', [visit('2024-06-25', HOSPITAL, { inpatientDays: 14 })], 6],
    ['adds outpatient visit days to days in hospital', [visit('2024-05-02', HOSPITAL), visit('2024-05-10', HOSPITAL, { inpatientDays: 3 })], 4],
  ])('actual days: %s', (_name, visits, expected) => {
    expect(assembleClaims(storyOfVisits(visits))[0]!.actualDays).toBe(expected);
  });

  test.each<[string, Visit, string]>([
    ['outpatient care at a clinic', visit('2024-05-02', CLINIC), 'MEDICAL_OUTPATIENT'],
    ['a stay in hospital', visit('2024-05-02', HOSPITAL, { inpatientDays: 2 }), 'MEDICAL_INPATIENT'],
    ['a dental clinic', visit('2024-05-02', DENTAL), 'DENTAL'],
  ])('claim type: %s', (_name, v, expected) => {
    expect(assembleClaims(storyOfVisits([v]))[0]!.claimType).toBe(expected);
  });

  test('bills drugs only when the institution dispensed them itself (院内処方)', () => {
    const claims = assembleClaims(storyOfVisits([
      visit('2024-05-02', CLINIC, { inHouse: false, prescribed: [amlodipine28] }),
      visit('2024-05-03', HOSPITAL, { inHouse: true, prescribed: [amlodipine28, heparinoid10] }),
    ]));
    expect(claims.map((c) => c.drugs.map((d) => [d.drug.code, d.quantity]))).toEqual([[], [['610443047', 28], ['620005573', 50]]]);
  });

  test('merges the same procedure and drug across visits, summing counts and quantities', () => {
    const [claim] = assembleClaims(storyOfVisits([
      visit('2024-05-02', CLINIC, { inHouse: true, prescribed: [amlodipine28] }),
      visit('2024-05-30', CLINIC, { inHouse: true, prescribed: [amlodipine28] }),
    ]));
    expect(claim!.procedures.map((p) => [p.procedure.code, p.count])).toEqual([[PROCEDURES.revisit.code, 2]]);
    expect(claim!.drugs.map((d) => d.quantity)).toEqual([56]);
  });

  test('lists procedures in section order (初診 … 入院)', () => {
    const [claim] = assembleClaims(storyOfVisits([visit('2024-05-02', HOSPITAL, {
      inpatientDays: 2,
      procedures: [{ procedure: PROCEDURES.admission, count: 2 }, { procedure: PROCEDURES.ct, count: 1 }, { procedure: PROCEDURES.initialVisit, count: 1 }],
    })]));
    expect(claim!.procedures.map((p) => p.procedure.section)).toEqual(['INITIAL_VISIT', 'IMAGING', 'INPATIENT']);
  });

  test('totals the points of procedures, drugs and materials', () => {
    const [claim] = assembleClaims(storyOfVisits([dialysisVisit('2024-05-02')]));
    // 再診料 75 + 人工腎臓 1876×13 + エポジン round(250×4) + ダイアライザー 146×13
    expect(totalPointsOf(claim!)).toBe(75 + 1876 * 13 + 1000 + 146 * 13);
  });

  test('sums the meals of the month', () => {
    const [claim] = assembleClaims(storyOfVisits([visit('2024-05-02', HOSPITAL, { inpatientDays: 2, meals: 6 }), visit('2024-05-20', HOSPITAL, { inpatientDays: 1, meals: 3 })]));
    expect(claim!.mealCount).toBe(9);
  });

  test.each<[string, Array<'CURED' | 'DIED' | 'STOPPED' | null>, string | null]>([
    ['cured when every diagnosis is cured', ['CURED', 'CURED'], 'CURED'],
    ['died when any diagnosis ended in death', ['CURED', 'DIED'], 'DIED'],
    ['continuing while any diagnosis is', ['CURED', null], null],
    ['stopped when treatment ended without cure', ['STOPPED', 'CURED'], 'STOPPED'],
  ])('outcome: %s', (_name, outcomes, expected) => {
    const diagnoses = outcomes.map((outcome, i) => ({ diagnosis: i === 0 ? DIAGNOSES.cold : DIAGNOSES.gastritis, startDate: '2024-05-02', outcome, told: true }));
    expect(assembleClaims(storyOfVisits([visit('2024-05-02', CLINIC, { diagnoses })]))[0]!.outcome).toBe(expected);
  });

  test('takes the treatment start date from the earliest diagnosis', () => {
    const [claim] = assembleClaims(storyOfVisits([visit('2024-05-02', CLINIC, {
      diagnoses: [
        { diagnosis: DIAGNOSES.cold, startDate: '2024-05-02', outcome: null, told: true },
        { diagnosis: DIAGNOSES.hypertension, startDate: '2019-11-30', outcome: null, told: true },
      ],
    })]));
    expect(claim!.treatmentStartDate).toBe('2019-11-30');
  });

  test('keeps a diagnosis once and records it as told once any visit told it', () => {
    const lung = (told: boolean) => ({ diagnosis: DIAGNOSES.lungCancer, startDate: '2024-05-02', outcome: null, told });
    const [claim] = assembleClaims(storyOfVisits([
      visit('2024-05-02', HOSPITAL, { diagnoses: [lung(false)] }),
      visit('2024-05-09', HOSPITAL, { diagnoses: [lung(true)] }),
    ]));
    expect(claim!.diagnoses.map((d) => [d.diagnosis.code, d.told])).toEqual([[DIAGNOSES.lungCancer.code, true]]);
  });

  test('skips visits on days no qualification is in force, and bills the one in force on the first visit', () => {
    const previous = { ...KYOKAI, insurerNumber: '138149', acquiredOn: '2010-01-01', lostOn: '2024-05-10' };
    const current = { ...KYOKAI, acquiredOn: '2024-05-10', lostOn: '2024-07-01' };
    const person = personWith({ qualifications: [previous, current] });
    const claims = assembleClaims(storyOfVisits([visit('2024-05-02', CLINIC), visit('2024-05-20', CLINIC), visit('2024-07-05', CLINIC)], person));
    expect(claims.map((c) => [c.month, c.qualification.insurerNumber, c.actualDays])).toEqual([['2024-05', '138149', 2]]);
  });
});
