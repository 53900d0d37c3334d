import { eligibilitySubgraph } from '../../subgraphs/eligibility/src';
import { consentAtCardReader } from '../../tools/card-reader-consent';
import { insertConsent, TEST_INSTITUTION } from '../support/grants';
import { createTestDatabase, TestDatabase } from '../support/postgres';

const PERSON = '0012b410-926b-8896-af6c-000000000011';

describe('consentAtCardReader', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.migrate(eligibilitySubgraph);
    // A consent given an hour ago, through which the person, the institution and its card reader exist.
    await insertConsent(database.pool('eligibility'), { personId: PERSON, categories: ['MEDICATIONS'], grantedAt: new Date(Date.now() - 3_600_000) });
  });
  afterAll(async () => database?.drop());

  it('supersedes the open consent there with one to every category for 24 hours, whenever it runs', async () => {
    await consentAtCardReader(database.url, TEST_INSTITUTION, [PERSON]);
    await consentAtCardReader(database.url, TEST_INSTITUTION, [PERSON]);
    const { rows } = await database.pool('eligibility').query<{ categories: string[]; open: boolean; hours: number }>(
      `SELECT categories, revoked_at IS NULL AS open, extract(epoch FROM expires_at - granted_at) / 3600 AS hours
         FROM grants WHERE person_id = $1 ORDER BY granted_at`,
      [PERSON],
    );
    expect(rows.map((row) => [row.categories, row.open, Number(row.hours)])).toEqual([
      [['MEDICATIONS'], false, 24],
      [['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'], false, 24],
      [['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'], true, 24],
    ]);
  });

  it('names a verification of its own for each consent, made when it was given, as the card reader reports one', async () => {
    await consentAtCardReader(database.url, TEST_INSTITUTION, [PERSON]);
    const { rows } = await database.pool('eligibility').query<{ verification_id: string; from_verification: boolean }>(
      `SELECT verification_id, verified_at = granted_at AS from_verification FROM grants WHERE person_id = $1 AND verification_id IS NOT NULL`,
      [PERSON],
    );
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(new Set(rows.map((row) => row.verification_id)).size).toBe(rows.length);
    expect(rows.every((row) => row.from_verification)).toBe(true);
  });

  it('refuses an institution without a card reader and writes nothing', async () => {
    await expect(consentAtCardReader(database.url, '1310000017', [PERSON])).rejects.toThrow('no reception terminal');
    const { rows } = await database.pool('eligibility').query('SELECT 1 FROM grants WHERE institution_code = $1', ['1310000017']);
    expect(rows).toEqual([]);
  });
});
