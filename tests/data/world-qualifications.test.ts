import { HighCostCategory, InsurerType, Person, Qualification, World, addDays, ageOn } from '../../data/src/world';

const AS_OF = '2026-11-01';
/** The late-elderly system (後期高齢者医療制度) began on this day. */
const SYSTEM_START = '2008-04-01';
const PEOPLE = 6000;
const world = new World({ seed: 7, people: PEOPLE, asOf: AS_OF });
const people: readonly Person[] = Array.from({ length: PEOPLE }, (_, i) => world.person(i));

interface Held {
  readonly person: Person;
  readonly qualification: Qualification;
}

const typeOf = (q: Qualification): InsurerType => world.insurer(q.insurerNumber).type;
const inForceOn = (q: Qualification, date: string): boolean => q.acquiredOn <= date && (q.lostOn === null || date < q.lostOn);
const inForce = (p: Person): Qualification[] => p.qualifications.filter((q) => inForceOn(q, AS_OF));
/** The person's age on the last day the qualification was in force. */
const ageWhileInForce = ({ person, qualification: q }: Held): number => ageOn(person.birthDate, q.lostOn === null ? AS_OF : addDays(q.lostOn, -1));
const held: readonly Held[] = people.flatMap((person) => person.qualifications.map((qualification) => ({ person, qualification })));

/** One line per qualification, so that a failure names the cases without printing whole people. */
const line = ({ person: p, qualification: q }: Held): string =>
  `#${p.index} born ${p.birthDate}: ${typeOf(q)} ${q.acquiredOn}..${q.lostOn ?? ''} ratio ${q.benefitRatio} ${q.highCostCategory} ${q.relationship} ${q.symbol}/${q.number}/${q.branch}`;
const lines = (p: Person): string[] => p.qualifications.map((qualification) => line({ person: p, qualification }));

describe('World: qualification periods', () => {
  test('every qualification is lost after it was acquired, never before or on the same day', () => {
    expect(held.filter(({ qualification: q }) => q.lostOn !== null && q.lostOn <= q.acquiredOn).map(line)).toEqual([]);
  });

  test('every qualification is acquired between birth and the as-of date', () => {
    expect(held.filter(({ person, qualification: q }) => q.acquiredOn < person.birthDate || q.acquiredOn > AS_OF).map(line)).toEqual([]);
  });

  test('a person’s qualifications follow one another: each is lost no later than the next is acquired', () => {
    const overlapping = people.filter((p) => {
      const ordered = [...p.qualifications].sort((a, b) => a.acquiredOn.localeCompare(b.acquiredOn));
      return ordered.some((q, k) => k > 0 && (ordered[k - 1]!.lostOn === null || ordered[k - 1]!.lostOn! > q.acquiredOn));
    });
    expect(overlapping.map(lines)).toEqual([]);
  });

  test('on the as-of date at most one qualification is in force; a few people have none (lost, no new one yet)', () => {
    expect(people.filter((p) => inForce(p).length > 1).map(lines)).toEqual([]);
    const without = people.filter((p) => inForce(p).length === 0);
    expect(without.length).toBeGreaterThan(0);
    expect(without.length).toBeLessThan(PEOPLE * 0.1);
  });

  test('some people changed insurer: a previous qualification lost the day the current one was acquired', () => {
    const changed = people.filter((p) => p.qualifications.length === 2 && p.qualifications[0]!.lostOn === p.qualifications[1]!.acquiredOn);
    expect(changed.length).toBeGreaterThan(PEOPLE * 0.1);
  });
});

describe('World: the late-elderly system (後期高齢者医療) from 75', () => {
  test.each([
    ['75 or older: the qualification in force is a late-elderly one', (age: number) => age >= 75, true],
    ['under 75: the qualification in force is never a late-elderly one', (age: number) => age < 75, false],
  ] as const)('%s', (_label, applies, lateElderly) => {
    const cases = people.filter((p) => applies(ageOn(p.birthDate, AS_OF)) && inForce(p).length === 1);
    expect(cases.length).toBeGreaterThan(100);
    expect(cases.filter((p) => (typeOf(inForce(p)[0]!) === 'LATE_ELDERLY') !== lateElderly).map(lines)).toEqual([]);
  });

  test.each([
    ['on the 75th birthday by those who turned 75 since the system began', (acquiredOn: string) => acquiredOn > SYSTEM_START, (birthDate: string, acquiredOn: string) =>
      ageOn(birthDate, acquiredOn) === 75 && ageOn(birthDate, addDays(acquiredOn, -1)) === 74],
    ['on the system’s first day, 2008-04-01, by those already 75 then', (acquiredOn: string) => acquiredOn <= SYSTEM_START, (birthDate: string, acquiredOn: string) =>
      acquiredOn === SYSTEM_START && ageOn(birthDate, SYSTEM_START) >= 75],
  ] as const)('it is acquired %s', (_label, applies, rightDay) => {
    const cases = held.filter(({ qualification: q }) => typeOf(q) === 'LATE_ELDERLY' && applies(q.acquiredOn));
    expect(cases.length).toBeGreaterThan(100);
    expect(cases.filter(({ person, qualification: q }) => !rightDay(person.birthDate, q.acquiredOn)).map(line)).toEqual([]);
  });

  test('a qualification held before it is lost that day', () => {
    const switched = people.filter((p) => p.qualifications.length > 1 && p.qualifications.some((q) => typeOf(q) === 'LATE_ELDERLY'));
    expect(switched.length).toBeGreaterThan(10);
    const wrong = switched.filter((p) => {
      const late = p.qualifications.find((q) => typeOf(q) === 'LATE_ELDERLY')!;
      return p.qualifications.some((q) => q !== late && q.lostOn !== late.acquiredOn);
    });
    expect(wrong.map(lines)).toEqual([]);
  });
});

describe('World: 給付割合 (benefit ratio) by age on the last day in force', () => {
  test.each([
    ['75 or older: 90, or 70 with an active-level income', (age: number) => age >= 75, [90, 70]],
    ['70 to 74: 80, or 70 with an active-level income', (age: number) => age >= 70 && age < 75, [80, 70]],
    ['under 6 (preschool): 80', (age: number) => age < 6, [80]],
    ['6 to 69: 70', (age: number) => age >= 6 && age < 70, [70]],
  ] as const)('%s', (_label, applies, ratios) => {
    const cases = held.filter((h) => applies(ageWhileInForce(h)));
    expect(cases.length).toBeGreaterThan(100);
    expect(cases.filter(({ qualification }) => !(ratios as readonly number[]).includes(qualification.benefitRatio)).map(line)).toEqual([]);
  });
});

describe('World: from age 70, a ratio of 70 goes with an active-level income (現役並み所得)', () => {
  test('a qualification of someone 70 or older has ratio 70 if and only if its income category is ACTIVE_I-III', () => {
    const cases = held.filter((h) => ageWhileInForce(h) >= 70);
    expect(cases.filter(({ qualification: q }) => q.benefitRatio === 70).length).toBeGreaterThan(10);
    expect(cases.filter(({ qualification: q }) => (q.benefitRatio === 70) !== q.highCostCategory.startsWith('ACTIVE_')).map(line)).toEqual([]);
  });
});

describe('World: 高額療養費 (high-cost) income category by age on the last day in force', () => {
  const SEVENTY_AND_OVER: readonly HighCostCategory[] = ['ACTIVE_III', 'ACTIVE_II', 'ACTIVE_I', 'GENERAL', 'LOW_INCOME_II', 'LOW_INCOME_I'];
  const UNDER_SEVENTY: readonly HighCostCategory[] = ['A', 'I', 'U', 'E', 'O'];
  test.each([
    ['70 or older: 現役並み III-I, 一般, 低所得 II-I', (age: number) => age >= 70, SEVENTY_AND_OVER],
    ['under 70: ア to オ', (age: number) => age < 70, UNDER_SEVENTY],
  ] as const)('%s', (_label, applies, categories) => {
    const cases = held.filter((h) => applies(ageWhileInForce(h)));
    expect(cases.length).toBeGreaterThan(100);
    expect(cases.filter(({ qualification }) => !categories.includes(qualification.highCostCategory)).map(line)).toEqual([]);
  });
});

describe('World: households (one address, one surname)', () => {
  const addressOf = (p: Person) => `${p.postalCode} ${p.municipalityCode} ${p.addressLine} ${p.nameKanji.split(' ')[0]}`;
  const byAddress = new Map<string, Person[]>();
  for (const p of people) (byAddress.get(addressOf(p)) ?? byAddress.set(addressOf(p), []).get(addressOf(p))!).push(p);
  const households = [...byAddress.values()];
  /** The qualifications in force of the members under the household's insurance (not the late-elderly members'). */
  const shared = (members: readonly Person[]): Held[] =>
    members.flatMap((person) => inForce(person).filter((q) => typeOf(q) !== 'LATE_ELDERLY').map((qualification) => ({ person, qualification })));
  const multiMember = households.map(shared).filter((hs) => hs.length > 1);

  test('members under 75 share the insurer, symbol and number, each with their own two-digit branch', () => {
    expect(multiMember.length).toBeGreaterThan(500);
    const wrong = multiMember.filter((hs) =>
      new Set(hs.map(({ qualification: q }) => `${q.insurerNumber} ${q.symbol} ${q.number}`)).size !== 1
      || new Set(hs.map(({ qualification: q }) => q.branch)).size !== hs.length
      || hs.some(({ qualification: q }) => !/^[0-9]{2}$/.test(q.branch)));
    expect(wrong.map((hs) => hs.map(line))).toEqual([]);
  });

  test('no two households share an insured symbol and number', () => {
    const owners = new Map<string, string>();
    const clashes = households.flatMap((members) => shared(members).flatMap(({ qualification: q }) => {
      const key = `${q.insurerNumber} ${q.symbol} ${q.number}`;
      const owner = owners.get(key) ?? owners.set(key, addressOf(members[0]!)).get(key)!;
      return owner === addressOf(members[0]!) ? [] : [key];
    }));
    expect(clashes).toEqual([]);
  });

  test.each([
    ['employee insurance: one insured person, the others dependents', (t: InsurerType) => t !== 'NATIONAL_HEALTH_INSURANCE', 'one'],
    ['National Health Insurance: every member is insured in their own right', (t: InsurerType) => t === 'NATIONAL_HEALTH_INSURANCE', 'all'],
  ] as const)('%s', (_label, applies, insured) => {
    const cases = multiMember.filter((hs) => applies(typeOf(hs[0]!.qualification)));
    expect(cases.length).toBeGreaterThan(50);
    const wrong = cases.filter((hs) => {
      const count = hs.filter(({ qualification: q }) => q.relationship === 'INSURED').length;
      return count !== (insured === 'one' ? 1 : hs.length);
    });
    expect(wrong.map((hs) => hs.map(line))).toEqual([]);
  });
});
