import { Client } from 'pg';

/** Persons with claims, checkups and dispensed medications (so every part of the record has rows), in a fixed order. */
export async function personsWithFullRecords(databaseUrl: string, count: number): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT p.id FROM eligibility.people p
        WHERE EXISTS (SELECT 1 FROM receipts.claims c WHERE c.person_id = p.id)
          AND EXISTS (SELECT 1 FROM checkups.checkups k WHERE k.person_id = p.id)
          AND EXISTS (SELECT 1 FROM prescriptions.dispensings d WHERE d.person_id = p.id)
        ORDER BY p.id LIMIT $1`,
      [count],
    );
    if (rows.length === 0) throw new Error('no person has claims, checkups and medications: load more people');
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}
