import { CopyValue } from '../../../data/src/seeder';
import { storyOf } from '../../../data/src/story';
import { World } from '../../../data/src/world';
import { eligibilitySeeder } from '../../../subgraphs/eligibility/src/seed';

const world = new World({ seed: 1, people: 30, asOf: '2026-11-01' });

function collect(fill: (emit: (table: string, row: readonly CopyValue[]) => void) => void): Map<string, Array<readonly CopyValue[]>> {
  const rows = new Map<string, Array<readonly CopyValue[]>>();
  fill((table, row) => {
    const spec = eligibilitySeeder.tables.find((t) => t.table === table);
    expect(spec).toBeDefined();
    expect(row).toHaveLength(spec!.columns.length);
    (rows.get(table) ?? rows.set(table, []).get(table)!).push(row);
  });
  return rows;
}

describe('eligibilitySeeder', () => {
  test('reference() writes every insurer and institution, with terminals and staff for each institution', () => {
    const rows = collect((emit) => eligibilitySeeder.reference(world, emit));
    expect(rows.get('insurers')).toHaveLength(world.insurers.length);
    expect(rows.get('institutions')).toHaveLength(world.institutions.length);
    const codesWith = (table: string) => new Set(rows.get(table)!.map((r) => r[1]));
    for (const institution of world.institutions) {
      expect(codesWith('terminals').has(institution.code)).toBe(true);
      expect(codesWith('staff').has(institution.code)).toBe(true);
    }
  });

  test('person() writes the person, each qualification with id index*10+k, and the certificates', () => {
    const index = [...Array(30).keys()].find((i) => world.person(i).qualifications.length === 2 && world.person(i).certificates.length > 0)!;
    const person = world.person(index);
    const rows = collect((emit) => eligibilitySeeder.person(storyOf(world, person), emit));
    expect(rows.get('people')).toEqual([[person.id, person.nameKanji, person.nameKana, person.sex, person.birthDate, person.prefectureCode, person.municipalityCode, person.municipality, person.addressLine, person.postalCode]]);
    expect(rows.get('qualifications')!.map((r) => r[0])).toEqual([index * 10, index * 10 + 1]);
    expect(rows.get('qualifications')!.every((r) => r[1] === person.id)).toBe(true);
    expect(rows.get('card_certificates')!.map((r) => r[0])).toEqual(person.certificates.map((c) => c.serial));
  });

  test('tables are listed parents first, so COPY satisfies the foreign keys', () => {
    const order = eligibilitySeeder.tables.map((t) => t.table);
    expect(order.indexOf('insurers')).toBeLessThan(order.indexOf('qualifications'));
    expect(order.indexOf('people')).toBeLessThan(order.indexOf('qualifications'));
    expect(order.indexOf('people')).toBeLessThan(order.indexOf('card_certificates'));
    expect(order.indexOf('institutions')).toBeLessThan(order.indexOf('terminals'));
    expect(order.indexOf('institutions')).toBeLessThan(order.indexOf('staff'));
  });
});
