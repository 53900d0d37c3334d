import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { withCheckDigit } from '../../../common/src/identifiers';
import { DRUGS } from '../../../data/src/masters';
import { craftedPersonId } from './crafted-checkups';
import { insertRows } from './harness';

type Kind = 'HOSPITAL' | 'MEDICAL_CLINIC' | 'DENTAL_CLINIC' | 'PHARMACY';
const SCORE: Record<Kind, string> = { HOSPITAL: '1', MEDICAL_CLINIC: '1', DENTAL_CLINIC: '3', PHARMACY: '4' };
const SERIAL: Record<Kind, number> = { HOSPITAL: 100, MEDICAL_CLINIC: 300, DENTAL_CLINIC: 500, PHARMACY: 700 };

/** The n-th crafted institution of a kind, in Tokyo. */
export const institutionCode = (kind: Kind, n: number): string => withCheckDigit(`13${SCORE[kind]}${String(SERIAL[kind] + n).padStart(6, '0')}`);

/**
 * The crafted registries: 10 hospitals, 20 clinics, 5 dental clinics, 15 pharmacies (50). Terminals
 * registered: 4 hospitals on 2021-03-10 and 2 more on 2021-05-01, 12 pharmacies on 2021-03-20, 10
 * clinics on 2021-06-15, no dental clinic.
 */
export const FACILITIES: Record<Kind, number> = { HOSPITAL: 10, MEDICAL_CLINIC: 20, DENTAL_CLINIC: 5, PHARMACY: 15 };
const REGISTERED: ReadonlyArray<readonly [Kind, number, number, string]> = [
  ['HOSPITAL', 0, 4, '2021-03-10'],
  ['HOSPITAL', 4, 6, '2021-05-01'],
  ['PHARMACY', 0, 12, '2021-03-20'],
  ['MEDICAL_CLINIC', 0, 10, '2021-06-15'],
];

/** Persons consenting in the crafted consents, from 2101. */
const CONSENTING = 49;

/** Terminal ids: the institution's position times ten. */
const terminalOf = (kind: Kind, n: number): number => (SERIAL[kind] + n) * 10;

/** Persons 2001-2040: insured since 2020-04-01 (2036-2040 lose it on 2021-06-01); 2001-2025 linked a card on 2021-02-01, 2026-2030 on 2021-04-15. */
const PEOPLE = Array.from({ length: 40 }, (_, i) => 2001 + i);

export async function insertCraftedRegistries(sql: Pool): Promise<void> {
  const institutions = (Object.keys(FACILITIES) as Kind[]).flatMap((kind) =>
    Array.from({ length: FACILITIES[kind] }, (_, n) => ({ code: institutionCode(kind, n), name: `試験${kind}${n}`, kind, prefecture_code: '13', municipality_code: '13101', municipality: '千代田区', address: '東京都千代田区1-1' })),
  );
  await insertRows(sql, 'eligibility.institutions', institutions);
  const terminals = REGISTERED.flatMap(([kind, from, to, day]) =>
    Array.from({ length: to - from }, (_, k) => ({ id: terminalOf(kind, from + k), institution_code: institutionCode(kind, from + k), kind: 'RECEPTION', label: '受付1', registered_at: `${day}T09:00:00+09:00` })),
  );
  await insertRows(sql, 'eligibility.terminals', terminals);
  await insertRows(sql, 'eligibility.insurers', [{ number: '01130012', name: '全国健康保険協会東京支部', type: 'KYOKAI_KENPO', prefecture_code: '13' }]);
  await insertRows(
    sql,
    'eligibility.people',
    [...PEOPLE, ...Array.from({ length: CONSENTING }, (_, i) => 2101 + i), ...Array.from({ length: 15 }, (_, i) => 3001 + i)].map((index) => ({
      id: craftedPersonId(index), name_kanji: '試験 花子', name_kana: 'シケン ハナコ', sex: 'FEMALE', birth_date: '1970-01-01', prefecture_code: '13',
      municipality_code: '13101', municipality: '千代田区', address_line: '1-1', postal_code: '100-0001',
    })),
  );
  await insertRows(
    sql,
    'eligibility.qualifications',
    PEOPLE.map((index) => ({
      id: index, person_id: craftedPersonId(index), insurer_number: '01130012', symbol: '1', number: String(index), branch: '00', relationship: 'INSURED',
      acquired_on: '2020-04-01', lost_on: index > 2035 ? '2021-06-01' : null, benefit_ratio: 70, high_cost_category: 'U',
    })),
  );
  const card = (index: number, issued: string, kind = 'CARD') => ({
    serial: `${kind === 'CARD' ? 'A' : 'B'}${index.toString(16).toUpperCase().padStart(15, '0')}`, person_id: craftedPersonId(index), kind, issued_on: issued, expires_on: '2030-01-01', revoked_on: null,
  });
  await insertRows(sql, 'eligibility.card_certificates', [
    ...PEOPLE.slice(0, 25).map((index) => card(index, '2021-02-01')),
    ...PEOPLE.slice(25, 30).map((index) => card(index, '2021-04-15')),
    // A smartphone certificate is no second registration.
    ...PEOPLE.slice(0, 3).map((index) => card(index, '2021-05-01', 'SMARTPHONE')),
  ]);
}

/**
 * Consents given in October 2026: at the first hospital 15 to every category, 12 to medications
 * only and 10 to checkups and medical care; at the first pharmacy 12 to medications and checkups.
 * One person each.
 */
export async function insertCraftedConsents(sql: Pool): Promise<void> {
  const grant = (index: number, kind: Kind, categories: string[]) => ({
    id: randomUUID(), person_id: craftedPersonId(index), basis: 'CONSENT', institution_code: institutionCode(kind, 0), categories, verification: 'CARD_FACE',
    terminal_id: terminalOf(kind, 0), granted_at: '2026-10-05T10:00:00+09:00', expires_at: '2026-10-06T10:00:00+09:00', revoked_at: null,
  });
  const people = Array.from({ length: CONSENTING }, (_, i) => 2101 + i);
  await insertRows(sql, 'eligibility.grants', [
    ...people.slice(0, 15).map((index) => grant(index, 'HOSPITAL', ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'])),
    ...people.slice(15, 27).map((index) => grant(index, 'HOSPITAL', ['MEDICATIONS'])),
    ...people.slice(27, 37).map((index) => grant(index, 'HOSPITAL', ['CHECKUPS', 'MEDICAL_CARE'])),
    ...people.slice(37, 49).map((index) => grant(index, 'PHARMACY', ['MEDICATIONS', 'CHECKUPS'])),
  ]);
}

/**
 * Dispensings of September 2026 at the first pharmacy: persons 3001-3012 get amlodipine from one
 * clinic on the 1st (56 days) and the same ingredient from another on the 20th (duplicating), and
 * rosuvastatin on the 1st; persons 3013-3015 get rosuvastatin from both clinics (the 1st and the
 * 10th: duplicating).
 */
export async function insertCraftedDispensings(sql: Pool): Promise<void> {
  const drugs = [DRUGS.amlodipine, DRUGS.amlodipineOther, DRUGS.rosuvastatin];
  await insertRows(sql, 'prescriptions.drugs', drugs.map((d) => ({ code: d.code, name: d.name, ingredient_code: d.ingredientCode, ingredient_name: d.ingredientName, route: d.route, as_needed: d.asNeeded, drug_class: d.drugClass, unit: d.unit })));
  const clinicA = institutionCode('MEDICAL_CLINIC', 0);
  const clinicB = institutionCode('MEDICAL_CLINIC', 1);
  const pharmacy = institutionCode('PHARMACY', 0);
  let id = 1;
  const dispensing = (index: number, drug: (typeof drugs)[number], on: string, prescriber: string) => ({
    id: id++, person_id: craftedPersonId(index), dispensed_on: on, drug_code: drug.code, drug_name: drug.name, quantity: 56, unit: drug.unit, days: 56, daily_quantity: 1,
    dispensing_institution_code: pharmacy, dispensing_institution_name: '試験薬局', prescribing_institution_code: prescriber, prescribing_institution_name: '試験クリニック',
    prescribed_on: on, electronic_prescription_id: null,
  });
  const rows = [
    ...Array.from({ length: 12 }, (_, i) => 3001 + i).flatMap((index) => [
      dispensing(index, DRUGS.amlodipine, '2026-09-01', clinicA),
      dispensing(index, DRUGS.amlodipineOther, '2026-09-20', clinicB),
      dispensing(index, DRUGS.rosuvastatin, '2026-09-01', clinicA),
    ]),
    ...[3013, 3014, 3015].flatMap((index) => [dispensing(index, DRUGS.rosuvastatin, '2026-09-01', clinicA), dispensing(index, DRUGS.rosuvastatin, '2026-09-10', clinicB)]),
  ];
  await insertRows(sql, 'prescriptions.dispensings', rows);
}
