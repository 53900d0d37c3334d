import { createGrantFixture, GrantFixture, insertConsent } from './grants-fixtures';

/** The grants table refuses rows that break the rules of an access basis (migration 003), whatever code writes them. */
const GIVEN = new Date('2026-11-01T01:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

let fixture: GrantFixture;
beforeAll(async () => {
  fixture = await createGrantFixture();
});
afterAll(async () => {
  await fixture.close();
});
afterEach(async () => {
  await fixture.pool.query('DELETE FROM grants');
});

interface Row {
  basis: string;
  institution_code: string | null;
  categories: string[];
  verification: string | null;
  terminal_id: string | null;
  granted_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}

const consent = (): Row => ({
  basis: 'CONSENT',
  institution_code: fixture.institution.code,
  categories: ['MEDICATIONS'],
  verification: 'CARD_PIN',
  terminal_id: fixture.institution.terminalId,
  granted_at: GIVEN,
  expires_at: new Date(GIVEN.getTime() + DAY_MS),
  revoked_at: null,
});

function insert(row: Row): Promise<unknown> {
  return fixture.pool.query(
    `INSERT INTO grants (person_id, basis, institution_code, categories, verification, terminal_id, granted_at, expires_at, revoked_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [fixture.personId, row.basis, row.institution_code, row.categories, row.verification, row.terminal_id, row.granted_at, row.expires_at, row.revoked_at],
  );
}

test('accepts a consent for some of the categories, lasting 24 hours', async () => {
  await expect(insert(consent())).resolves.toBeDefined();
});

test.each<[string, Partial<Row>, RegExp]>([
  ['a grant expiring when it was given', { basis: 'SELF', institution_code: null, terminal_id: null, expires_at: GIVEN }, /grants_expire_after_granted/],
  ['a grant revoked before it was given', { revoked_at: new Date(GIVEN.getTime() - 1000) }, /grants_revoked_after_granted/],
  ['a grant with no categories', { categories: [] }, /grants_categories_listed/],
  ['a grant with a category not on the list', { categories: ['MEDICATIONS', 'DIAGNOSES'] }, /grants_categories_listed/],
  ['a grant with a null category', { categories: [null as unknown as string] }, /grants_categories_listed/],
  ['a consent at no institution', { institution_code: null, terminal_id: null }, /grants_consent_at_institution/],
  ['a consent without verification', { verification: null }, /grants_consent_at_institution/],
  ['a consent without a terminal', { terminal_id: null }, /grants_consent_at_institution/],
  ['a consent lasting 25 hours', { expires_at: new Date(GIVEN.getTime() + DAY_MS + 3_600_000) }, /grants_consent_at_institution/],
  ['a grant with an unknown verification', { verification: 'PASSWORD' }, /grants_verification_check/],
  ['a grant under an unknown basis', { basis: 'EMERGENCY' }, /grants_basis_check/],
  ['an emergency grant no one opened, with no statement', { basis: 'EMERGENCY_WITH_CARD', verification: null }, /grants_emergency_opened/],
  ['a disaster grant under no declared disaster', { basis: 'DISASTER', verification: null }, /grants_disaster_declared/],
  ['the patient\'s own access at an institution', { basis: 'SELF' }, /grants_self_at_no_institution/],
])('refuses %s', async (_, change, constraint) => {
  await expect(insert({ ...consent(), ...change })).rejects.toThrow(constraint);
  const { rows } = await fixture.pool.query('SELECT 1 FROM grants');
  expect(rows).toHaveLength(0);
});

test('refuses a terminal of another institution', async () => {
  await expect(insert({ ...consent(), terminal_id: fixture.otherInstitution.terminalId })).rejects.toThrow(/grants_terminal_of_institution/);
});

test('refuses a second open consent of the person at the same institution, not at another', async () => {
  await insertConsent(fixture.pool, { personId: fixture.personId, institutionCode: fixture.institution.code, terminalId: fixture.institution.terminalId, grantedAt: GIVEN });
  await expect(insert(consent())).rejects.toThrow(/grants_one_open_consent/);
  await expect(insert({ ...consent(), institution_code: fixture.otherInstitution.code, terminal_id: fixture.otherInstitution.terminalId })).resolves.toBeDefined();
});

test('accepts a new consent once the earlier one is revoked', async () => {
  const earlier = await insertConsent(fixture.pool, { personId: fixture.personId, institutionCode: fixture.institution.code, terminalId: fixture.institution.terminalId, grantedAt: GIVEN });
  await fixture.pool.query('UPDATE grants SET revoked_at = $2 WHERE id = $1', [earlier, GIVEN]);
  await expect(insert(consent())).resolves.toBeDefined();
});
