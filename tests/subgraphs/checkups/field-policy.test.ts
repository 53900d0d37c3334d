import { AccessContext } from '../../../common/src/access/access-context';
import { World } from '../../../data/src/world';
import { checkupsSubgraph } from '../../../subgraphs/checkups/src';
import { testAccessContext } from '../../support/access';
import { hoursAgo, insertConsent, OTHER_INSTITUTION, TEST_INSTITUTION } from '../../support/grants';
import { counted, SubgraphHarness, startSubgraph } from '../../support/subgraph';
import { denials } from '../common/field-policy/denials';

/**
 * The checkups subgraph with its field policy on, against PostgreSQL loaded with a small world:
 * 特定健診情報 opens to an institution's qualified staff under the patient's consent to checkups
 * (DOMAIN.md §4.1, §5), and to the patient. Consents are written straight into eligibility.grants.
 */
const world = new World({ seed: 5, people: 60, asOf: '2026-11-01' });

const PERSON_CHECKUPS = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Person { id checkups(first: 50) { totalCount nodes { id examinedOn fiscalYear kind items { bmi systolicBp } guidance { level } } } }
  }
}`;

const CHECKUP = `query ($id: ID!) { checkup(id: $id) { id examinedOn fiscalYear kind items { bmi } guidance { level } } }`;

interface CheckupJson {
  readonly id: string;
  readonly examinedOn: string | null;
  readonly fiscalYear: number | null;
  readonly kind: string | null;
  readonly items: { bmi: number | null } | null;
  readonly guidance: { level: string } | null;
}

interface PersonCheckupsJson {
  readonly _entities: Array<{ id: string; checkups: { totalCount: number; nodes: CheckupJson[] } | null }>;
}

interface Examined {
  readonly personId: string;
  /** The person's newest checkup. */
  readonly checkupId: string;
  readonly checkups: number;
}

const patient = (personId: string): AccessContext => testAccessContext({ caller: { role: 'PATIENT', personId }, terminalId: null, terminalKind: null });
const CLERK = testAccessContext({ caller: { role: 'CLERK', institutionCode: TEST_INSTITUTION, qualification: 'CLERK' } });
const ANALYST = testAccessContext({ caller: { role: 'ANALYST' } });

let checkups: SubgraphHarness;
let consented: Examined;
let withoutConsent: Examined;
let consentedToOtherCategories: Examined;
let consentExpired: Examined;
let consentRevoked: Examined;
let consentedElsewhere: Examined;

beforeAll(async () => {
  checkups = await startSubgraph(checkupsSubgraph, { world });
  const { rows } = await checkups.pool.query<Examined>(
    `SELECT person_id::text AS "personId", (array_agg(id::text ORDER BY examined_on DESC, id DESC))[1] AS "checkupId", count(*)::int AS checkups
       FROM checkups GROUP BY person_id ORDER BY person_id LIMIT 6`,
  );
  expect(rows).toHaveLength(6);
  [consented, withoutConsent, consentedToOtherCategories, consentExpired, consentRevoked, consentedElsewhere] = rows as [Examined, Examined, Examined, Examined, Examined, Examined];
  await insertConsent(checkups.pool, { personId: consented.personId, categories: ['CHECKUPS'] });
  await insertConsent(checkups.pool, { personId: consentedToOtherCategories.personId, categories: ['MEDICATIONS', 'MEDICAL_CARE'] });
  await insertConsent(checkups.pool, { personId: consentExpired.personId, categories: ['CHECKUPS'], grantedAt: hoursAgo(25) });
  await insertConsent(checkups.pool, { personId: consentRevoked.personId, categories: ['CHECKUPS'], grantedAt: hoursAgo(2), revokedAt: hoursAgo(1) });
  await insertConsent(checkups.pool, { personId: consentedElsewhere.personId, categories: ['CHECKUPS'], institutionCode: OTHER_INSTITUTION });
});

afterAll(async () => {
  await checkups?.close();
});

const checkupsOf = (personId: string, access?: AccessContext) =>
  checkups.query<PersonCheckupsJson>(PERSON_CHECKUPS, { representations: [{ __typename: 'Person', id: personId }] }, access);
const checkupAs = (checkupId: string, access?: AccessContext) => checkups.query<{ checkup: CheckupJson }>(CHECKUP, { id: checkupId }, access);
const withheld = (checkupId: string): CheckupJson => ({ id: checkupId, examinedOn: null, fiscalYear: null, kind: null, items: null, guidance: null });
const checkupDenied = (reason: string): Record<string, string> =>
  Object.fromEntries(['examinedOn', 'fiscalYear', 'kind', 'items', 'guidance'].map((field) => [`checkup.${field}`, reason]));

describe('checkups field policy: a physician at an institution', () => {
  test('without consent, the person’s checkups are null with FORBIDDEN CONSENT_REQUIRED, and only the consent registry is read', async () => {
    const { response, statements } = await counted(checkups, () => checkupsOf(withoutConsent.personId));
    expect(response.data).toEqual({ _entities: [{ id: withoutConsent.personId, checkups: null }] });
    expect(denials(response)).toEqual({ '_entities.0.checkups': 'CONSENT_REQUIRED' });
    // The person's grants in force and their ended consent, if any: no statement on the checkups.
    expect(statements).toBe(2);
  });

  test('without consent, a checkup read by id shows none of its fields: CONSENT_REQUIRED', async () => {
    const response = await checkupAs(withoutConsent.checkupId);
    expect(response.data!.checkup).toEqual(withheld(withoutConsent.checkupId));
    expect(denials(response)).toEqual(checkupDenied('CONSENT_REQUIRED'));
  });

  test('with consent to checkups, the person’s checkups are served whole', async () => {
    const response = await checkupsOf(consented.personId);
    expect(denials(response)).toEqual({});
    const served = response.data!._entities[0]!.checkups!;
    expect(served.totalCount).toBe(consented.checkups);
    expect(served.nodes[0]!.id).toBe(consented.checkupId);
    for (const checkup of served.nodes) {
      expect(checkup.examinedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(checkup.items).toEqual({ bmi: expect.any(Number), systolicBp: expect.any(Number) });
      expect(checkup.guidance).toEqual({ level: expect.any(String) });
    }
  });

  test.each([
    ['consent to other categories only', 'CONSENT_REQUIRED', () => consentedToOtherCategories],
    ['consent given 25 hours ago', 'CONSENT_EXPIRED', () => consentExpired],
    ['a revoked consent', 'CONSENT_REQUIRED', () => consentRevoked],
    ['consent given at another institution', 'CONSENT_REQUIRED', () => consentedElsewhere],
  ])('with %s, the checkups are FORBIDDEN %s', async (_label, reason, examined) => {
    const { personId, checkupId } = examined();
    const listed = await checkupsOf(personId);
    expect(listed.data).toEqual({ _entities: [{ id: personId, checkups: null }] });
    expect(denials(listed)).toEqual({ '_entities.0.checkups': reason });
    const byId = await checkupAs(checkupId);
    expect(byId.data!.checkup).toEqual(withheld(checkupId));
    expect(denials(byId)).toEqual(checkupDenied(reason));
  });
});

describe('checkups field policy: the patient (citizen portal)', () => {
  test('sees their own checkups', async () => {
    const response = await checkupsOf(withoutConsent.personId, patient(withoutConsent.personId));
    expect(denials(response)).toEqual({});
    expect(response.data!._entities[0]!.checkups!.totalCount).toBe(withoutConsent.checkups);
    expect(response.data!._entities[0]!.checkups!.nodes[0]).toMatchObject({ id: withoutConsent.checkupId, items: { bmi: expect.any(Number) } });
  });

  test('is refused another person’s checkups: NOT_OWN_RECORD', async () => {
    const listed = await checkupsOf(consented.personId, patient(withoutConsent.personId));
    expect(listed.data).toEqual({ _entities: [{ id: consented.personId, checkups: null }] });
    expect(denials(listed)).toEqual({ '_entities.0.checkups': 'NOT_OWN_RECORD' });
    const byId = await checkupAs(consented.checkupId, patient(withoutConsent.personId));
    expect(denials(byId)).toEqual(checkupDenied('NOT_OWN_RECORD'));
  });
});

describe('checkups field policy: other callers', () => {
  test('a reception clerk gets QUALIFICATION_REQUIRED, even under the patient’s consent', async () => {
    const response = await checkupsOf(consented.personId, CLERK);
    expect(response.data).toEqual({ _entities: [{ id: consented.personId, checkups: null }] });
    expect(denials(response)).toEqual({ '_entities.0.checkups': 'QUALIFICATION_REQUIRED' });
  });

  test('an analyst gets NO_PERSON_ACCESS, and no statement runs for it', async () => {
    const { response, statements } = await counted(checkups, () => checkupsOf(consented.personId, ANALYST));
    expect(denials(response)).toEqual({ '_entities.0.checkups': 'NO_PERSON_ACCESS' });
    expect(statements).toBe(0);
  });
});
