import { MUNICIPALITIES, prefectureName } from '../../data/src/places';
import { Person, World } from '../../data/src/world';

const AS_OF = '2026-11-01';
const PEOPLE = 6000;
const world = new World({ seed: 7, people: PEOPLE, asOf: AS_OF });
const people: readonly Person[] = Array.from({ length: PEOPLE }, (_, i) => world.person(i));

const KANJI = '[\\p{Script=Han}々]';
const KATAKANA = '[\\p{Script=Katakana}ー]';

describe('World: person ids', () => {
  test('are unique', () => {
    expect(new Set(people.map((p) => p.id)).size).toBe(PEOPLE);
  });

  test('are UUID-shaped', () => {
    expect(people.filter((p) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(p.id))).toEqual([]);
  });

  test('never contain twelve digits in a row (the shape of a My Number)', () => {
    expect(people.filter((p) => /[0-9]{12}/.test(p.id)).map((p) => p.id)).toEqual([]);
  });
});

describe('World: names', () => {
  test('the kanji name is a kanji surname and a given name in kanji (or hiragana, as some given names are written)', () => {
    const pattern = new RegExp(`^${KANJI}+ [\\p{Script=Han}\\p{Script=Hiragana}々]+$`, 'u');
    expect(people.filter((p) => !pattern.test(p.nameKanji)).map((p) => p.nameKanji)).toEqual([]);
  });

  test('the reading is surname and given name in katakana', () => {
    const pattern = new RegExp(`^${KATAKANA}+ ${KATAKANA}+$`, 'u');
    expect(people.filter((p) => !pattern.test(p.nameKana)).map((p) => p.nameKana)).toEqual([]);
  });

  test('people insured under the same symbol and number (a household) share the surname and the address', () => {
    const home = (p: Person) => `${p.nameKanji.split(' ')[0]} ${p.postalCode} ${p.municipalityCode} ${p.addressLine}`;
    const homes = new Map<string, Set<string>>();
    for (const p of people) {
      for (const q of p.qualifications.filter((k) => k.symbol !== '' && k.lostOn === null)) {
        const key = `${q.insurerNumber} ${q.symbol} ${q.number}`;
        (homes.get(key) ?? homes.set(key, new Set()).get(key)!).add(home(p));
      }
    }
    expect(homes.size).toBeGreaterThan(PEOPLE / 10);
    expect([...homes].filter(([, found]) => found.size > 1).map(([key, found]) => `${key}: ${[...found].join(' | ')}`)).toEqual([]);
  });
});

describe('World: addresses', () => {
  test('the municipality code is one of the prefecture’s municipalities, named as listed, and the town is one of its towns', () => {
    const wrong = people.filter((p) => {
      const m = MUNICIPALITIES.find((candidate) => candidate.code === p.municipalityCode);
      return m === undefined || m.prefectureCode !== p.prefectureCode || m.name !== p.municipality || !m.towns.includes(p.town);
    });
    expect(wrong).toEqual([]);
  });

  test('the address line is the town then a block number, and the postal code is NNN-NNNN', () => {
    const wrong = people.filter((p) => !p.addressLine.startsWith(p.town) || !/^\d+-\d+-\d+$/.test(p.addressLine.slice(p.town.length)) || !/^\d{3}-\d{4}$/.test(p.postalCode));
    expect(wrong).toEqual([]);
  });

  test('a person in 東京都中野区鷺宮 exists (the disaster-mode address example)', () => {
    const inSaginomiya = people.filter((p) => `${prefectureName(p.prefectureCode)}${p.municipality}${p.addressLine}`.startsWith('東京都中野区鷺宮'));
    expect(inSaginomiya.length).toBeGreaterThan(0);
  });

  test('a person insured by a 「〇〇健康保険組合△△支部」 exists (the disaster-mode insurer example)', () => {
    const branchInsurers = new Set(world.insurers.filter((i) => /健康保険組合.+支部$/.test(i.name)).map((i) => i.number));
    expect(people.some((p) => p.qualifications.some((q) => branchInsurers.has(q.insurerNumber)))).toBe(true);
  });
});

describe('World: card certificates', () => {
  const certificates = people.flatMap((p) => p.certificates);

  test('some people have a card certificate, some a smartphone one too, some none', () => {
    expect(certificates.some((c) => c.kind === 'CARD')).toBe(true);
    expect(certificates.some((c) => c.kind === 'SMARTPHONE')).toBe(true);
    expect(people.some((p) => p.certificates.length === 0)).toBe(true);
  });

  test('serials are unique', () => {
    expect(new Set(certificates.map((c) => c.serial)).size).toBe(certificates.length);
  });

  test('each was issued by the as-of date and expires after it was issued', () => {
    expect(certificates.filter((c) => c.issuedOn > AS_OF || c.expiresOn <= c.issuedOn)).toEqual([]);
  });
});
