import { AccessContext } from '../../../common/src/access/access-context';
import { World } from '../../../data/src/world';
import { prescriptionsSubgraph, startPrescriptions } from '../../../subgraphs/prescriptions/src';
import { testAccessContext } from '../../support/access';
import { hoursAgo, insertConsent, OTHER_INSTITUTION, TEST_INSTITUTION } from '../../support/grants';
import { counted, SubgraphHarness, startSubgraph } from '../../support/subgraph';
import { denials } from '../common/field-policy/denials';

/**
 * The prescriptions subgraph with its field policy on, against PostgreSQL loaded with a small
 * world: 薬剤情報 and e-prescriptions open to an institution's qualified staff under the patient's
 * consent to medications (DOMAIN.md §4.1), the dispensing institution to the patient only (§5).
 * Consents are written straight into eligibility.grants.
 */
const TODAY = '2026-11-01';
const world = new World({ seed: 5, people: 60, asOf: TODAY });

const PERSON_MEDICATIONS = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Person {
      id
      medications(first: 100) { totalCount nodes { id dispensedOn drugName prescribingInstitutionName dispensingInstitution { code } dispensingInstitutionName } }
      electronicPrescriptions(first: 100) { totalCount nodes { id status issuingInstitutionName items { drugName } dispensingInstitution { code } dispensingInstitutionName } }
    }
  }
}`;

interface DispensingJson {
  readonly id: string;
  readonly dispensedOn: string | null;
  readonly drugName: string | null;
  readonly prescribingInstitutionName: string | null;
  readonly dispensingInstitution: { code: string } | null;
  readonly dispensingInstitutionName: string | null;
}

interface PrescriptionJson {
  readonly id: string;
  readonly status: string | null;
  readonly issuingInstitutionName: string | null;
  readonly items: Array<{ drugName: string | null }> | null;
  readonly dispensingInstitution: { code: string } | null;
  readonly dispensingInstitutionName: string | null;
}

interface PersonMedicationsJson {
  readonly _entities: Array<{
    id: string;
    medications: { totalCount: number; nodes: DispensingJson[] } | null;
    electronicPrescriptions: { totalCount: number; nodes: PrescriptionJson[] } | null;
  }>;
}

const patient = (personId: string): AccessContext => testAccessContext({ caller: { role: 'PATIENT', personId }, terminalId: null, terminalKind: null });
const CLERK = testAccessContext({ caller: { role: 'CLERK', institutionCode: TEST_INSTITUTION, qualification: 'CLERK' } });
const ANALYST = testAccessContext({ caller: { role: 'ANALYST' } });

let prescriptions: SubgraphHarness;
let consented: string;
let withoutConsent: string;
let consentedToOtherCategories: string;
let consentExpired: string;
let consentRevoked: string;
let consentedElsewhere: string;

beforeAll(async () => {
  prescriptions = await startSubgraph(prescriptionsSubgraph, { world, start: (options) => startPrescriptions({ ...options, today: () => TODAY }) });
  const { rows } = await prescriptions.pool.query<{ personId: string }>(
    `SELECT d.person_id::text AS "personId" FROM dispensings d
      WHERE EXISTS (SELECT 1 FROM electronic_prescriptions e WHERE e.person_id = d.person_id AND e.dispensing_institution_code IS NOT NULL)
      GROUP BY d.person_id ORDER BY d.person_id LIMIT 6`,
  );
  expect(rows).toHaveLength(6);
  [consented, withoutConsent, consentedToOtherCategories, consentExpired, consentRevoked, consentedElsewhere] = rows.map((row) => row.personId) as [
    string, string, string, string, string, string,
  ];
  await insertConsent(prescriptions.pool, { personId: consented, categories: ['MEDICATIONS'] });
  await insertConsent(prescriptions.pool, { personId: consentedToOtherCategories, categories: ['CHECKUPS', 'MEDICAL_CARE'] });
  await insertConsent(prescriptions.pool, { personId: consentExpired, categories: ['MEDICATIONS'], grantedAt: hoursAgo(25) });
  await insertConsent(prescriptions.pool, { personId: consentRevoked, categories: ['MEDICATIONS'], grantedAt: hoursAgo(2), revokedAt: hoursAgo(1) });
  await insertConsent(prescriptions.pool, { personId: consentedElsewhere, categories: ['MEDICATIONS'], institutionCode: OTHER_INSTITUTION });
});

afterAll(async () => {
  await prescriptions?.close();
});

const medicationsOf = (personId: string, access?: AccessContext) =>
  prescriptions.query<PersonMedicationsJson>(PERSON_MEDICATIONS, { representations: [{ __typename: 'Person', id: personId }] }, access);
const bothDenied = (reason: string): Record<string, string> => ({ '_entities.0.medications': reason, '_entities.0.electronicPrescriptions': reason });

describe('prescriptions field policy: a physician at an institution', () => {
  test('without consent, the person’s medications and e-prescriptions are null with FORBIDDEN CONSENT_REQUIRED, and only the consent registry is read', async () => {
    const { response, statements } = await counted(prescriptions, () => medicationsOf(withoutConsent));
    expect(response.data).toEqual({ _entities: [{ id: withoutConsent, medications: null, electronicPrescriptions: null }] });
    expect(denials(response)).toEqual(bothDenied('CONSENT_REQUIRED'));
    // The person's grants in force and their ended consent, if any: no statement on the dispensings.
    expect(statements).toBe(2);
  });

  test('with consent to medications, they are served, but the dispensing institution is FORBIDDEN PATIENT_ONLY', async () => {
    const response = await medicationsOf(consented);
    const { medications, electronicPrescriptions } = response.data!._entities[0]!;
    expect(medications!.nodes.length).toBeGreaterThan(0);
    expect(electronicPrescriptions!.nodes.length).toBeGreaterThan(0);
    for (const dispensing of medications!.nodes) {
      expect(dispensing).toMatchObject({ drugName: expect.any(String), prescribingInstitutionName: expect.any(String), dispensingInstitution: null, dispensingInstitutionName: null });
    }
    for (const prescription of electronicPrescriptions!.nodes) {
      expect(prescription).toMatchObject({ status: expect.any(String), issuingInstitutionName: expect.any(String), dispensingInstitution: null, dispensingInstitutionName: null });
    }
    const patientOnly = (list: string, count: number) =>
      Array.from({ length: count }, (_, index) => [
        [`_entities.0.${list}.nodes.${index}.dispensingInstitution`, 'PATIENT_ONLY'],
        [`_entities.0.${list}.nodes.${index}.dispensingInstitutionName`, 'PATIENT_ONLY'],
      ]).flat();
    expect(denials(response)).toEqual(
      Object.fromEntries([...patientOnly('medications', medications!.nodes.length), ...patientOnly('electronicPrescriptions', electronicPrescriptions!.nodes.length)]),
    );
  });

  test.each([
    ['consent to other categories only', 'CONSENT_REQUIRED', () => consentedToOtherCategories],
    ['consent given 25 hours ago', 'CONSENT_EXPIRED', () => consentExpired],
    ['a revoked consent', 'CONSENT_REQUIRED', () => consentRevoked],
    ['consent given at another institution', 'CONSENT_REQUIRED', () => consentedElsewhere],
  ])('with %s, medications and e-prescriptions are FORBIDDEN %s', async (_label, reason, person) => {
    const response = await medicationsOf(person());
    expect(response.data).toEqual({ _entities: [{ id: person(), medications: null, electronicPrescriptions: null }] });
    expect(denials(response)).toEqual(bothDenied(reason));
  });

  test('a representation whose id no person can have is denied as ungranted, not answered with an error of the consent registry', async () => {
    const response = await medicationsOf('not-a-person');
    expect(response.data).toEqual({ _entities: [{ id: 'not-a-person', medications: null, electronicPrescriptions: null }] });
    expect(denials(response)).toEqual(bothDenied('CONSENT_REQUIRED'));
  });
});

describe('prescriptions field policy: the patient (citizen portal)', () => {
  test('sees their own medications and e-prescriptions, with the dispensing institution', async () => {
    const response = await medicationsOf(withoutConsent, patient(withoutConsent));
    expect(denials(response)).toEqual({});
    const { medications, electronicPrescriptions } = response.data!._entities[0]!;
    expect(medications!.nodes.length).toBeGreaterThan(0);
    expect(medications!.nodes.every((dispensing) => typeof dispensing.dispensingInstitutionName === 'string' && dispensing.dispensingInstitution !== null)).toBe(true);
    expect(electronicPrescriptions!.nodes.some((prescription) => typeof prescription.dispensingInstitutionName === 'string')).toBe(true);
  });

  test('is refused another person’s: NOT_OWN_RECORD', async () => {
    const response = await medicationsOf(consented, patient(withoutConsent));
    expect(response.data).toEqual({ _entities: [{ id: consented, medications: null, electronicPrescriptions: null }] });
    expect(denials(response)).toEqual(bothDenied('NOT_OWN_RECORD'));
  });
});

describe('prescriptions field policy: other callers', () => {
  test('a reception clerk gets QUALIFICATION_REQUIRED, even under the patient’s consent', async () => {
    const response = await medicationsOf(consented, CLERK);
    expect(denials(response)).toEqual(bothDenied('QUALIFICATION_REQUIRED'));
  });

  test('an analyst gets NO_PERSON_ACCESS, and no statement runs for it', async () => {
    const { response, statements } = await counted(prescriptions, () => medicationsOf(consented, ANALYST));
    expect(denials(response)).toEqual(bothDenied('NO_PERSON_ACCESS'));
    expect(statements).toBe(0);
  });
});
