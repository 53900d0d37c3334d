import { postGraphQL } from '../support/graphql';
import { countStatements, startTestStack, TestStack } from '../support/stack';

/**
 * No N+1 across the federated graph: the SQL statements behind one person's full record are
 * the same for a person with one claim and dispensing as for one with a hundred of each.
 */
const FULL_RECORD = /* GraphQL */ `
  query FullRecord($id: ID!) {
    person(id: $id) {
      name { kanji }
      qualifications { nodes { insurer { name } } }
      claims(first: 100) {
        totalCount
        nodes {
          treatmentMonth institutionName totalPoints actualDays
          insurer { number benefitRatio }
          publicExpenses { payerNumber }
          procedures { section code name count points careCategory }
          drugs { code name quantity }
          materials { code name }
          remarks { kind text }
          meals { count amountYen }
        }
      }
      medications(first: 100) {
        totalCount
        nodes { dispensedOn drug { name ingredientName route } dispensingInstitution { name } prescribingInstitution { name } }
      }
    }
  }
`;

interface FullRecord {
  person: { claims: { totalCount: number; nodes: unknown[] }; medications: { totalCount: number; nodes: unknown[] } };
}

/** Gives `target` exactly `copies` copies of `source`'s single claim (with every child row) and dispensing. */
async function craftHistory(t: TestStack, source: string, target: string, copies: number, idBase: number): Promise<void> {
  const children = await t.sql<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = 'receipts' AND column_name = 'claim_id' ORDER BY table_name`,
  );
  await t.sql('BEGIN');
  for (const { table_name } of children) {
    await t.sql(`DELETE FROM receipts.${table_name} WHERE claim_id IN (SELECT id FROM receipts.claims WHERE person_id = $1)`, [target]);
  }
  await t.sql('DELETE FROM receipts.claims WHERE person_id = $1', [target]);
  await t.sql('DELETE FROM prescriptions.dispensings WHERE person_id = $1', [target]);
  await t.sql(
    `INSERT INTO receipts.claims SELECT (jsonb_populate_record(NULL::receipts.claims, to_jsonb(c) || jsonb_build_object('id', $3::bigint + g, 'person_id', $2::uuid))).*
       FROM receipts.claims c, generate_series(1, $4::int) g WHERE c.person_id = $1`,
    [source, target, idBase, copies],
  );
  for (const { table_name } of children) {
    await t.sql(
      `INSERT INTO receipts.${table_name} SELECT (jsonb_populate_record(NULL::receipts.${table_name}, to_jsonb(x) || jsonb_build_object('claim_id', $2::bigint + g))).*
         FROM receipts.${table_name} x JOIN receipts.claims c ON c.id = x.claim_id, generate_series(1, $3::int) g WHERE c.person_id = $1`,
      [source, idBase, copies],
    );
  }
  await t.sql(
    `INSERT INTO prescriptions.dispensings SELECT (jsonb_populate_record(NULL::prescriptions.dispensings, to_jsonb(d) || jsonb_build_object('id', $3::bigint + g, 'person_id', $2::uuid))).*
       FROM prescriptions.dispensings d, generate_series(1, $4::int) g WHERE d.person_id = $1`,
    [source, target, idBase, copies],
  );
  await t.sql('COMMIT');
}

describe('statements per request do not grow with the records returned (through the gateway)', () => {
  let t: TestStack;
  let one: string;
  let hundred: string;

  beforeAll(async () => {
    // A hundred claims and dispensings with their lists cost more than the default limit allows a client.
    t = await startTestStack({ people: 150, gatewaySettings: { operationLimits: { maxCost: 20_000 } } });
    // A person with exactly one claim, one dispensing, and rows in every claim child table.
    const [source] = await t.sql<{ person_id: string }>(
      `SELECT c.person_id FROM receipts.claims c
        WHERE (SELECT count(*) FROM receipts.claims x WHERE x.person_id = c.person_id) = 1
          AND (SELECT count(*) FROM prescriptions.dispensings d WHERE d.person_id = c.person_id) = 1
        ORDER BY c.person_id LIMIT 1`,
    );
    // Each reads their own record (the patient's view of a claim shows every table but the diagnoses), so they need a certificate in force.
    const people = await t.sql<{ id: string }>(
      `SELECT p.id FROM eligibility.people p
        WHERE p.id <> $1 AND EXISTS (SELECT 1 FROM eligibility.card_certificates c
                                      WHERE c.person_id = p.id AND c.revoked_on IS NULL AND c.issued_on <= now()::date AND now()::date < c.expires_on)
        ORDER BY p.id LIMIT 2`,
      [source!.person_id],
    );
    one = people[0]!.id;
    hundred = people[1]!.id;
    await craftHistory(t, source!.person_id, one, 1, 9_100_000_000);
    await craftHistory(t, source!.person_id, hundred, 100, 9_200_000_000);
  });
  afterAll(async () => t.stop());

  it('runs the same number of statements for 1 and for 100 claims and dispensings', async () => {
    const [oneself, hundredself] = [await t.patientAuthorization(one), await t.patientAuthorization(hundred)];
    const small = await countStatements(t.stack, () => postGraphQL<FullRecord>(t.url, FULL_RECORD, { id: one }, oneself));
    const large = await countStatements(t.stack, () => postGraphQL<FullRecord>(t.url, FULL_RECORD, { id: hundred }, hundredself));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect(small.result.data!.person.claims.nodes).toHaveLength(1);
    expect(large.result.data!.person.claims.nodes).toHaveLength(100);
    expect(large.result.data!.person.medications.nodes).toHaveLength(100);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeGreaterThan(0);
  });
});
