import { randomUUID } from 'node:crypto';
import { withCheckDigit } from '../../../common/src/identifiers';
import { AccessContext } from '../../../common/src/access/access-context';
import { testAccessContext } from '../../support/access';
import { AS_OF, EligibilityHarness, counted, startEligibility } from './harness';

/**
 * Consent over HTTP against the eligibility subgraph and a real PostgreSQL with a generated
 * data set: recorded from a card reader's report, revoked, and carried by the eligibility answer.
 */
let harness: EligibilityHarness;
let patient: { personId: string; card: string; smartphone: string; expiredCard: string; revokedCard: string };
let insurance: { insurerNumber: string; symbol: string; number: string; branch: string };
let here: { code: string; terminalId: string };
let elsewhere: { code: string; terminalId: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The access context of a physician at `place`'s terminal, as the gateway would sign it. */
const staffAt = (place: { code: string; terminalId: string }): AccessContext =>
  testAccessContext({ caller: { role: 'PHYSICIAN', institutionCode: place.code, qualification: 'PHYSICIAN' }, terminalId: place.terminalId });

/** A query signed for staff at `at` (by default the institution whose card reader reports). */
const query = <T = Record<string, unknown>>(text: string, variables: Record<string, unknown>, at: AccessContext = staffAt(here)) =>
  harness.query<T>(text, variables, at);
const CATEGORIES = ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'];

beforeAll(async () => {
  harness = await startEligibility();
  const { rows: people } = await harness.pool.query<{ personId: string; card: string }>(
    `SELECT c.person_id::text AS "personId", c.serial AS card FROM card_certificates c
     WHERE c.kind = 'CARD' AND c.revoked_on IS NULL AND c.issued_on <= current_date - 1 AND c.expires_on > current_date + 1
       AND EXISTS (SELECT 1 FROM qualifications q WHERE q.person_id = c.person_id AND q.acquired_on <= $1 AND (q.lost_on IS NULL OR q.lost_on > $1))
     ORDER BY c.serial LIMIT 1`,
    [AS_OF],
  );
  const { personId, card } = people[0]!;
  // The patient's other certificates: a smartphone one in force, a card expired, a card revoked.
  const [smartphone, expiredCard, revokedCard] = ['F0F0F0F0F0F00001', 'F0F0F0F0F0F00002', 'F0F0F0F0F0F00003'];
  await harness.pool.query(
    `INSERT INTO card_certificates (serial, person_id, kind, issued_on, expires_on, revoked_on) VALUES
       ($1, $4, 'SMARTPHONE', current_date - 30, current_date + 365, NULL),
       ($2, $4, 'CARD', current_date - 3650, current_date - 1, NULL),
       ($3, $4, 'CARD', current_date - 365, current_date + 3650, current_date - 1)`,
    [smartphone, expiredCard, revokedCard, personId],
  );
  patient = { personId, card, smartphone, expiredCard, revokedCard };
  const { rows: qualifications } = await harness.pool.query<typeof insurance>(
    `SELECT insurer_number AS "insurerNumber", symbol, number, branch FROM qualifications
     WHERE person_id = $1 AND acquired_on <= $2 AND (lost_on IS NULL OR lost_on > $2) ORDER BY acquired_on DESC LIMIT 1`,
    [personId, AS_OF],
  );
  insurance = qualifications[0]!;
  const { rows: terminals } = await harness.pool.query<{ code: string; terminalId: string }>(
    `SELECT DISTINCT ON (institution_code) institution_code AS code, id::text AS "terminalId" FROM terminals ORDER BY institution_code, id LIMIT 2`,
  );
  [here, elsewhere] = [terminals[0]!, terminals[1]!];
});
afterAll(async () => {
  await harness.close();
});
// Open consents are revoked through the API, so the subgraph's grant cache forgets them too, before the rows go.
afterEach(async () => {
  const { rows } = await harness.pool.query<{ id: string; code: string }>(`SELECT id::text, institution_code AS code FROM grants WHERE revoked_at IS NULL`);
  for (const { id, code } of rows) await query(REVOKE, { grantId: id, institutionCode: code });
  await harness.pool.query('DELETE FROM grants');
});

const RECORD = `mutation($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    id basis categories verification terminalId grantedAt expiresAt revokedAt person { id } institution { code }
  }
}`;
const REVOKE = `mutation($grantId: ID!, $institutionCode: String!) { revokeConsent(grantId: $grantId, institutionCode: $institutionCode) { id revokedAt } }`;
const CONSENTS = `query($personId: ID!, $institutionCode: String!) { consents(personId: $personId, institutionCode: $institutionCode) { category given givenAt expiresAt } }`;
const BY_CERTIFICATE = `query($input: CertificateEligibilityInput!) { eligibilityByCertificate(input: $input) { status person { id } consent { category given givenAt expiresAt } } }`;
const BY_INSURANCE = `query($input: InsuranceEligibilityInput!) { eligibilityByInsurance(input: $input) { status person { id } consent { category given givenAt expiresAt } } }`;

interface GrantData {
  id: string;
  basis: string;
  categories: string[];
  verification: string;
  terminalId: string;
  grantedAt: string;
  expiresAt: string;
  revokedAt: string | null;
  person: { id: string };
  institution: { code: string };
}
interface ConsentStatusData {
  category: string;
  given: boolean;
  givenAt: string | null;
  expiresAt: string | null;
}

const report = (change: Record<string, unknown> = {}) => ({
  institutionCode: here.code,
  terminalId: here.terminalId,
  certificateSerial: patient.card,
  certificateKind: 'CARD',
  verification: 'FACE',
  categories: CATEGORIES,
  verifiedAt: new Date().toISOString(),
  verificationId: randomUUID(),
  ...change,
});

async function record(change: Record<string, unknown> = {}): Promise<GrantData> {
  const response = await query<{ recordConsent: GrantData }>(RECORD, { input: report(change) });
  expect(response.errors).toBeUndefined();
  return response.data!.recordConsent;
}

async function consentsHere(personId = patient.personId, institutionCode = here.code): Promise<ConsentStatusData[]> {
  const asker = institutionCode === elsewhere.code ? staffAt(elsewhere) : staffAt(here);
  const response = await query<{ consents: ConsentStatusData[] }>(CONSENTS, { personId, institutionCode }, asker);
  expect(response.errors).toBeUndefined();
  return response.data!.consents;
}

const nothingGiven = CATEGORIES.map((category) => ({ category, given: false, givenAt: null, expiresAt: null }));
const grantCount = async (): Promise<number> => Number((await harness.pool.query<{ n: string }>('SELECT count(*) AS n FROM grants')).rows[0]!.n);

describe('recordConsent: the card reader reports a strict identity verification', () => {
  test.each([
    ['the card and face recognition', {}, 'CARD_FACE'],
    ['the card and the PIN', { verification: 'PIN' }, 'CARD_PIN'],
    ['the smartphone certificate', { certificateSerial: 'f0f0f0f0f0f00001', certificateKind: 'SMARTPHONE', verification: 'SMARTPHONE' }, 'SMARTPHONE'],
  ])('with %s: a consent at the institution for 24 hours', async (_, change, verification) => {
    const before = Date.now();
    const grant = await record(change);
    const grantedAt = Date.parse(grant.grantedAt);
    expect(grant).toMatchObject({
      basis: 'CONSENT',
      categories: CATEGORIES,
      verification,
      terminalId: here.terminalId,
      revokedAt: null,
      person: { id: patient.personId },
      institution: { code: here.code },
    });
    expect(grantedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(grantedAt).toBeLessThanOrEqual(Date.now() + 1000);
    expect(Date.parse(grant.expiresAt) - grantedAt).toBe(DAY_MS);
    expect(await consentsHere()).toEqual(CATEGORIES.map((category) => ({ category, given: true, givenAt: grant.grantedAt, expiresAt: grant.expiresAt })));
  });

  test('the patient consents to some categories and not the others', async () => {
    const grant = await record({ categories: ['CHECKUPS'] });
    expect(grant.categories).toEqual(['CHECKUPS']);
    expect(await consentsHere()).toEqual([
      nothingGiven[0],
      { category: 'CHECKUPS', given: true, givenAt: grant.grantedAt, expiresAt: grant.expiresAt },
      nothingGiven[2],
    ]);
  });

  test('a new consent at the same institution supersedes the earlier one', async () => {
    const earlier = await record();
    const later = await record({ verification: 'PIN', categories: ['MEDICATIONS'] });
    const { rows } = await harness.pool.query<{ id: string; revoked: boolean }>('SELECT id::text, revoked_at IS NOT NULL AS revoked FROM grants ORDER BY granted_at, revoked_at NULLS LAST');
    expect(rows).toEqual([
      { id: earlier.id, revoked: true },
      { id: later.id, revoked: false },
    ]);
    expect((await consentsHere()).map((status) => status.given)).toEqual([true, false, false]);
  });

  test('a consent is given at one institution only', async () => {
    await record();
    expect(await consentsHere(patient.personId, elsewhere.code)).toEqual(nothingGiven);
  });
});

describe('recordConsent refuses with BAD_USER_INPUT naming the argument, and writes nothing', () => {
  const wrongCheckDigit = () => here.code.slice(0, 9) + String((Number(here.code[9]) + 1) % 10);
  test.each<[string, () => Record<string, unknown>, string, boolean]>([
    ['a malformed institution code', () => ({ institutionCode: wrongCheckDigit() }), 'input.institutionCode', false],
    ['an institution that is not registered', () => ({ institutionCode: withCheckDigit('131999999') }), 'input.institutionCode', true],
    ['an unknown terminal', () => ({ terminalId: '999999999' }), 'input.terminalId', true],
    ['a terminal of another institution', () => ({ terminalId: elsewhere.terminalId }), 'input.terminalId', true],
    ['an unknown certificate', () => ({ certificateSerial: '0000000000000000' }), 'input.certificateSerial', true],
    ['an expired certificate', () => ({ certificateSerial: patient.expiredCard }), 'input.certificateSerial', true],
    ['a revoked certificate', () => ({ certificateSerial: patient.revokedCard }), 'input.certificateSerial', true],
    ['the card verified as a smartphone', () => ({ verification: 'SMARTPHONE' }), 'input.verification', false],
    ['a smartphone certificate verified by face', () => ({ certificateSerial: patient.smartphone, certificateKind: 'SMARTPHONE', verification: 'FACE' }), 'input.verification', false],
    ['a smartphone certificate verified by PIN', () => ({ certificateSerial: patient.smartphone, certificateKind: 'SMARTPHONE', verification: 'PIN' }), 'input.verification', false],
    ['no category', () => ({ categories: [] }), 'input.categories', false],
    ['a verification time without its offset', () => ({ verifiedAt: '2026-11-01T09:30:00' }), 'input.verifiedAt', false],
    ['a verification id that is not a UUID', () => ({ verificationId: 'not-a-uuid' }), 'input.verificationId', false],
  ])('%s', async (_, change, argument, readsRegisters) => {
    // Signed as staff at the terminal the report names, so the registers (not the caller check) answer.
    const input = report(change());
    const reporter = staffAt({ code: String(input.institutionCode), terminalId: String(input.terminalId) });
    const { response, statements } = await counted(harness, () => query(RECORD, { input }, reporter));
    expect(response.data).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(response.errors![0]!.message).toMatch(new RegExp(`^Invalid ${argument.replace('.', '\\.')}: `));
    expect(statements > 0).toBe(readsRegisters);
    expect(await grantCount()).toBe(0);
  });
});

describe('revokeConsent', () => {
  test('sets when it was revoked; consent is no longer given', async () => {
    const grant = await record();
    expect((await consentsHere()).every((status) => status.given)).toBe(true);
    const response = await query<{ revokeConsent: { id: string; revokedAt: string } }>(REVOKE, { grantId: grant.id, institutionCode: here.code });
    expect(response.errors).toBeUndefined();
    expect(response.data!.revokeConsent.id).toBe(grant.id);
    expect(Date.parse(response.data!.revokeConsent.revokedAt)).toBeGreaterThanOrEqual(Date.parse(grant.grantedAt));
    expect(await consentsHere()).toEqual(nothingGiven);
  });

  test('a consent given at another institution is NOT_FOUND to that institution\'s staff, and stays in force', async () => {
    const grant = await record();
    const response = await query(REVOKE, { grantId: grant.id, institutionCode: elsewhere.code }, staffAt(elsewhere));
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await consentsHere()).every((status) => status.given)).toBe(true);
  });

  test('staff cannot act for another institution: recording, revoking or reading its consents is FORBIDDEN, and nothing is written', async () => {
    const grant = await record();
    const asOther = staffAt(elsewhere);
    const recorded = await query(RECORD, { input: report() }, asOther);
    expect(recorded.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWN_RECORD' });
    const revoked = await query(REVOKE, { grantId: grant.id, institutionCode: here.code }, asOther);
    expect(revoked.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWN_RECORD' });
    const read = await query(CONSENTS, { personId: patient.personId, institutionCode: here.code }, asOther);
    expect(read.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWN_RECORD' });
    const { rows } = await harness.pool.query<{ n: string }>('SELECT count(*) AS n FROM grants WHERE person_id = $1', [patient.personId]);
    expect(Number(rows[0]!.n)).toBe(1);
    expect((await consentsHere()).every((status) => status.given)).toBe(true);
  });

  test('a card reader report from another terminal than the caller\'s is FORBIDDEN', async () => {
    const response = await query(RECORD, { input: report() }, staffAt({ code: here.code, terminalId: '999999' }));
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWN_RECORD' });
  });

  test('the patient reads their own consents, and nobody else\'s', async () => {
    await record();
    const own = testAccessContext({ caller: { role: 'PATIENT', personId: patient.personId }, terminalId: null, terminalKind: null });
    const mine = await query<{ consents: ConsentStatusData[] }>(CONSENTS, { personId: patient.personId, institutionCode: here.code }, own);
    expect(mine.data!.consents.every((status) => status.given)).toBe(true);
    const stranger = testAccessContext({ caller: { role: 'PATIENT', personId: '00000000-0000-8000-a000-f00000000000' }, terminalId: null, terminalKind: null });
    const theirs = await query(CONSENTS, { personId: patient.personId, institutionCode: here.code }, stranger);
    expect(theirs.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWN_RECORD' });
  });

  test('a grant id that is not a UUID is BAD_USER_INPUT naming it, with no SQL run', async () => {
    const { response, statements } = await counted(harness, () => query(REVOKE, { grantId: '42', institutionCode: here.code }));
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'grantId' });
    expect(statements).toBe(0);
  });
});

describe('consent expires 24 hours after it was given', () => {
  async function consentGivenAgo(ms: number): Promise<void> {
    await harness.pool.query(
      `INSERT INTO grants (person_id, basis, institution_code, categories, verification, terminal_id, granted_at, expires_at)
       VALUES ($1, 'CONSENT', $2, '{MEDICATIONS}', 'CARD_FACE', $3, now() - $4 * interval '1 millisecond', now() - $4 * interval '1 millisecond' + interval '24 hours')`,
      [patient.personId, here.code, here.terminalId, ms],
    );
  }

  test('given 23 h 59 min ago: in force', async () => {
    await consentGivenAgo(DAY_MS - 60_000);
    expect((await consentsHere())[0]).toMatchObject({ category: 'MEDICATIONS', given: true });
  });

  test('given 24 h 01 min ago: no longer', async () => {
    await consentGivenAgo(DAY_MS + 60_000);
    expect(await consentsHere()).toEqual(nothingGiven);
  });
});

describe('the eligibility answer carries the consent status for the checking institution', () => {
  const byCertificate = (institutionCode?: string) => ({ certificateSerial: patient.card, kind: 'CARD', asOf: AS_OF, ...(institutionCode ? { institutionCode } : {}) });
  const byInsurance = (institutionCode?: string) => ({ ...insurance, asOf: AS_OF, ...(institutionCode ? { institutionCode } : {}) });
  type Answer = { status: string; person: { id: string } | null; consent: ConsentStatusData[] };

  test('by certificate: nothing given before the consent, the chosen categories after', async () => {
    const before = await query<{ eligibilityByCertificate: Answer }>(BY_CERTIFICATE, { input: byCertificate(here.code) });
    expect(before.data!.eligibilityByCertificate).toMatchObject({ status: 'VALID', person: { id: patient.personId }, consent: nothingGiven });
    const grant = await record({ categories: ['MEDICATIONS', 'MEDICAL_CARE'] });
    const after = await query<{ eligibilityByCertificate: Answer }>(BY_CERTIFICATE, { input: byCertificate(here.code) });
    expect(after.data!.eligibilityByCertificate.consent).toEqual([
      { category: 'MEDICATIONS', given: true, givenAt: grant.grantedAt, expiresAt: grant.expiresAt },
      nothingGiven[1],
      { category: 'MEDICAL_CARE', given: true, givenAt: grant.grantedAt, expiresAt: grant.expiresAt },
    ]);
  });

  test('by certificate: another institution sees no consent, nor an answer without institution', async () => {
    await record();
    const other = await query<{ eligibilityByCertificate: Answer }>(BY_CERTIFICATE, { input: byCertificate(elsewhere.code) }, staffAt(elsewhere));
    expect(other.data!.eligibilityByCertificate.consent).toEqual(nothingGiven);
    const askingForAnother = await query<{ eligibilityByCertificate: Answer | null }>(BY_CERTIFICATE, { input: byCertificate(elsewhere.code) });
    expect(askingForAnother.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWN_RECORD' });
    const anonymous = await query<{ eligibilityByCertificate: Answer }>(BY_CERTIFICATE, { input: byCertificate() });
    expect(anonymous.data!.eligibilityByCertificate.consent).toEqual(nothingGiven);
  });

  test('a check by insurance numbers never creates consent', async () => {
    for (let i = 0; i < 3; i++) {
      const response = await query<{ eligibilityByInsurance: Answer }>(BY_INSURANCE, { input: byInsurance(here.code) });
      expect(response.data!.eligibilityByInsurance).toMatchObject({ status: 'VALID', person: { id: patient.personId }, consent: nothingGiven });
    }
    expect(await grantCount()).toBe(0);
  });

  test('a check by insurance numbers shows the consent given at the card reader, and writes nothing', async () => {
    const grant = await record({ categories: ['CHECKUPS'] });
    const response = await query<{ eligibilityByInsurance: Answer }>(BY_INSURANCE, { input: byInsurance(here.code) });
    expect(response.data!.eligibilityByInsurance.consent).toEqual([nothingGiven[0], { category: 'CHECKUPS', given: true, givenAt: grant.grantedAt, expiresAt: grant.expiresAt }, nothingGiven[2]]);
    expect(await grantCount()).toBe(1);
  });

  test('a malformed checking institution is BAD_USER_INPUT naming it, with no SQL run', async () => {
    const { response, statements } = await counted(harness, () => query(BY_INSURANCE, { input: byInsurance('13') }));
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.institutionCode' });
    expect(statements).toBe(0);
  });
});
