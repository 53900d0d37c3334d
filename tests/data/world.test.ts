import { institutionCodeProblem, insurerNumberProblem } from '../../common/src/identifiers';
import { MUNICIPALITIES, PREFECTURES, prefectureName } from '../../data/src/places';
import { FACILITY_COUNTS, InstitutionKind, TOTAL_FACILITIES, World, WorldOptions } from '../../data/src/world';

const AS_OF = '2026-11-01';
const OPTIONS: WorldOptions = { seed: 7, people: 400, asOf: AS_OF };
const KINDS = Object.keys(FACILITY_COUNTS) as InstitutionKind[];
const SCORE_TABLE: Record<InstitutionKind, string> = { HOSPITAL: '1', MEDICAL_CLINIC: '1', DENTAL_CLINIC: '3', PHARMACY: '4' };

const peopleOf = (world: World, count: number) => Array.from({ length: count }, (_, i) => world.person(i));

describe('World: determinism', () => {
  test('the same seed and as-of date give identical insurers, institutions and people', () => {
    const first = new World(OPTIONS);
    const second = new World({ ...OPTIONS });
    expect(second.insurers).toEqual(first.insurers);
    expect(second.institutions).toEqual(first.institutions);
    expect(peopleOf(second, OPTIONS.people)).toEqual(peopleOf(first, OPTIONS.people));
  });

  test('a person is the same whether generated alone or after the others', () => {
    const world = new World(OPTIONS);
    const late = world.person(399);
    peopleOf(world, 399);
    expect(new World(OPTIONS).person(399)).toEqual(late);
    expect(world.person(399)).toEqual(late);
  });

  test('another seed gives other institutions and other people', () => {
    const first = new World(OPTIONS);
    const other = new World({ ...OPTIONS, seed: 8 });
    const sameInstitutions = other.institutions.filter((inst, i) => inst.name === first.institutions[i]!.name && inst.address === first.institutions[i]!.address);
    expect(sameInstitutions.length).toBeLessThan(first.institutions.length / 10);
    const samePeople = peopleOf(other, OPTIONS.people).filter((p, i) => p.id === first.person(i).id || (p.nameKanji === first.person(i).nameKanji && p.birthDate === first.person(i).birthDate));
    expect(samePeople.length).toBeLessThan(OPTIONS.people / 10);
  });
});

describe('World: insurers', () => {
  const world = new World(OPTIONS);

  test('every insurer number passes the 保険者番号 validation and is unique', () => {
    expect(world.insurers.filter((i) => insurerNumberProblem(i.number) !== null)).toEqual([]);
    expect(new Set(world.insurers.map((i) => i.number)).size).toBe(world.insurers.length);
  });

  test('National Health Insurance numbers have 6 digits, every other insurer 8, and carry the insurer’s prefecture', () => {
    const wrong = world.insurers.filter((i) => {
      const nhi = i.type === 'NATIONAL_HEALTH_INSURANCE';
      return i.number.length !== (nhi ? 6 : 8) || i.number.slice(nhi ? 0 : 2, nhi ? 2 : 4) !== i.prefectureCode;
    });
    expect(wrong).toEqual([]);
  });

  test('health-insurance societies named 「〇〇健康保険組合△△支部」 exist (the disaster-mode insurer example)', () => {
    const branches = world.insurers.filter((i) => /^.+健康保険組合.+支部$/.test(i.name));
    expect(branches.length).toBeGreaterThan(0);
    expect(branches.every((i) => i.type === 'KUMIAI_KENPO')).toBe(true);
  });
});

describe('World: institutions', () => {
  const world = new World({ ...OPTIONS, institutions: 3000 });

  test('every institution code passes the 医療機関コード validation and is unique', () => {
    expect(world.institutions.filter((i) => institutionCodeProblem(i.code) !== null)).toEqual([]);
    expect(new Set(world.institutions.map((i) => i.code)).size).toBe(world.institutions.length);
  });

  test('the code starts with the institution’s prefecture and the score table of its kind', () => {
    expect(world.institutions.filter((i) => i.code.slice(0, 3) !== `${i.prefectureCode}${SCORE_TABLE[i.kind]}`)).toEqual([]);
  });

  test('the address is the prefecture, then a municipality of that prefecture', () => {
    const wrong = world.institutions.filter((i) => {
      const municipality = MUNICIPALITIES.find((m) => m.code === i.municipalityCode);
      return municipality?.prefectureCode !== i.prefectureCode || municipality.name !== i.municipality
        || !i.address.startsWith(`${prefectureName(i.prefectureCode)}${i.municipality}`);
    });
    expect(wrong).toEqual([]);
  });

  describe('kinds in the national proportions of 2021-01-03 (of 228,321 facilities), within 2% over 100,000 institutions', () => {
    const large = new World({ seed: 7, people: 0, institutions: 100_000, asOf: AS_OF });
    test.each(KINDS.map((kind) => [kind, FACILITY_COUNTS[kind]] as const))('%s: %i', (kind, national) => {
      const share = large.institutions.filter((i) => i.kind === kind).length / large.institutions.length;
      expect(Math.abs(share / (national / TOTAL_FACILITIES) - 1)).toBeLessThan(0.02);
    });
  });

  test.each([
    ['a one-person world (default institution count)', { people: 1 }],
    ['a 100-person world (default institution count)', { people: 100 }],
    ['a 2,000-person world (default institution count)', { people: 2000 }],
    ['3,000 institutions', { people: 100, institutions: 3000 }],
  ])('every prefecture has every kind: %s', (_label, size) => {
    const sized = new World({ seed: 7, asOf: AS_OF, ...size });
    const present = new Set(sized.institutions.map((i) => `${i.prefectureCode}:${i.kind}`));
    const missing = PREFECTURES.flatMap((p) => KINDS.map((kind) => `${p.code}:${kind}`)).filter((key) => !present.has(key));
    expect(missing).toEqual([]);
  });
});
