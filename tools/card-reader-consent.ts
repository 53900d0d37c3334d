import { Client } from 'pg';

/**
 * Records each person's consent to every category at the institution straight in the consent
 * registry, as the institution's card reader (its first reception terminal) would report it after
 * a card-and-face verification made now (each with a verification id of its own, as the reader
 * gives one per verification): lasting 24 hours from now, superseding the person's open consent
 * there (DOMAIN.md §4.1). For the demo (`npm start`) and the benchmark, whose callers must be able
 * to read a record from the start; a real consent comes through recordConsent.
 */
export async function consentAtCardReader(databaseUrl: string, institutionCode: string, persons: readonly string[]): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `UPDATE eligibility.grants SET revoked_at = GREATEST(now(), granted_at)
        WHERE person_id = ANY($2::uuid[]) AND institution_code = $1 AND basis = 'CONSENT' AND revoked_at IS NULL`,
      [institutionCode, persons],
    );
    const { rowCount } = await client.query(
      `INSERT INTO eligibility.grants (person_id, basis, institution_code, categories, verification, terminal_id, granted_at, expires_at, verification_id, verified_at)
       SELECT person_id, 'CONSENT', t.institution_code, ARRAY['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'], 'CARD_FACE', t.id, now(), now() + interval '24 hours', gen_random_uuid(), now()
         FROM unnest($2::uuid[]) AS person_id,
              (SELECT id, institution_code FROM eligibility.terminals WHERE institution_code = $1 AND kind = 'RECEPTION' ORDER BY id LIMIT 1) AS t`,
      [institutionCode, persons],
    );
    if (rowCount !== persons.length) throw new Error(`institution ${institutionCode} has no reception terminal (card reader) to consent at`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
