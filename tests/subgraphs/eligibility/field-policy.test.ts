import { AccessContext } from '../../../common/src/access/access-context';
import { World } from '../../../data/src/world';
import { eligibilitySubgraph } from '../../../subgraphs/eligibility/src';
import { testAccessContext } from '../../support/access';
import { insertConsent } from '../../support/grants';
import { counted, SubgraphHarness, startSubgraph } from '../../support/subgraph';
import { denials } from '../common/field-policy/denials';

/**
 * The eligibility subgraph with its field policy on, against PostgreSQL loaded with a small
 * world: eligibility (coverage) is for every member of an institution's staff with no consent
 * (DOMAIN.md §3, §4.1), the card certificates for the patient only, an institution's terminals
 * and staff for that institution (and the operator), reference data for anyone.
 */
const AS_OF = '2026-11-01';
const world = new World({ seed: 5, people: 60, asOf: AS_OF });

const PERSON = `query ($id: ID!) {
  person(id: $id) {
    id name { kanji } birthDate address { municipality }
    qualifications { totalCount nodes { id insurerNumber number person { id } } }
    cardCertificates { kind active }
  }
}`;

const ROSTER = `query ($code: String!) { institution(code: $code) { code name terminals { id kind } staff { id name } } }`;

const BY_INSURANCE = `query ($input: InsuranceEligibilityInput!) {
  eligibilityByInsurance(input: $input) { status matchCount qualification { id } person { id name { kanji } } }
}`;

interface PersonJson {
  readonly id: string;
  readonly name: { kanji: string | null } | null;
  readonly birthDate: string | null;
  readonly address: { municipality: string | null } | null;
  readonly qualifications: { totalCount: number; nodes: Array<{ id: string; insurerNumber: string; number: string; person: { id: string } }> } | null;
  readonly cardCertificates: Array<{ kind: string; active: boolean }> | null;
}

interface Insured {
  readonly personId: string;
  readonly nameKanji: string;
  readonly qualifications: number;
  readonly certificates: number;
  readonly insurerNumber: string;
  readonly symbol: string;
  readonly number: string;
  readonly branch: string;
}

const staffAt = (institutionCode: string, role: 'CLERK' | 'PHYSICIAN'): AccessContext =>
  testAccessContext({ caller: { role, institutionCode, qualification: role } });
const patient = (personId: string): AccessContext => testAccessContext({ caller: { role: 'PATIENT', personId }, terminalId: null, terminalKind: null });
const ANALYST = testAccessContext({ caller: { role: 'ANALYST' } });
const OPERATOR = testAccessContext({ caller: { role: 'OPERATOR' } });

let eligibility: SubgraphHarness;
/** A person with a qualification in force and certificates; another person. */
let insured: Insured;
let other: Insured;
/** Two institutions with terminals and staff; the callers work at the first. */
let institution: string;
let otherInstitution: string;

beforeAll(async () => {
  eligibility = await startSubgraph(eligibilitySubgraph, { world });
  const { rows } = await eligibility.pool.query<Insured>(
    `SELECT p.id::text AS "personId", p.name_kanji AS "nameKanji",
            (SELECT count(*)::int FROM qualifications a WHERE a.person_id = p.id) AS qualifications,
            (SELECT count(*)::int FROM card_certificates c WHERE c.person_id = p.id) AS certificates,
            q.insurer_number AS "insurerNumber", q.symbol, q.number, q.branch
       FROM people p JOIN qualifications q ON q.person_id = p.id
      WHERE q.acquired_on <= $1::date AND (q.lost_on IS NULL OR q.lost_on > $1::date)
        AND EXISTS (SELECT 1 FROM card_certificates c WHERE c.person_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM qualifications o WHERE o.id <> q.id AND (o.insurer_number, o.symbol, o.number, o.branch) = (q.insurer_number, q.symbol, q.number, q.branch))
      ORDER BY p.id LIMIT 2`,
    [AS_OF],
  );
  expect(rows).toHaveLength(2);
  [insured, other] = rows as [Insured, Insured];
  const institutions = await eligibility.pool.query<{ code: string }>(
    `SELECT t.institution_code AS code FROM terminals t WHERE EXISTS (SELECT 1 FROM staff s WHERE s.institution_code = t.institution_code)
      GROUP BY t.institution_code ORDER BY t.institution_code LIMIT 2`,
  );
  expect(institutions.rows).toHaveLength(2);
  [institution, otherInstitution] = institutions.rows.map((row) => row.code) as [string, string];
});

afterAll(async () => {
  await eligibility?.close();
});

const personAs = (personId: string, access: AccessContext) => eligibility.query<{ person: PersonJson }>(PERSON, { id: personId }, access);

describe('eligibility field policy: institution staff', () => {
  test.each(['CLERK', 'PHYSICIAN'] as const)('a %s sees the person’s eligibility with no consent given, and no grant is read for it', async (role) => {
    expect((await eligibility.pool.query(`SELECT 1 FROM grants WHERE person_id = $1`, [insured.personId])).rowCount).toBe(0);
    const { response, statements } = await counted(eligibility, () => personAs(insured.personId, staffAt(institution, role)));
    const person = response.data!.person;
    expect(person).toMatchObject({ id: insured.personId, name: { kanji: insured.nameKanji }, birthDate: expect.any(String), address: { municipality: expect.any(String) } });
    expect(person.qualifications!.totalCount).toBe(insured.qualifications);
    expect(person.qualifications!.nodes.every((qualification) => qualification.person.id === insured.personId)).toBe(true);
    // The person, a page of their qualifications and its count (Qualification.person is the person loaded already): no statement on the grants.
    expect(statements).toBe(3);
    expect(person.cardCertificates).toBeNull();
    expect(denials(response)).toEqual({ 'person.cardCertificates': 'PATIENT_ONLY' });
  });

  test('the card certificates stay the patient’s even under their consent to everything', async () => {
    await insertConsent(eligibility.pool, { personId: other.personId, categories: ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'], institutionCode: institution });
    const response = await personAs(other.personId, staffAt(institution, 'PHYSICIAN'));
    expect(response.data!.person.name).toEqual({ kanji: other.nameKanji });
    expect(denials(response)).toEqual({ 'person.cardCertificates': 'PATIENT_ONLY' });
  });

  test('a reception clerk confirms eligibility by insurance numbers: the qualification and its person', async () => {
    const response = await eligibility.query<{ eligibilityByInsurance: { status: string; person: { id: string; name: { kanji: string } } } }>(
      BY_INSURANCE,
      { input: { insurerNumber: insured.insurerNumber, symbol: insured.symbol || null, number: insured.number, branch: insured.branch, asOf: AS_OF } },
      staffAt(institution, 'CLERK'),
    );
    expect(denials(response)).toEqual({});
    expect(response.data!.eligibilityByInsurance).toMatchObject({ status: 'VALID', person: { id: insured.personId, name: { kanji: insured.nameKanji } } });
  });

  test('staff see their own institution’s terminals and staff, another institution’s are NOT_OWN_RECORD (its name is public)', async () => {
    const own = await eligibility.query<{ institution: { terminals: unknown[]; staff: unknown[] } }>(ROSTER, { code: institution }, staffAt(institution, 'CLERK'));
    expect(denials(own)).toEqual({});
    expect(own.data!.institution.terminals.length).toBeGreaterThan(0);
    expect(own.data!.institution.staff.length).toBeGreaterThan(0);

    const elsewhere = await eligibility.query<{ institution: { name: string; terminals: null; staff: null } }>(ROSTER, { code: otherInstitution }, staffAt(institution, 'CLERK'));
    expect(elsewhere.data!.institution).toEqual({ code: otherInstitution, name: expect.any(String), terminals: null, staff: null });
    expect(denials(elsewhere)).toEqual({ 'institution.terminals': 'NOT_OWN_RECORD', 'institution.staff': 'NOT_OWN_RECORD' });
  });
});

describe('eligibility field policy: the patient (citizen portal)', () => {
  test('sees their own record, card certificates included', async () => {
    const response = await personAs(insured.personId, patient(insured.personId));
    expect(denials(response)).toEqual({});
    const person = response.data!.person;
    expect(person.name).toEqual({ kanji: insured.nameKanji });
    expect(person.qualifications!.totalCount).toBe(insured.qualifications);
    expect(person.cardCertificates).toHaveLength(insured.certificates);
  });

  test('is refused another person’s record: NOT_OWN_RECORD', async () => {
    const response = await personAs(other.personId, patient(insured.personId));
    expect(response.data!.person).toEqual({ id: other.personId, name: null, birthDate: null, address: null, qualifications: null, cardCertificates: null });
    expect(denials(response)).toEqual(
      Object.fromEntries(['name', 'birthDate', 'address', 'qualifications', 'cardCertificates'].map((field) => [`person.${field}`, 'NOT_OWN_RECORD'])),
    );
  });

  test('is not shown an institution’s terminals and staff: ROLE_NOT_PERMITTED', async () => {
    const response = await eligibility.query(ROSTER, { code: institution }, patient(insured.personId));
    expect(denials(response)).toEqual({ 'institution.terminals': 'ROLE_NOT_PERMITTED', 'institution.staff': 'ROLE_NOT_PERMITTED' });
  });
});

describe('eligibility field policy: internal users', () => {
  test('an analyst gets NO_PERSON_ACCESS for every field of a person', async () => {
    const response = await personAs(insured.personId, ANALYST);
    expect(response.data!.person).toEqual({ id: insured.personId, name: null, birthDate: null, address: null, qualifications: null, cardCertificates: null });
    expect(denials(response)).toEqual(
      Object.fromEntries(['name', 'birthDate', 'address', 'qualifications', 'cardCertificates'].map((field) => [`person.${field}`, 'NO_PERSON_ACCESS'])),
    );
  });

  test('the operator sees any institution’s terminals and staff', async () => {
    const response = await eligibility.query<{ institution: { terminals: unknown[]; staff: unknown[] } }>(ROSTER, { code: otherInstitution }, OPERATOR);
    expect(denials(response)).toEqual({});
    expect(response.data!.institution.terminals.length).toBeGreaterThan(0);
  });
});
