import { Pool } from 'pg';
import { withCheckDigit } from '../../../common/src/identifiers';
import { Database } from '../../../subgraphs/common/src/database';
import { eligibilitySubgraph } from '../../../subgraphs/eligibility/src';
import { createTestDatabase, TestDatabase } from '../../support/postgres';

/**
 * A temp database with the eligibility schema and the few rows grants refer to: two
 * institutions with a terminal each, two people, and the first person's certificates
 * (a card and a smartphone certificate in force, a card expired, a card revoked).
 */
export interface GrantFixture {
  readonly pool: Pool;
  /** The pool as subgraph code reads it: statement-counted. */
  readonly db: Database;
  readonly personId: string;
  readonly otherPersonId: string;
  readonly institution: { readonly code: string; readonly terminalId: string };
  readonly otherInstitution: { readonly code: string; readonly terminalId: string };
  /** The first person's certificate serials; valid ones are valid on 2026-11-01. */
  readonly certificates: typeof CERTIFICATES;
  close(): Promise<void>;
}

export const PERSON_ID = '3f1c7a52-8d4e-4b6a-9c2f-0a1b2c3d4e5f';
export const OTHER_PERSON_ID = '7e2d9b14-6a3c-4f8e-8b1d-5c6e7f809a1b';
export const CERTIFICATES = {
  card: 'A1B2C3D4E5F60001',
  smartphone: 'A1B2C3D4E5F60002',
  expiredCard: 'A1B2C3D4E5F60003',
  revokedCard: 'A1B2C3D4E5F60004',
} as const;
const INSTITUTION = { code: withCheckDigit('131123456'), terminalId: '9001' };
const OTHER_INSTITUTION = { code: withCheckDigit('134765432'), terminalId: '9002' };

export async function createGrantFixture(): Promise<GrantFixture> {
  const database: TestDatabase = await createTestDatabase();
  await database.migrate(eligibilitySubgraph);
  const pool = database.pool(eligibilitySubgraph.schema);
  await pool.query(
    `INSERT INTO institutions (code, name, kind, prefecture_code, municipality_code, municipality, address) VALUES
       ($1, 'テスト病院', 'HOSPITAL', '13', '13101', '千代田区', '千代田1-1'),
       ($2, 'テスト薬局', 'PHARMACY', '13', '13102', '中央区', '銀座1-1')`,
    [INSTITUTION.code, OTHER_INSTITUTION.code],
  );
  await pool.query(
    `INSERT INTO terminals (id, institution_code, kind, label, registered_at) VALUES
       ($1, $2, 'RECEPTION', '受付1', '2026-01-01T00:00:00Z'), ($3, $4, 'RECEPTION', '受付1', '2026-01-01T00:00:00Z')`,
    [INSTITUTION.terminalId, INSTITUTION.code, OTHER_INSTITUTION.terminalId, OTHER_INSTITUTION.code],
  );
  await pool.query(
    `INSERT INTO people (id, name_kanji, name_kana, sex, birth_date, prefecture_code, municipality_code, municipality, address_line, postal_code) VALUES
       ($1, '試験 花子', 'シケン ハナコ', 'FEMALE', '1980-04-01', '13', '13101', '千代田区', '千代田2-2', '100-0001'),
       ($2, '試験 太郎', 'シケン タロウ', 'MALE', '1975-06-15', '13', '13102', '中央区', '銀座2-2', '104-0061')`,
    [PERSON_ID, OTHER_PERSON_ID],
  );
  await pool.query(
    `INSERT INTO card_certificates (serial, person_id, kind, issued_on, expires_on, revoked_on) VALUES
       ($1, $5, 'CARD', '2024-01-01', '2034-01-01', NULL), ($2, $5, 'SMARTPHONE', '2025-01-01', '2030-01-01', NULL),
       ($3, $5, 'CARD', '2016-01-01', '2026-01-01', NULL), ($4, $5, 'CARD', '2025-01-01', '2035-01-01', '2026-06-01')`,
    [CERTIFICATES.card, CERTIFICATES.smartphone, CERTIFICATES.expiredCard, CERTIFICATES.revokedCard, PERSON_ID],
  );
  return {
    pool,
    db: new Database(pool),
    personId: PERSON_ID,
    otherPersonId: OTHER_PERSON_ID,
    institution: INSTITUTION,
    otherInstitution: OTHER_INSTITUTION,
    certificates: CERTIFICATES,
    close: () => database.drop(),
  };
}

export interface GrantRowValues {
  readonly personId: string;
  readonly institutionCode: string;
  readonly terminalId: string;
  readonly categories?: readonly string[];
  readonly grantedAt: Date;
  readonly verification?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Inserts an open consent as the card reader's report would have recorded it at `grantedAt`; returns its id. */
export async function insertConsent(pool: Pool, values: GrantRowValues): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO grants (person_id, basis, institution_code, categories, verification, terminal_id, granted_at, expires_at)
     VALUES ($1, 'CONSENT', $2, $3, $4, $5, $6, $7) RETURNING id::text`,
    [
      values.personId,
      values.institutionCode,
      values.categories ?? ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'],
      values.verification ?? 'CARD_FACE',
      values.terminalId,
      values.grantedAt,
      new Date(values.grantedAt.getTime() + DAY_MS),
    ],
  );
  return rows[0]!.id;
}
