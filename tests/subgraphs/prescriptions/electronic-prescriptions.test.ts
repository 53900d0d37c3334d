import { DRUGS } from '../../../data/src/masters';
import { CLINIC_B, PHARMACY, craftedPersonId, insertDispensings, insertPrescription } from './crafted';
import { PrescriptionsHarness, personEntities, startPrescriptionsHarness } from './harness';

const PRESCRIPTIONS = `
  query ($representations: [_Any!]!, $first: Int, $after: String, $status: ElectronicPrescriptionStatus) {
    _entities(representations: $representations) {
      ... on Person {
        id
        electronicPrescriptions(first: $first, after: $after, status: $status) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes {
            id issuedOn status issuingInstitution { code } issuingInstitutionName
            dispensedOn dispensingInstitution { code } dispensingInstitutionName
            items { seq drugCode drugName dailyQuantity days asNeeded drug { code route } }
          }
        }
      }
    }
  }`;

interface Prescription {
  id: string;
  issuedOn: string;
  status: string;
  dispensedOn: string | null;
  dispensingInstitution: { code: string } | null;
  items: Array<{ seq: number; drugCode: string }>;
}
interface PrescriptionsData {
  _entities: Array<{ id: string; electronicPrescriptions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Prescription[] } }>;
}

const PATIENT = craftedPersonId(900011);
const OTHER = craftedPersonId(900012);

let harness: PrescriptionsHarness;

beforeAll(async () => {
  harness = await startPrescriptionsHarness();
  await insertPrescription(harness.pool, { id: 900011001, personId: PATIENT, issuedOn: '2025-05-01', status: 'DISPENSED', issuer: CLINIC_B, items: [{ drug: DRUGS.amlodipine, days: 28 }, { drug: DRUGS.loxoprofen, days: 10 }] });
  await insertDispensings(harness.pool, [
    { id: 900011001, personId: PATIENT, dispensedOn: '2025-05-01', drug: DRUGS.amlodipine, days: 28, prescriber: CLINIC_B, electronicPrescriptionId: 900011001 },
    { id: 900011002, personId: PATIENT, dispensedOn: '2025-05-01', drug: DRUGS.loxoprofen, days: 10, prescriber: CLINIC_B, electronicPrescriptionId: 900011001 },
  ]);
  await insertPrescription(harness.pool, { id: 900011002, personId: PATIENT, issuedOn: '2025-06-01', status: 'EXPIRED', items: [{ drug: DRUGS.famotidine, days: 14 }] });
  await insertPrescription(harness.pool, { id: 900011003, personId: PATIENT, issuedOn: '2025-06-29', status: 'ISSUED', items: [{ drug: DRUGS.heparinoid, days: 14, dailyQuantity: 5 }] });
  await insertPrescription(harness.pool, { id: 900012001, personId: OTHER, issuedOn: '2025-06-10', status: 'CANCELLED', items: [{ drug: DRUGS.amoxicillin, days: 5, dailyQuantity: 3 }] });
});

afterAll(async () => {
  await harness?.close();
});

describe('Person.electronicPrescriptions', () => {
  test('lists the e-prescriptions newest first with their items and statuses', async () => {
    const { response, statements } = await harness.counted<PrescriptionsData>(PRESCRIPTIONS, personEntities([PATIENT, OTHER]));
    expect(response.errors).toBeUndefined();
    const [patient, other] = response.data!._entities;
    expect(patient!.electronicPrescriptions.totalCount).toBe(3);
    expect(patient!.electronicPrescriptions.nodes.map((p) => [p.id, p.status])).toEqual([
      ['900011003', 'ISSUED'], ['900011002', 'EXPIRED'], ['900011001', 'DISPENSED'],
    ]);
    expect(patient!.electronicPrescriptions.nodes[2]).toEqual({
      id: '900011001', issuedOn: '2025-05-01', status: 'DISPENSED', issuingInstitution: { code: CLINIC_B.code }, issuingInstitutionName: CLINIC_B.name,
      dispensedOn: '2025-05-01', dispensingInstitution: { code: PHARMACY.code }, dispensingInstitutionName: PHARMACY.name,
      items: [
        { seq: 1, drugCode: DRUGS.amlodipine.code, drugName: DRUGS.amlodipine.name, dailyQuantity: 1, days: 28, asNeeded: false, drug: { code: DRUGS.amlodipine.code, route: 'ORAL' } },
        { seq: 2, drugCode: DRUGS.loxoprofen.code, drugName: DRUGS.loxoprofen.name, dailyQuantity: 1, days: 10, asNeeded: true, drug: { code: DRUGS.loxoprofen.code, route: 'ORAL' } },
      ],
    });
    expect(patient!.electronicPrescriptions.nodes[0]).toMatchObject({ dispensedOn: null, dispensingInstitution: null, dispensingInstitutionName: null });
    expect(other!.electronicPrescriptions.nodes.map((p) => p.status)).toEqual(['CANCELLED']);
    // page, total count, items: for both persons together
    expect(statements).toBe(3);
  });

  test('filters by status', async () => {
    const { response } = await harness.counted<PrescriptionsData>(PRESCRIPTIONS, { ...personEntities([PATIENT]), status: 'EXPIRED' });
    const connection = response.data!._entities[0]!.electronicPrescriptions;
    expect(connection.totalCount).toBe(1);
    expect(connection.nodes.map((p) => p.id)).toEqual(['900011002']);
  });

  test('pages with a keyset cursor', async () => {
    const first = await harness.query<PrescriptionsData>(PRESCRIPTIONS, { ...personEntities([PATIENT]), first: 2 });
    const page1 = first.data!._entities[0]!.electronicPrescriptions;
    expect(page1.nodes.map((p) => p.id)).toEqual(['900011003', '900011002']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await harness.query<PrescriptionsData>(PRESCRIPTIONS, { ...personEntities([PATIENT]), first: 2, after: page1.pageInfo.endCursor });
    const page2 = second.data!._entities[0]!.electronicPrescriptions;
    expect(page2.nodes.map((p) => p.id)).toEqual(['900011001']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  test('the number of statements does not grow with the number of persons', async () => {
    const { rows } = await harness.pool.query<{ id: string }>('SELECT DISTINCT person_id::text AS id FROM electronic_prescriptions ORDER BY 1 LIMIT 20');
    expect(rows.length).toBe(20);
    const one = await harness.counted<PrescriptionsData>(PRESCRIPTIONS, personEntities([rows[0]!.id]));
    const many = await harness.counted<PrescriptionsData>(PRESCRIPTIONS, personEntities(rows.map((r) => r.id)));
    expect(many.response.data!._entities).toHaveLength(20);
    expect(many.response.data!._entities.every((e) => e.electronicPrescriptions.totalCount > 0)).toBe(true);
    expect(many.statements).toBe(one.statements);
  });
});

describe('ElectronicPrescription and Drug entities', () => {
  const ENTITIES = `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on ElectronicPrescription { id status items { seq drugCode } }
        ... on Drug { code name ingredientName route asNeeded }
      }
    }`;

  test('resolves e-prescriptions by id and drugs by code, batched; unknown ones are null', async () => {
    const representations = [
      { __typename: 'ElectronicPrescription', id: '900011001' },
      { __typename: 'ElectronicPrescription', id: '900012001' },
      { __typename: 'ElectronicPrescription', id: '123' },
      { __typename: 'ElectronicPrescription', id: 'x' },
      { __typename: 'Drug', code: DRUGS.heparinoid.code },
      { __typename: 'Drug', code: '999999999' },
    ];
    const { response, statements } = await harness.counted<{ _entities: unknown[] }>(ENTITIES, { representations });
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual([
      { id: '900011001', status: 'DISPENSED', items: [{ seq: 1, drugCode: DRUGS.amlodipine.code }, { seq: 2, drugCode: DRUGS.loxoprofen.code }] },
      { id: '900012001', status: 'CANCELLED', items: [{ seq: 1, drugCode: DRUGS.amoxicillin.code }] },
      null,
      null,
      { code: DRUGS.heparinoid.code, name: DRUGS.heparinoid.name, ingredientName: 'ヘパリン類似物質', route: 'TOPICAL', asNeeded: false },
      null,
    ]);
    // e-prescriptions by id, drugs by code, items
    expect(statements).toBe(3);
  });

  test('Query.drug looks up the drug master', async () => {
    const found = await harness.query<{ drug: unknown }>('query ($code: String!) { drug(code: $code) { code name unit drugClass } }', { code: DRUGS.salbutamolInhaler.code });
    expect(found.data!.drug).toEqual({ code: DRUGS.salbutamolInhaler.code, name: DRUGS.salbutamolInhaler.name, unit: '瓶', drugClass: 'ANTI_ASTHMATIC' });
    const missing = await harness.query<{ drug: unknown }>('{ drug(code: "999999999") { code } }');
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.drug).toBeNull();
  });
});
