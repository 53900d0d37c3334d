import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningGateway, startGateway } from '../../gateway/src/gateway';
import { composeSupergraph } from '../../tools/compose';
import { GraphQLResponse, postGraphQL } from '../support/graphql';
import { startTestStack, TEST_AS_OF, TestStack } from '../support/stack';

/**
 * The access policy (DOMAIN.md §3–§5) per persona, end to end: development tokens, the gateway
 * over HTTP, the four subgraphs, the consent registry in PostgreSQL. That a subgraph called
 * without the gateway's signed access context refuses is shown in
 * tests/subgraphs/common/signed-context-required.test.ts and tests/gateway/authentication.e2e.test.ts.
 */

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PEOPLE = 150;

type Headers = Record<string, string>;

/** Each error of a response by its path: the reason of a FORBIDDEN, the code of anything else (so it shows in a comparison). */
const deniedAt = (response: GraphQLResponse<unknown>): Record<string, string> =>
  Object.fromEntries(
    (response.errors ?? []).map((error) => [
      (error.path ?? []).join('.'),
      String(error.extensions?.code === 'FORBIDDEN' ? error.extensions.reason : error.extensions?.code),
    ]),
  );

/** `{ [prefix.i.field]: reason }` for each index of `items` and each field. */
const atEach = (prefix: string, items: readonly unknown[], fields: readonly string[], reason: string): Record<string, string> =>
  Object.fromEntries(items.flatMap((_, index) => fields.map((field) => [`${prefix}.${index}.${field}`, reason])));

const sorted = <T>(values: readonly T[]): T[] => [...values].sort();

/**
 * Whom the rules here read: a person with a certificate in force (to sign in and to consent with,
 * on the data set's day and today), claims, dispensings and checkups.
 */
const WITH_CERTIFICATE_AND_RECORDS = `EXISTS (SELECT 1 FROM eligibility.card_certificates cc WHERE cc.person_id = p.id AND cc.revoked_on IS NULL
      AND cc.issued_on <= least($1::date, now()::date) AND greatest($1::date, now()::date) < cc.expires_on)
  AND EXISTS (SELECT 1 FROM receipts.claims c WHERE c.person_id = p.id)
  AND EXISTS (SELECT 1 FROM prescriptions.dispensings d WHERE d.person_id = p.id)
  AND EXISTS (SELECT 1 FROM checkups.checkups k WHERE k.person_id = p.id)`;

/** People of WITH_CERTIFICATE_AND_RECORDS insured today under numbers that name them alone; by id, so each run picks the same. */
async function insuredPeopleWithRecords(t: TestStack): Promise<string[]> {
  const rows = await t.sql<{ id: string }>(
    `SELECT p.id::text AS id FROM eligibility.people p
      WHERE ${WITH_CERTIFICATE_AND_RECORDS}
        AND EXISTS (SELECT 1 FROM eligibility.qualifications q WHERE q.person_id = p.id AND q.lost_on IS NULL
          AND (SELECT count(*) FROM eligibility.qualifications o
                WHERE (o.insurer_number, o.symbol, o.number, o.branch) IS NOT DISTINCT FROM (q.insurer_number, q.symbol, q.number, q.branch)) = 1)
      ORDER BY p.id`,
    [TEST_AS_OF],
  );
  return rows.map((row) => row.id);
}

/** The lines the two views of a claim treat differently (DOMAIN.md §5): `[table, condition]`, `x` a line of claim `c`. */
const LINE_KINDS: ReadonlyArray<readonly [string, string]> = [
  ['claim_diagnoses', 'x.told'],
  ['claim_diagnoses', 'NOT x.told'],
  ['claim_procedures', 'x.care_category IS NOT NULL'],
  ['claim_procedures', 'x.care_category IS NULL'],
  ['claim_remarks', "x.kind = 'BILLED_ITEM'"],
  ['claim_remarks', "x.kind = 'COMMENT'"],
];
const claimHasLine = ([table, condition]: readonly [string, string]) => `EXISTS (SELECT 1 FROM receipts.${table} x WHERE x.claim_id = c.id AND ${condition})`;

/** The first person of WITH_CERTIFICATE_AND_RECORDS whose claims have every kind of line of LINE_KINDS. */
async function personWithEveryKindOfLine(t: TestStack): Promise<string> {
  const everyKind = LINE_KINDS.map((kind) => `EXISTS (SELECT 1 FROM receipts.claims c WHERE c.person_id = p.id AND ${claimHasLine(kind)})`);
  const rows = await t.sql<{ id: string }>(
    `SELECT p.id::text AS id FROM eligibility.people p WHERE ${WITH_CERTIFICATE_AND_RECORDS} AND ${everyKind.join(' AND ')} ORDER BY p.id LIMIT 1`,
    [TEST_AS_OF],
  );
  if (!rows[0]) throw new Error('the data set has no person whose claims have every kind of line');
  return rows[0].id;
}

/** Of the person's claims, the one with the most kinds of line of LINE_KINDS. */
async function claimWithMostKindsOfLine(t: TestStack, personId: string): Promise<string> {
  const score = LINE_KINDS.map((kind) => `${claimHasLine(kind)}::int`).join(' + ');
  const rows = await t.sql<{ id: string }>(`SELECT c.id::text AS id FROM receipts.claims c WHERE c.person_id = $1 ORDER BY ${score} DESC, c.id LIMIT 1`, [personId]);
  return rows[0]!.id;
}

/** For each claim of the person, the sorted `column` of its lines in `table` that meet `condition`. */
async function linesByClaim(t: TestStack, personId: string, table: string, column: string, condition = 'true'): Promise<Record<string, string[]>> {
  const rows = await t.sql<{ claim: string; lines: string[] }>(
    `SELECT c.id::text AS claim, coalesce(array_agg(x.${column}::text ORDER BY x.${column}) FILTER (WHERE x.claim_id IS NOT NULL AND ${condition}), '{}') AS lines
       FROM receipts.claims c LEFT JOIN receipts.${table} x ON x.claim_id = c.id
      WHERE c.person_id = $1 GROUP BY c.id`,
    [personId],
  );
  return Object.fromEntries(rows.map((row) => [row.claim, row.lines]));
}

/** A consent to every category at the clerk's (and physician's) hospital, given `age` ago, written as a card reader's report leaves it. */
async function consentGivenAgo(t: TestStack, personId: string, age: string): Promise<void> {
  const clerk = t.persona('clerk');
  await t.sql(
    `INSERT INTO eligibility.grants (person_id, basis, institution_code, categories, verification, terminal_id, granted_at, expires_at)
     VALUES ($1, 'CONSENT', $2, ARRAY['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'], 'CARD_FACE', $3, now() - $4::interval, now() - $4::interval + interval '24 hours')`,
    [personId, clerk.institution, clerk.terminal, age],
  );
}

/** revokeConsent through the gateway, as the hospital's reception (the clerk persona) withdraws it. */
async function revokeConsent(t: TestStack, grantId: string): Promise<GraphQLResponse<unknown>> {
  return postGraphQL(t.url, 'mutation($grant: ID!, $institution: String!) { revokeConsent(grantId: $grant, institutionCode: $institution) { id revokedAt } }', {
    grant: grantId,
    institution: t.persona('clerk').institution,
  }, await t.authorization('clerk'));
}

interface ClaimLinesData {
  readonly id: string;
  readonly totalPoints: number | null;
  readonly diagnoses: Array<{ code: string }> | null;
  readonly procedures: Array<{ code: string }> | null;
  readonly remarks: Array<{ kind: string; text: string }> | null;
}

interface PersonData {
  readonly person: {
    readonly name: { kanji: string } | null;
    readonly birthDate: string | null;
    readonly currentQualification: { insurerNumber: string } | null;
    readonly claims: { nodes: ClaimLinesData[] } | null;
    readonly medications: { nodes: Array<{ drugName: string | null; dispensingInstitutionName: string | null }> } | null;
    readonly checkups: { nodes: Array<{ examinedOn: string | null }> } | null;
  } | null;
}

/** One person across the four subgraphs: eligibility, claims with their lines, medications, checkups. */
const PERSON_RECORD = `query($id: ID!) {
  person(id: $id) {
    name { kanji } birthDate currentQualification { insurerNumber }
    claims(first: 100) { nodes { id totalPoints diagnoses { code } procedures { code } remarks { kind text } } }
    medications(first: 100) { nodes { drugName dispensingInstitutionName } }
    checkups(first: 100) { nodes { examinedOn } }
  }
}`;

/** Every medical field PERSON_RECORD asks for, by path, denied for one reason. */
const medicalDenied = (reason: string): Record<string, string> => ({ 'person.claims': reason, 'person.medications': reason, 'person.checkups': reason });

interface ClaimData {
  readonly claim: {
    readonly treatmentMonth: string | null;
    readonly patientName: string | null;
    readonly totalPoints: number | null;
    readonly insurer: { number: string; benefitRatio: number } | null;
    readonly insured: { number: string } | null;
    readonly meals: { count: number; amountYen: number } | null;
    readonly remarks: Array<{ kind: string; text: string }> | null;
    readonly diagnoses: Array<{ code: string; toldToPatient: boolean }> | null;
    readonly procedures: Array<{ code: string; careCategory: string | null; points: number | null }> | null;
  } | null;
}

const CLAIM = `query($id: ID!) {
  claim(id: $id) {
    treatmentMonth patientName totalPoints insurer { number benefitRatio } insured { number } meals { count amountYen }
    remarks { kind text } diagnoses { code toldToPatient } procedures { code careCategory points }
  }
}`;

describe('the access policy per persona, through the gateway', () => {
  let t: TestStack;
  let people: string[];
  /** Whose claims have told and untold diagnoses, listed and unlisted procedures, billed items and comments. */
  let reader: string;

  /** The next person of the data set no other rule here has used: each rule starts from a person with no consent. */
  const unusedPerson = (): string => {
    const next = people.shift();
    if (!next) throw new Error('the data set has too few people with records for these tests');
    return next;
  };

  beforeAll(async () => {
    t = await startTestStack({ people: PEOPLE });
    people = await insuredPeopleWithRecords(t);
    reader = await personWithEveryKindOfLine(t);
    people = people.filter((id) => id !== reader);
  });
  afterAll(async () => t?.stop());

  const ask = async <T>(query: string, variables: Record<string, unknown>, headers: Headers) => postGraphQL<T>(t.url, query, variables, headers);

  describe('the same claim: the patient reads the itemized statement, the physician the institution view (DOMAIN.md §5)', () => {
    let claimId: string;

    beforeAll(async () => {
      claimId = await claimWithMostKindsOfLine(t, reader);
      await t.recordConsent(reader, ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE']);
    });

    it('the patient sees points, insurer, insured, meals and every procedure, remarks of billed items only, and no diagnoses', async () => {
      const [row] = await t.sql<{ total_points: number; insurer_number: string; benefit_ratio: number; insured_number: string; meal_count: number; meal_amount_yen: number }>(
        'SELECT total_points, insurer_number, benefit_ratio, insured_number, meal_count, meal_amount_yen FROM receipts.claims WHERE id = $1',
        [claimId],
      );
      const procedures = await linesByClaim(t, reader, 'claim_procedures', 'code');
      const billedItems = await linesByClaim(t, reader, 'claim_remarks', 'text', "x.kind = 'BILLED_ITEM'");
      const comments = await linesByClaim(t, reader, 'claim_remarks', 'text', "x.kind = 'COMMENT'");
      expect(Object.values(comments).flat().length).toBeGreaterThan(0);
      const patient = await t.patientAuthorization(reader);

      const one = await ask<ClaimData>(CLAIM, { id: claimId }, patient);
      expect(one.data?.claim).toMatchObject({
        totalPoints: row!.total_points,
        insurer: { number: row!.insurer_number, benefitRatio: row!.benefit_ratio },
        insured: { number: row!.insured_number },
        meals: { count: row!.meal_count, amountYen: row!.meal_amount_yen },
        diagnoses: null,
      });
      expect(one.data?.claim?.treatmentMonth).toMatch(/^\d{4}-\d{2}$/);
      expect(sorted(one.data?.claim?.procedures?.map((p) => p.code) ?? [])).toEqual(procedures[claimId]);
      expect(one.data?.claim?.procedures?.every((p) => p.points !== null)).toBe(true);
      expect(one.data?.claim?.remarks?.every((r) => r.kind === 'BILLED_ITEM')).toBe(true);
      expect(sorted(one.data?.claim?.remarks?.map((r) => r.text) ?? [])).toEqual(billedItems[claimId]);
      expect(deniedAt(one)).toEqual({ 'claim.diagnoses': 'NOT_IN_PATIENT_VIEW' });

      const all = await ask<PersonData>(PERSON_RECORD, { id: reader }, patient);
      const claims = all.data?.person?.claims?.nodes ?? [];
      expect(claims.map((c) => c.id).sort()).toEqual(Object.keys(procedures).sort());
      expect(Object.fromEntries(claims.map((c) => [c.id, sorted(c.remarks?.map((r) => r.text) ?? [])]))).toEqual(billedItems);
      expect(Object.fromEntries(claims.map((c) => [c.id, sorted(c.procedures?.map((p) => p.code) ?? [])]))).toEqual(procedures);
      expect(claims.every((c) => c.totalPoints !== null && c.diagnoses === null)).toBe(true);
      const medications = all.data?.person?.medications?.nodes ?? [];
      expect(medications.length).toBeGreaterThan(0);
      expect(medications.every((m) => m.dispensingInstitutionName !== null)).toBe(true);
      expect(deniedAt(all)).toEqual(atEach('person.claims.nodes', claims, ['diagnoses'], 'NOT_IN_PATIENT_VIEW'));
    });

    it('the physician, with consent, sees told diagnoses and listed procedures only, no points or billing, and not the dispensing institution', async () => {
      const told = await linesByClaim(t, reader, 'claim_diagnoses', 'code', 'x.told');
      const untold = await linesByClaim(t, reader, 'claim_diagnoses', 'code', 'NOT x.told');
      const listed = await linesByClaim(t, reader, 'claim_procedures', 'code', 'x.care_category IS NOT NULL');
      const unlisted = await linesByClaim(t, reader, 'claim_procedures', 'code', 'x.care_category IS NULL');
      expect(Object.values(untold).flat().length).toBeGreaterThan(0);
      expect(Object.values(unlisted).flat().length).toBeGreaterThan(0);
      const physician = await t.authorization('physician');

      const one = await ask<ClaimData>(CLAIM, { id: claimId }, physician);
      const claim = one.data?.claim;
      expect(claim).toMatchObject({ totalPoints: null, insurer: null, insured: null, meals: null, remarks: null });
      expect(claim?.patientName).toEqual(expect.any(String));
      expect(claim?.diagnoses?.every((d) => d.toldToPatient)).toBe(true);
      expect(sorted(claim?.diagnoses?.map((d) => d.code) ?? [])).toEqual(told[claimId]);
      expect(claim?.procedures?.every((p) => p.careCategory !== null)).toBe(true);
      expect(sorted(claim?.procedures?.map((p) => p.code) ?? [])).toEqual(listed[claimId]);
      expect(deniedAt(one)).toEqual({
        ...Object.fromEntries(['totalPoints', 'insurer', 'insured', 'meals', 'remarks'].map((field) => [`claim.${field}`, 'NOT_IN_INSTITUTION_VIEW'])),
        ...atEach('claim.procedures', claim?.procedures ?? [], ['points'], 'NOT_IN_INSTITUTION_VIEW'),
      });

      const all = await ask<PersonData>(PERSON_RECORD, { id: reader }, physician);
      const claims = all.data?.person?.claims?.nodes ?? [];
      expect(Object.fromEntries(claims.map((c) => [c.id, sorted(c.diagnoses?.map((d) => d.code) ?? [])]))).toEqual(told);
      expect(Object.fromEntries(claims.map((c) => [c.id, sorted(c.procedures?.map((p) => p.code) ?? [])]))).toEqual(listed);
      const medications = all.data?.person?.medications?.nodes ?? [];
      expect(medications.length).toBeGreaterThan(0);
      expect(medications.every((m) => m.drugName !== null && m.dispensingInstitutionName === null)).toBe(true);
      expect(all.data?.person?.checkups?.nodes.length).toBeGreaterThan(0);
      expect(deniedAt(all)).toEqual({
        ...atEach('person.claims.nodes', claims, ['totalPoints', 'remarks'], 'NOT_IN_INSTITUTION_VIEW'),
        ...atEach('person.medications.nodes', medications, ['dispensingInstitutionName'], 'PATIENT_ONLY'),
      });
    });
  });

  describe('a denied field is null with FORBIDDEN and its reason; the allowed fields of the same operation are served', () => {
    it('one operation over the four subgraphs, as the physician with consent', async () => {
      const personId = unusedPerson();
      await t.recordConsent(personId, ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE']);
      const response = await ask<PersonData>(
        `query($id: ID!) { person(id: $id) {
          name { kanji }
          claims(first: 1) { nodes { treatmentMonth totalPoints } }
          medications(first: 1) { nodes { drugName dispensingInstitutionName } }
          checkups(first: 1) { nodes { examinedOn } }
        } }`,
        { id: personId },
        await t.authorization('physician'),
      );
      expect(response.status).toBe(200);
      expect(response.data?.person).toEqual({
        name: { kanji: expect.any(String) },
        claims: { nodes: [{ treatmentMonth: expect.stringMatching(/^\d{4}-\d{2}$/), totalPoints: null }] },
        medications: { nodes: [{ drugName: expect.any(String), dispensingInstitutionName: null }] },
        checkups: { nodes: [{ examinedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }] },
      });
      expect(deniedAt(response)).toEqual({
        'person.claims.nodes.0.totalPoints': 'NOT_IN_INSTITUTION_VIEW',
        'person.medications.nodes.0.dispensingInstitutionName': 'PATIENT_ONLY',
      });
      expect(response.errors?.every((error) => typeof error.message === 'string' && error.message.length > 0)).toBe(true);
    });
  });

  describe('consent at a card reader opens the categories chosen, at that institution only (DOMAIN.md §4.1)', () => {
    let personId: string;
    beforeAll(() => {
      personId = unusedPerson();
    });

    it('before any consent the physician gets CONSENT_REQUIRED for medical data, and the eligibility fields', async () => {
      const physician = await t.authorization('physician');
      const response = await ask<PersonData>(PERSON_RECORD, { id: personId }, physician);
      expect(response.data?.person).toMatchObject({ name: { kanji: expect.any(String) }, birthDate: expect.any(String), currentQualification: { insurerNumber: expect.any(String) } });
      expect(response.data?.person).toMatchObject({ claims: null, medications: null, checkups: null });
      expect(deniedAt(response)).toEqual(medicalDenied('CONSENT_REQUIRED'));

      const [claim] = await t.sql<{ id: string }>('SELECT id::text AS id FROM receipts.claims WHERE person_id = $1 LIMIT 1', [personId]);
      const read = await ask<ClaimData>(CLAIM, { id: claim!.id }, physician);
      expect(read.data?.claim?.treatmentMonth).toBeNull();
      expect(deniedAt(read)).toMatchObject({ 'claim.treatmentMonth': 'CONSENT_REQUIRED', 'claim.diagnoses': 'CONSENT_REQUIRED', 'claim.procedures': 'CONSENT_REQUIRED' });
    });

    it('a consent to MEDICATIONS only opens medications; claims and checkups stay CONSENT_REQUIRED', async () => {
      await t.recordConsent(personId, ['MEDICATIONS']);
      const response = await ask<PersonData>(PERSON_RECORD, { id: personId }, await t.authorization('physician'));
      const medications = response.data?.person?.medications?.nodes ?? [];
      expect(medications.length).toBeGreaterThan(0);
      expect(medications.every((m) => m.drugName !== null)).toBe(true);
      expect(response.data?.person).toMatchObject({ claims: null, checkups: null });
      expect(deniedAt(response)).toEqual({
        'person.claims': 'CONSENT_REQUIRED',
        'person.checkups': 'CONSENT_REQUIRED',
        ...atEach('person.medications.nodes', medications, ['dispensingInstitutionName'], 'PATIENT_ONLY'),
      });
    });

    it('a pharmacist at another institution, where the patient has not consented, gets CONSENT_REQUIRED', async () => {
      await t.recordConsent(personId, ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE']);
      expect(t.persona('pharmacist').institution).not.toBe(t.persona('clerk').institution);
      const response = await ask<PersonData>(PERSON_RECORD, { id: personId }, await t.authorization('pharmacist'));
      expect(response.data?.person).toMatchObject({ name: { kanji: expect.any(String) }, claims: null, medications: null, checkups: null });
      expect(deniedAt(response)).toEqual(medicalDenied('CONSENT_REQUIRED'));
    });
  });

  describe('a consent lasts 24 hours from when it was given (DOMAIN.md §4.1)', () => {
    // Written before anything reads these people, so no cached read of their grants predates them.
    let justInForce: string;
    let justExpired: string;
    beforeAll(async () => {
      [justInForce, justExpired] = [unusedPerson(), unusedPerson()];
      await consentGivenAgo(t, justInForce, '23 hours 59 minutes');
      await consentGivenAgo(t, justExpired, '24 hours 1 minute');
    });

    it('23 h 59 min after it was given it still opens the record', async () => {
      const response = await ask<PersonData>(PERSON_RECORD, { id: justInForce }, await t.authorization('physician'));
      expect(response.data?.person?.claims?.nodes.length).toBeGreaterThan(0);
      expect(response.data?.person?.medications?.nodes.length).toBeGreaterThan(0);
      expect(response.data?.person?.checkups?.nodes.length).toBeGreaterThan(0);
      expect(Object.values(deniedAt(response)).filter((reason) => reason.startsWith('CONSENT'))).toEqual([]);
    });

    it('24 h 01 min after, the record is CONSENT_EXPIRED, read under person(id:) or a claim by its id; eligibility is still served', async () => {
      const physician = await t.authorization('physician');
      const record = await ask<PersonData>(PERSON_RECORD, { id: justExpired }, physician);
      expect(record.data?.person).toMatchObject({ name: { kanji: expect.any(String) }, claims: null, medications: null, checkups: null });
      expect(deniedAt(record)).toEqual(medicalDenied('CONSENT_EXPIRED'));

      const [claim] = await t.sql<{ id: string }>('SELECT id::text AS id FROM receipts.claims WHERE person_id = $1 LIMIT 1', [justExpired]);
      const response = await ask<ClaimData>(CLAIM, { id: claim!.id }, physician);
      expect(response.data?.claim).toMatchObject({ treatmentMonth: null, patientName: null, diagnoses: null, procedures: null });
      expect(deniedAt(response)).toMatchObject({ 'claim.treatmentMonth': 'CONSENT_EXPIRED', 'claim.patientName': 'CONSENT_EXPIRED', 'claim.diagnoses': 'CONSENT_EXPIRED' });
    });
  });

  describe('an eligibility check by insurance-card numbers gives eligibility only (DOMAIN.md §4.1)', () => {
    it('answers VALID with the person, opens no medical data in the same answer or after it, and records no consent', async () => {
      const personId = unusedPerson();
      const [card] = await t.sql<{ insurer_number: string; symbol: string | null; number: string; branch: string }>(
        'SELECT insurer_number, symbol, number, branch FROM eligibility.qualifications WHERE person_id = $1 AND lost_on IS NULL LIMIT 1',
        [personId],
      );
      const physician = await t.authorization('physician');
      const check = await ask<{ eligibilityByInsurance: { status: string; matchCount: number; person: { id: string; medications: unknown; claims: unknown } | null; consent: Array<{ given: boolean }> } }>(
        `query($input: InsuranceEligibilityInput!) { eligibilityByInsurance(input: $input) {
          status matchCount qualification { insurerNumber benefitRatio }
          person { id name { kanji } medications(first: 1) { nodes { drugName } } claims(first: 1) { nodes { treatmentMonth } } }
          consent { category given }
        } }`,
        { input: { insurerNumber: card!.insurer_number, symbol: card!.symbol, number: card!.number, branch: card!.branch } },
        physician,
      );
      expect(check.data?.eligibilityByInsurance).toMatchObject({
        status: 'VALID',
        matchCount: 1,
        qualification: { insurerNumber: card!.insurer_number },
        person: { id: personId, name: { kanji: expect.any(String) }, medications: null, claims: null },
      });
      expect(check.data?.eligibilityByInsurance.consent.map((c) => c.given)).toEqual([false, false, false]);
      expect(deniedAt(check)).toEqual({ 'eligibilityByInsurance.person.medications': 'CONSENT_REQUIRED', 'eligibilityByInsurance.person.claims': 'CONSENT_REQUIRED' });

      const after = await ask<PersonData>(PERSON_RECORD, { id: personId }, physician);
      expect(deniedAt(after)).toEqual(medicalDenied('CONSENT_REQUIRED'));
      expect(await t.sql('SELECT 1 FROM eligibility.grants WHERE person_id = $1', [personId])).toEqual([]);
    });
  });

  describe('reception clerks see eligibility only (DOMAIN.md §3)', () => {
    it('the clerk gets the person and the qualification, and QUALIFICATION_REQUIRED for medical data even where the patient consented', async () => {
      const personId = unusedPerson();
      await t.recordConsent(personId, ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE']);
      const response = await ask<PersonData>(PERSON_RECORD, { id: personId }, await t.authorization('clerk'));
      expect(response.data?.person).toMatchObject({
        name: { kanji: expect.any(String) },
        birthDate: expect.any(String),
        currentQualification: { insurerNumber: expect.any(String) },
        claims: null,
        medications: null,
        checkups: null,
      });
      expect(deniedAt(response)).toEqual(medicalDenied('QUALIFICATION_REQUIRED'));
    });
  });

  describe('analysts, operators and auditors see no person (DOMAIN.md §3)', () => {
    it.each(['analyst', 'operator', 'auditor'] as const)('the %s gets NO_PERSON_ACCESS for every field of a person', async (persona) => {
      const response = await ask<PersonData>(PERSON_RECORD, { id: reader }, await t.authorization(persona));
      expect(response.data?.person).toEqual({ name: null, birthDate: null, currentQualification: null, claims: null, medications: null, checkups: null });
      expect(deniedAt(response)).toEqual({
        'person.name': 'NO_PERSON_ACCESS',
        'person.birthDate': 'NO_PERSON_ACCESS',
        'person.currentQualification': 'NO_PERSON_ACCESS',
        ...medicalDenied('NO_PERSON_ACCESS'),
      });
    });
  });

  describe('a field with no access rule is denied', () => {
    // A supergraph with a claim field the policy has no rule for, served by a second gateway in
    // front of the same subgraphs (receipts lacks the field: the gateway must not ask for it).
    let directory: string;
    let gateway: RunningGateway;

    beforeAll(async () => {
      directory = mkdtempSync(join(tmpdir(), 'hig-no-policy-'));
      const withUnruledField = (name: string) => {
        const sdl = readFileSync(join(__dirname, '..', '..', 'schema', `${name}.graphql`), 'utf8');
        return name === 'receipts' ? sdl.replace('  actualDays: Int', '  referralLetter: String\n  actualDays: Int') : sdl;
      };
      const supergraphPath = join(directory, 'supergraph.graphql');
      writeFileSync(supergraphPath, composeSupergraph(withUnruledField));
      gateway = await startGateway({
        port: 0, host: '127.0.0.1', supergraphPath, ide: false, maxBodyBytes: 1 << 20, subgraphTimeoutMs: 10_000,
        subgraphUrls: Object.fromEntries(Object.entries(t.stack.subgraphs).map(([name, s]) => [name, s.url])),
        auth: t.auth, registryDatabaseUrl: t.db.url, auditDatabaseUrl: t.db.url, accessContextSecret: t.stack.accessContextSecret, today: () => TEST_AS_OF,
      });
    });
    afterAll(async () => {
      await gateway?.stop();
      if (directory) rmSync(directory, { recursive: true, force: true });
    });

    it('the patient reading their own claim gets NO_POLICY for it, and the rest of the claim', async () => {
      const [claim] = await t.sql<{ id: string }>('SELECT id::text AS id FROM receipts.claims WHERE person_id = $1 LIMIT 1', [reader]);
      const response = await postGraphQL<{ claim: { treatmentMonth: string | null; referralLetter: string | null } }>(
        gateway.url,
        'query($id: ID!) { claim(id: $id) { treatmentMonth referralLetter } }',
        { id: claim!.id },
        await t.patientAuthorization(reader),
      );
      expect(response.data?.claim).toEqual({ treatmentMonth: expect.stringMatching(/^\d{4}-\d{2}$/), referralLetter: null });
      expect(deniedAt(response)).toEqual({ 'claim.referralLetter': 'NO_POLICY' });
    });
  });
});

describe.each([
  ['process memory', undefined],
  ['Redis', REDIS_URL],
])('a revoked consent is honoured on the very next request (grant cache: %s)', (_cache, redisUrl) => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack({ people: PEOPLE, redisUrl });
  });
  afterAll(async () => t?.stop());

  it('the physician reads the record under consent; once the clerk revokes it, the next request is CONSENT_REQUIRED', async () => {
    const [personId] = await insuredPeopleWithRecords(t);
    const physician = await t.authorization('physician');
    const read = () => postGraphQL<PersonData>(t.url, PERSON_RECORD, { id: personId }, physician);
    // On Redis, a grant read cached by an earlier run (the same synthetic ids) is set aside by the consent's own invalidation.
    const grantId = await t.recordConsent(personId!, ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE']);
    for (const response of [await read(), await read()]) {
      expect(response.data?.person?.claims?.nodes.length).toBeGreaterThan(0);
      expect(response.data?.person?.medications?.nodes.length).toBeGreaterThan(0);
    }

    const revoked = await revokeConsent(t, grantId);
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data).toEqual({ revokeConsent: { id: grantId, revokedAt: expect.any(String) } });

    const after = await read();
    expect(after.data?.person).toMatchObject({ name: { kanji: expect.any(String) }, claims: null, medications: null, checkups: null });
    expect(deniedAt(after)).toEqual(medicalDenied('CONSENT_REQUIRED'));
  });
});
