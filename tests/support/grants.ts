import { Pool } from 'pg';
import { withCheckDigit } from '../../common/src/identifiers';
import { ConsentCategory } from '../../common/src/policy';

/** The institution of the default test caller (testAccessContext). */
export const TEST_INSTITUTION = '0110000007';
/** Another institution, whose consents open nothing to the test caller. */
export const OTHER_INSTITUTION = withCheckDigit('131000000');

const HOUR_MS = 60 * 60 * 1000;
/** A consent lasts 24 hours from when it was given (DOMAIN.md §4.1; the grants table checks it). */
const CONSENT_HOURS = 24;

export const hoursAgo = (hours: number): Date => new Date(Date.now() - hours * HOUR_MS);

export interface ConsentValues {
  readonly personId: string;
  readonly categories: readonly ConsentCategory[];
  /** Where it was given; default the test caller's institution. */
  readonly institutionCode?: string;
  /** Default: a minute ago. */
  readonly grantedAt?: Date;
  /** When it was withdrawn; default never. */
  readonly revokedAt?: Date;
}

/**
 * The rows a grant refers to, where the database lacks them: a subgraph's test database has
 * eligibility's tables (the consent registry is one of them) but not its people or institutions.
 */
async function ensureReferencedRows(pool: Pool, personId: string, institutionCode: string): Promise<string> {
  await pool.query(
    `INSERT INTO eligibility.people (id, name_kanji, name_kana, sex, birth_date, prefecture_code, municipality_code, municipality, address_line, postal_code)
     VALUES ($1, '試験 太郎', 'シケン タロウ', 'MALE', '1970-01-01', '13', '13101', '千代田区', '千代田1-1', '100-0001')
     ON CONFLICT (id) DO NOTHING`,
    [personId],
  );
  await pool.query(
    `INSERT INTO eligibility.institutions (code, name, kind, prefecture_code, municipality_code, municipality, address)
     VALUES ($1, '試験病院', 'HOSPITAL', left($1, 2), left($1, 2) || '101', '試験市', '試験町1-1')
     ON CONFLICT (code) DO NOTHING`,
    [institutionCode],
  );
  await pool.query(
    `INSERT INTO eligibility.terminals (id, institution_code, kind, label, registered_at)
     SELECT coalesce(max(id), 0) + 1, $1, 'RECEPTION', 'カードリーダー', now() FROM eligibility.terminals
     HAVING NOT EXISTS (SELECT 1 FROM eligibility.terminals WHERE institution_code = $1)`,
    [institutionCode],
  );
  const { rows } = await pool.query<{ id: string }>(`SELECT min(id)::text AS id FROM eligibility.terminals WHERE institution_code = $1`, [institutionCode]);
  return rows[0]!.id;
}

/**
 * Records a consent straight in the consent registry (eligibility.grants), as a card reader of
 * the institution reports one: for `categories`, lasting 24 hours from `grantedAt`. Returns its id.
 * Call one at a time: the rows it adds are looked up before they are added.
 */
export async function insertConsent(pool: Pool, consent: ConsentValues): Promise<string> {
  const institutionCode = consent.institutionCode ?? TEST_INSTITUTION;
  const terminalId = await ensureReferencedRows(pool, consent.personId, institutionCode);
  const grantedAt = consent.grantedAt ?? new Date(Date.now() - 60_000);
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO eligibility.grants (person_id, basis, institution_code, categories, verification, terminal_id, granted_at, expires_at, revoked_at)
     VALUES ($1, 'CONSENT', $2, $3, 'CARD_FACE', $4, $5, $6, $7) RETURNING id::text`,
    [consent.personId, institutionCode, consent.categories, terminalId, grantedAt, new Date(grantedAt.getTime() + CONSENT_HOURS * HOUR_MS), consent.revokedAt ?? null],
  );
  return rows[0]!.id;
}
