import { postGraphQL } from '../support/graphql';
import { startTestStack, TestStack } from '../support/stack';

const PERSON_RECORD = /* GraphQL */ `
  query PersonRecord($id: ID!) {
    person(id: $id) {
      id
      name { kanji kana }
      sex
      birthDate
      currentQualification { insurerNumber insurer { name type } benefitRatio }
      claims(first: 5) {
        totalCount
        nodes {
          id treatmentMonth institutionName
          procedures { section code name count careCategory }
          institution { code name kind }
        }
      }
      checkups(first: 5) { nodes { examinedOn items { bmi waistCm } guidance { level group } } }
      medications(first: 5) { totalCount nodes { dispensedOn drugCode drugName } }
    }
  }
`;

interface PersonRecord {
  person: {
    id: string;
    name: { kanji: string; kana: string };
    currentQualification: { insurerNumber: string; insurer: { name: string } } | null;
    claims: { totalCount: number; nodes: Array<{ id: string; procedures: Array<{ careCategory: string | null }>; institution: { code: string; name: string } | null }> };
    checkups: { nodes: Array<{ guidance: { level: string } }> };
    medications: { totalCount: number; nodes: Array<{ drugCode: string }> };
  } | null;
}

describe('one query through the gateway reaches all four subgraphs', () => {
  let t: TestStack;
  let personId: string;
  let physician: Record<string, string>;

  beforeAll(async () => {
    t = await startTestStack({ people: 150 });
    physician = await t.authorization('physician');
    // Someone with claims (with listed care), dispensings and checkups, who can consent with a certificate in force.
    const [row] = await t.sql<{ person_id: string }>(
      `SELECT c.person_id FROM receipts.claims c
         JOIN receipts.claim_procedures p ON p.claim_id = c.id AND p.care_category IS NOT NULL
         JOIN prescriptions.dispensings d USING (person_id)
         JOIN checkups.checkups k USING (person_id)
         JOIN eligibility.card_certificates cc ON cc.person_id = c.person_id AND cc.revoked_on IS NULL AND cc.issued_on <= now()::date AND now()::date < cc.expires_on
       GROUP BY c.person_id ORDER BY c.person_id LIMIT 1`,
    );
    personId = row!.person_id;
    // The physician reads under the patient's consent at their hospital (DOMAIN.md §4.1).
    await t.recordConsent(personId, ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE']);
  });
  afterAll(async () => t.stop());

  it('returns the person with eligibility, claims, checkups and medications', async () => {
    const response = await postGraphQL<PersonRecord>(t.url, PERSON_RECORD, { id: personId }, physician);
    expect(response.errors).toBeUndefined();
    const person = response.data!.person!;
    expect(person.id).toBe(personId);
    expect(person.name.kanji).toMatch(/\S+ \S+/);
    expect(person.name.kana).toMatch(/^[ァ-ヶー ]+$/);
    expect(person.currentQualification?.insurer.name).toBeTruthy();

    const [claims] = await t.sql<{ n: string }>('SELECT count(*) AS n FROM receipts.claims WHERE person_id = $1', [personId]);
    expect(person.claims.totalCount).toBe(Number(claims!.n));
    expect(person.claims.nodes.length).toBeGreaterThan(0);
    // Institutions see the listed medical care only (DOMAIN.md §5, ②): routine care is not in their lists.
    expect(person.claims.nodes.flatMap((claim) => claim.procedures).every((procedure) => procedure.careCategory !== null)).toBe(true);

    const [checkups] = await t.sql<{ n: string }>('SELECT count(*) AS n FROM checkups.checkups WHERE person_id = $1', [personId]);
    expect(person.checkups.nodes.length).toBe(Math.min(5, Number(checkups!.n)));
    expect(['INTENSIVE', 'MOTIVATIONAL', 'INFORMATION']).toContain(person.checkups.nodes[0]!.guidance.level);

    expect(person.medications.totalCount).toBeGreaterThan(0);
    expect(person.medications.nodes[0]!.drugCode).toMatch(/^\d{9}$/);
  });

  it('resolves institutions referenced by claims and dispensings through the eligibility subgraph', async () => {
    const response = await postGraphQL<PersonRecord>(t.url, PERSON_RECORD, { id: personId }, physician);
    expect(response.errors).toBeUndefined();
    const claim = response.data!.person!.claims.nodes[0]!;
    const [row] = await t.sql<{ institution_code: string; name: string }>(
      'SELECT c.institution_code, i.name FROM receipts.claims c JOIN eligibility.institutions i ON i.code = c.institution_code WHERE c.id = $1',
      [claim.id],
    );
    expect(claim.institution).toEqual({ code: row!.institution_code, name: row!.name, kind: expect.any(String) });
    // The dispensing pharmacy is named to the patient only (seed 000: 医療機関名は患者のみ提供).
    const own = await postGraphQL<{ person: { medications: { nodes: Array<{ dispensingInstitution: { name: string } | null }> } } }>(
      t.url,
      'query($id: ID!) { person(id: $id) { medications(first: 1) { nodes { dispensingInstitution { name } } } } }',
      { id: personId },
      await t.patientAuthorization(personId),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.person.medications.nodes[0]!.dispensingInstitution?.name).toBeTruthy();
  });

  it('answers null, not an error, for a person id that does not exist', async () => {
    const response = await postGraphQL<PersonRecord>(t.url, PERSON_RECORD, { id: '00000000-0000-8000-a000-000000000000' }, physician);
    expect(response.errors).toBeUndefined();
    expect(response.data!.person).toBeNull();
  });
});
