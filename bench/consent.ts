import { Client } from 'pg';

/**
 * Records each person's consent to every category at the institution, as its card reader would
 * report it (DOMAIN.md §4.1: card and face recognition, lasting 24 hours from now), straight in
 * the consent registry, so that the benchmark's physician may read their records.
 */
export async function consentAt(databaseUrl: string, institutionCode: string, persons: readonly string[]): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `INSERT INTO eligibility.grants (person_id, basis, institution_code, categories, verification, terminal_id, granted_at, expires_at)
       SELECT person_id, 'CONSENT', t.institution_code, ARRAY['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'], 'CARD_FACE', t.id, now(), now() + interval '24 hours'
         FROM unnest($2::uuid[]) AS person_id,
              (SELECT id, institution_code FROM eligibility.terminals WHERE institution_code = $1 AND kind = 'RECEPTION' ORDER BY id LIMIT 1) AS t`,
      [institutionCode, persons],
    );
    if (rowCount !== persons.length) throw new Error(`institution ${institutionCode} has no reception terminal (card reader) to consent at`);
  } finally {
    await client.end();
  }
}
