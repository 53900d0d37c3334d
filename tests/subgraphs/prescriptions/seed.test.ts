import { storyOf } from '../../../data/src/story';
import { World } from '../../../data/src/world';
import { addDays, daysBetween } from '../../../common/src/japan-calendar';
import { DispensingFacts, findDuplicates } from '../../../subgraphs/prescriptions/src/duplicates';
import { ELECTRONIC_PRESCRIPTION_LAUNCH, PRESCRIPTION_VALID_DAYS, PrescriptionsSeeder, electronicStatus } from '../../../subgraphs/prescriptions/src/seed';
import { ALL_DRUGS } from '../../../data/src/masters';
import { SeededRow, seededRows } from './seeded-rows';

const AS_OF = '2025-06-30';
const PEOPLE = 400;
const world = new World({ seed: 11, people: PEOPLE, asOf: AS_OF });
const rows = seededRows(world, PEOPLE);
const prescriptions = rows.get('electronic_prescriptions')!;
const items = rows.get('electronic_prescription_items')!;
const dispensings = rows.get('dispensings')!;
const dispensingsOf = (prescriptionId: SeededRow['id']) => dispensings.filter((d) => d.electronic_prescription_id === prescriptionId);

describe('prescriptions seeder', () => {
  test('reference() loads the whole drug master', () => {
    expect(rows.get('drugs')!.map((d) => d.code)).toEqual(ALL_DRUGS.map((d) => d.code));
  });

  test('makes dispensings, and e-prescriptions dispensed, expired and cancelled, for a few hundred people', () => {
    expect(dispensings.length).toBeGreaterThan(PEOPLE);
    for (const status of ['DISPENSED', 'EXPIRED', 'CANCELLED']) expect(prescriptions.some((p) => p.status === status)).toBe(true);
  });

  // An e-prescription stays ISSUED only within its 4 days of validity, so a data set holds few:
  // the rule itself is tested here case by case.
  test.each([
    ['dispensed after the data set ends', '2025-06-29', '2025-07-01', 0.9, 'ISSUED'],
    ['still valid, not yet taken to a pharmacy', '2025-06-28', '2025-06-29', 0.1, 'ISSUED'],
    ['still valid and dispensed', '2025-06-28', '2025-06-29', 0.5, 'DISPENSED'],
    ['cancelled', '2025-06-01', '2025-06-02', 0.31, 'CANCELLED'],
    ['validity passed with no dispensing', '2025-06-01', '2025-06-02', 0.35, 'EXPIRED'],
    ['validity passed, dispensed in time', '2025-06-01', '2025-06-02', 0.1, 'DISPENSED'],
    ['validity passed, dispensed in time (high draw)', '2025-06-01', '2025-06-02', 0.9, 'DISPENSED'],
  ] as const)('an e-prescription %s is %s', (_case, issuedOn, dispensedOn, roll, expected) => {
    expect(electronicStatus(issuedOn, dispensedOn, AS_OF, roll)).toBe(expected);
  });

  test('e-prescriptions are issued only since the launch on 2023-01-26, though older dispensings exist', () => {
    expect(prescriptions.every((p) => String(p.issued_on) >= ELECTRONIC_PRESCRIPTION_LAUNCH)).toBe(true);
    expect(dispensings.some((d) => String(d.dispensed_on) < ELECTRONIC_PRESCRIPTION_LAUNCH)).toBe(true);
    expect(dispensings.filter((d) => String(d.prescribed_on) < ELECTRONIC_PRESCRIPTION_LAUNCH).every((d) => d.electronic_prescription_id === null)).toBe(true);
  });

  test('about half of the out-of-house prescriptions since the launch are electronic', () => {
    const outOfHouse = dispensings.filter((d) => String(d.prescribed_on) >= ELECTRONIC_PRESCRIPTION_LAUNCH && d.dispensing_institution_code !== d.prescribing_institution_code);
    const electronic = outOfHouse.filter((d) => d.electronic_prescription_id !== null).length;
    expect(electronic / outOfHouse.length).toBeGreaterThan(0.35);
    expect(electronic / outOfHouse.length).toBeLessThan(0.65);
  });

  test('DISPENSED e-prescriptions have a dispensing per item, on their dispensing date at their pharmacy', () => {
    for (const p of prescriptions.filter((x) => x.status === 'DISPENSED')) {
      const dispensed = dispensingsOf(p.id);
      const prescribed = items.filter((i) => i.prescription_id === p.id);
      expect(dispensed.map((d) => d.drug_code)).toEqual(prescribed.map((i) => i.drug_code));
      expect(p.dispensed_on).not.toBeNull();
      for (const d of dispensed) {
        expect(d).toMatchObject({ dispensed_on: p.dispensed_on, dispensing_institution_code: p.dispensing_institution_code, prescribed_on: p.issued_on });
      }
    }
  });

  test('ISSUED e-prescriptions are still valid (within 4 days of issue) and not dispensed', () => {
    for (const p of prescriptions.filter((x) => x.status === 'ISSUED')) {
      expect(daysBetween(String(p.issued_on), AS_OF)).toBeLessThan(PRESCRIPTION_VALID_DAYS);
      expect(dispensingsOf(p.id)).toEqual([]);
      expect(p).toMatchObject({ dispensed_on: null, dispensing_institution_code: null, dispensing_institution_name: null });
    }
  });

  test('EXPIRED e-prescriptions are 4 days or more past issue and never dispensed; CANCELLED ones never dispensed', () => {
    for (const p of prescriptions.filter((x) => x.status === 'EXPIRED')) {
      expect(daysBetween(String(p.issued_on), AS_OF)).toBeGreaterThanOrEqual(PRESCRIPTION_VALID_DAYS);
      expect(dispensingsOf(p.id)).toEqual([]);
      expect(p.dispensed_on).toBeNull();
    }
    for (const p of prescriptions.filter((x) => x.status === 'CANCELLED')) {
      expect(dispensingsOf(p.id)).toEqual([]);
      expect(p.dispensed_on).toBeNull();
    }
  });

  test('every item and dispensing refers to a drug of the master; quantity is daily quantity times days', () => {
    const codes = new Set(ALL_DRUGS.map((d) => d.code));
    expect(items.every((i) => codes.has(String(i.drug_code)))).toBe(true);
    for (const d of dispensings) {
      expect(codes.has(String(d.drug_code))).toBe(true);
      expect(d.quantity).toBe(Number(d.daily_quantity) * Number(d.days));
    }
  });

  test('dispensed on the prescription day or up to two days later, never after the data set date', () => {
    for (const d of dispensings) {
      expect(String(d.dispensed_on) >= String(d.prescribed_on)).toBe(true);
      expect(String(d.dispensed_on) <= addDays(String(d.prescribed_on), 2)).toBe(true);
      expect(String(d.dispensed_on) <= AS_OF).toBe(true);
    }
  });

  test('in-house prescriptions are dispensed by the institution itself on the visit date', () => {
    const story = Array.from({ length: PEOPLE }, (_, i) => storyOf(world, world.person(i))).find((s) => s.visits.some((v) => v.inHouse && v.prescribed.length > 0))!;
    const visit = story.visits.find((v) => v.inHouse && v.prescribed.length > 0)!;
    const own = dispensings.filter((d) => d.person_id === story.person.id && d.prescribed_on === visit.date && d.prescribing_institution_code === visit.institution.code);
    expect(own.length).toBeGreaterThan(0);
    for (const d of own) expect(d).toMatchObject({ dispensed_on: visit.date, dispensing_institution_code: visit.institution.code, electronic_prescription_id: null });
  });

  test('ids are the person index * 1000 + a running number, unique', () => {
    const ids = dispensings.map((d) => Number(d.id));
    expect(new Set(ids).size).toBe(ids.length);
    const person = world.person(7);
    const own = dispensings.filter((d) => d.person_id === person.id).map((d) => Number(d.id));
    expect(own).toEqual(own.map((_, k) => 7 * 1000 + k + 1));
    expect(new Set(prescriptions.map((p) => p.id)).size).toBe(prescriptions.length);
  });

  test('histories include duplicates: the same ingredient and route from a second prescriber, overlapping', () => {
    const facts = (d: SeededRow): DispensingFacts => {
      const drug = ALL_DRUGS.find((x) => x.code === d.drug_code)!;
      return {
        id: String(d.id), dispensedOn: String(d.dispensed_on), days: Number(d.days), drug,
        prescribingInstitutionCode: String(d.prescribing_institution_code), prescribedOn: String(d.prescribed_on),
        electronicPrescriptionId: d.electronic_prescription_id === null ? null : String(d.electronic_prescription_id),
      };
    };
    const byPerson = new Map<string, DispensingFacts[]>();
    for (const d of dispensings) byPerson.set(String(d.person_id), [...(byPerson.get(String(d.person_id)) ?? []), facts(d)]);
    const fromTwoPrescribers = [...byPerson.values()].filter((own) =>
      own.some((d) => findDuplicates([], own, d.dispensedOn).some((f) => f.other !== null && f.other.prescribingInstitutionCode !== f.current.prescribingInstitutionCode)),
    );
    expect(fromTwoPrescribers.length).toBeGreaterThan(0);
  });

  test('deterministic: the same world gives the same rows', () => {
    const again = seededRows(new World({ seed: 11, people: PEOPLE, asOf: AS_OF }), 60);
    for (const [table, list] of again) {
      const first = rows.get(table)!.filter((r) => table === 'drugs' || (table === 'electronic_prescription_items' ? Number(r.prescription_id) < 60_000 : Number(r.id) < 60_000));
      expect(list).toEqual(first);
    }
  });

  test('a different seed gives different rows', () => {
    const other = seededRows(new World({ seed: 12, people: 60, asOf: AS_OF }), 60);
    expect(other.get('dispensings')).not.toEqual(rows.get('dispensings')!.filter((r) => Number(r.id) < 60_000));
  });

  test('people before the world is known is an error, not data dated by a guess', () => {
    const seeder = new PrescriptionsSeeder();
    expect(() => seeder.person(storyOf(world, world.person(0)), () => undefined)).toThrow(/reference/);
  });
});
