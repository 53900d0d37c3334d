import { DRUGS, PROCEDURES } from '../../data/src/masters';
import { Story, Visit, storyOf } from '../../data/src/story';
import { World, addDays, ageOn, birthdayAt } from '../../data/src/world';

const AS_OF = '2026-11-01';
const THREE_YEARS_BEFORE = birthdayAt(AS_OF, -3);
const PEOPLE = 3000;
const world = new World({ seed: 7, people: PEOPLE, asOf: AS_OF });
const stories: readonly Story[] = Array.from({ length: PEOPLE }, (_, i) => storyOf(world, world.person(i)));
const visits = stories.flatMap((story) => story.visits.map((visit) => ({ story, visit })));

const line = ({ story, visit: v }: { story: Story; visit: Visit }): string =>
  `#${story.person.index} born ${story.person.birthDate}: ${v.date} at ${v.institution.kind} ${v.institution.code}${v.inHouse ? ' in house' : ''}${v.pharmacy ? ` → ${v.pharmacy.kind} ${v.pharmacy.code}` : ''}`;
const hasProcedure = (v: Visit, code: string): boolean => v.procedures.some((p) => p.procedure.code === code);
const lastDay = (date: string, days: number): string => addDays(date, days - 1);

describe('storyOf', () => {
  test('is deterministic: the same world and person give the same story', () => {
    expect(storyOf(new World({ seed: 7, people: PEOPLE, asOf: AS_OF }), world.person(17))).toEqual(stories[17]);
  });

  test('visits fall between birth and the as-of date, and within the three years before it', () => {
    expect(visits.length).toBeGreaterThan(PEOPLE);
    const outside = visits.filter(({ story, visit }) => visit.date < story.person.birthDate || visit.date > AS_OF || visit.date <= THREE_YEARS_BEFORE);
    expect(outside.map(line)).toEqual([]);
  });

  test('a newborn has no visit before birth, however many months of the window precede it', () => {
    const babies = stories.filter((s) => ageOn(s.person.birthDate, AS_OF) === 0 && s.visits.length > 0);
    expect(babies.length).toBeGreaterThan(0);
    expect(babies.flatMap((s) => s.visits.filter((v) => v.date < s.person.birthDate).map((visit) => line({ story: s, visit })))).toEqual([]);
  });

  test('no condition or diagnosis starts before birth', () => {
    const early = stories.flatMap((s) => [
      ...s.conditions.filter((c) => c.since < s.person.birthDate).map((c) => `#${s.person.index} ${c.key} since ${c.since}`),
      ...s.visits.flatMap((v) => v.diagnoses.filter((d) => d.startDate < s.person.birthDate).map((d) => `#${s.person.index} ${d.diagnosis.name} from ${d.startDate}`)),
    ]);
    expect(early).toEqual([]);
  });
});

describe('storyOf: in-house dispensing vs a pharmacy', () => {
  test.each([
    ['in house (院内処方): no pharmacy, no prescription fee', true],
    ['by a pharmacy (院外処方): a pharmacy, a prescription fee, and something prescribed', false],
  ] as const)('%s', (_label, inHouse) => {
    const cases = visits.filter(({ visit }) => visit.inHouse === inHouse);
    expect(cases.length).toBeGreaterThan(100);
    const wrong = cases.filter(({ visit: v }) => inHouse
      ? v.pharmacy !== null || hasProcedure(v, PROCEDURES.prescriptionFee.code)
      : v.pharmacy?.kind !== 'PHARMACY' || !hasProcedure(v, PROCEDURES.prescriptionFee.code) || v.prescribed.length === 0);
    expect(wrong.map(line)).toEqual([]);
  });

  test('an in-house prescription at a clinic bills the dispensing fee', () => {
    const cases = visits.filter(({ visit: v }) => v.inHouse && v.institution.kind === 'MEDICAL_CLINIC' && v.prescribed.length > 0);
    expect(cases.length).toBeGreaterThan(10);
    expect(cases.filter(({ visit: v }) => !hasProcedure(v, PROCEDURES.inHouseDispensing.code)).map(line)).toEqual([]);
  });
});

describe('storyOf: duplicate medication (same ingredient from two prescribers, overlapping)', () => {
  interface Prescription {
    readonly visit: Visit;
    readonly ingredient: string;
    readonly from: string;
    readonly to: string;
  }
  const prescriptionsOf = (s: Story): Prescription[] =>
    s.visits.flatMap((visit) => visit.prescribed.map((p) => ({ visit, ingredient: `${p.drug.ingredientCode} ${p.drug.route}`, from: visit.date, to: lastDay(visit.date, p.days) })));
  const duplicates = (s: Story): Array<readonly [Prescription, Prescription]> => {
    const list = prescriptionsOf(s);
    return list.flatMap((a, i) => list.slice(i + 1)
      .filter((b) => b.ingredient === a.ingredient && b.visit.institution.code !== a.visit.institution.code && b.from <= a.to && a.from <= b.to)
      .map((b) => [a, b] as const));
  };

  test('the case exists in a sample of people', () => {
    const people = stories.filter((s) => duplicates(s).length > 0);
    expect(people.length).toBeGreaterThan(PEOPLE / 100);
  });

  test('it includes a brand and a generic of the same ingredient (amlodipine)', () => {
    const brands = new Set([DRUGS.amlodipine.code, DRUGS.amlodipineOther.code]);
    const mixed = stories.flatMap(duplicates).filter(([a, b]) =>
      a.ingredient.startsWith(DRUGS.amlodipine.ingredientCode)
      && new Set([...a.visit.prescribed, ...b.visit.prescribed].map((p) => p.drug.code).filter((code) => brands.has(code))).size === 2);
    expect(mixed.length).toBeGreaterThan(0);
  });

  test.each([300, 3000])('chronic-condition drugs prescribed outside the managing doctor’s visits come from another institution (%i people)', (people) => {
    const sized = new World({ seed: 7, people, asOf: AS_OF });
    const managed = (v: Visit) => hasProcedure(v, PROCEDURES.specificDiseaseManagement.code);
    const ingredients = (v: Visit) => v.prescribed.map((p) => p.drug.ingredientCode);
    const elsewhere = Array.from({ length: people }, (_, i) => storyOf(sized, sized.person(i))).flatMap((story) => {
      const managing = new Set(story.visits.filter(managed).map((v) => v.institution.code));
      const chronic = new Set(story.visits.filter(managed).flatMap(ingredients));
      return story.visits.filter((v) => !managed(v) && ingredients(v).some((c) => chronic.has(c))).map((visit) => ({ story, visit, managing }));
    });
    expect(elsewhere.length).toBeGreaterThan(people / 100);
    expect(elsewhere.filter(({ visit, managing }) => managing.has(visit.institution.code)).map(line)).toEqual([]);
  });
});

describe('storyOf: conditions drive the checkup questionnaire', () => {
  test.each([
    ['onBloodPressureMedication', 'hypertension'],
    ['onLipidMedication', 'dyslipidemia'],
    ['onGlucoseMedication', 'diabetes'],
  ] as const)('%s is set exactly for people with %s', (flag, condition) => {
    const flagged = stories.filter((s) => s[flag]);
    expect(flagged.length).toBeGreaterThan(10);
    expect(flagged.length).toBeLessThan(PEOPLE);
    expect(stories.filter((s) => s[flag] !== s.conditions.some((c) => c.key === condition)).map((s) => `#${s.person.index}`)).toEqual([]);
  });

  test.each([
    ['onBloodPressureMedication', 'ANTIHYPERTENSIVE'],
    ['onLipidMedication', 'LIPID_LOWERING'],
    ['onGlucoseMedication', 'ANTIDIABETIC'],
  ] as const)('without %s, no %s drug is ever prescribed', (flag, drugClass) => {
    const prescribedWithout = stories.filter((s) => !s[flag] && s.visits.some((v) => v.prescribed.some((p) => p.drug.drugClass === drugClass)));
    expect(prescribedWithout.map((s) => `#${s.person.index}`)).toEqual([]);
  });

  test('nobody under 20 smokes', () => {
    expect(stories.filter((s) => s.smoker && ageOn(s.person.birthDate, AS_OF) < 20).map((s) => `#${s.person.index}`)).toEqual([]);
    expect(stories.some((s) => s.smoker)).toBe(true);
  });
});
