import { Client } from 'pg';

/**
 * Persons with claims, checkups and dispensed medications (so every part of the record has rows),
 * in a fixed order; only those told of every diagnosis on their claims, so that an institution
 * sees the same diagnoses with the field policy as without it (DOMAIN.md §5: untold diagnoses are
 * left out of its lists). Every diagnosis is still judged by the policy.
 */
export async function personsWithFullRecords(databaseUrl: string, count: number): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT p.id FROM eligibility.people p
        WHERE EXISTS (SELECT 1 FROM receipts.claims c WHERE c.person_id = p.id)
          AND EXISTS (SELECT 1 FROM checkups.checkups k WHERE k.person_id = p.id)
          AND EXISTS (SELECT 1 FROM prescriptions.dispensings d WHERE d.person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM receipts.claims c JOIN receipts.claim_diagnoses cd ON cd.claim_id = c.id WHERE c.person_id = p.id AND NOT cd.told)
        ORDER BY p.id LIMIT $1`,
      [count],
    );
    if (rows.length === 0) throw new Error('no person has claims, checkups and medications, and was told of every diagnosis: load more people');
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}
