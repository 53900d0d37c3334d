import { Client } from 'pg';
import { Persona } from '../gateway/src/auth/personas';

/** A person of the soak: a full record, a certificate in force (to sign in as a patient), insurance numbers naming them alone. */
export interface SoakPerson {
  readonly id: string;
  readonly insurance: { readonly insurerNumber: string; readonly symbol?: string; readonly number: string; readonly branch?: string };
}

/** One kind of request of the mix. */
export interface MixKind {
  readonly name: string;
  readonly description: string;
  /** The request about `person`: its body, and who asks. */
  request(person: SoakPerson): { readonly body: string; readonly as: Persona };
  /** Whether a whole answer (no errors) is what this kind must answer: checked once, on the first answer of each request. */
  plausible(data: unknown): boolean;
}

const RECORD = 'query($id: ID!) { person(id: $id) { name { kanji } birthDate medications(first: 5) { nodes { drugName dispensedOn } } claims(first: 5) { nodes { treatmentMonth claimType institutionName } } } }';
const OWN_RECORD = 'query($id: ID!) { person(id: $id) { name { kanji } medications(first: 3) { nodes { drugName dispensingInstitutionName } } checkups(first: 2) { nodes { examinedOn } } } }';
const ELIGIBILITY = 'query($input: InsuranceEligibilityInput!) { eligibilityByInsurance(input: $input) { status matchCount person { name { kanji } } } }';
const AGGREGATE = 'query($year: Int!) { checkupResults(fiscalYear: $year, by: [SEX, AGE_BAND]) { rows { sex ageBand examined { value suppressed } guidanceLevels { count { value suppressed } } } } }';

type Json = Record<string, unknown>;
const at = (data: unknown, ...path: string[]): unknown => path.reduce<unknown>((value, key) => (value as Json | null | undefined)?.[key], data);
const nonEmpty = (value: unknown): boolean => Array.isArray(value) && value.length > 0;

export interface MixPersonas {
  readonly physician: Persona;
  readonly clerk: Persona;
  readonly analyst: Persona;
  readonly patient: Persona;
}

/** The mix, in the order its kinds are sent: a physician, a patient, a reception clerk and an analyst in turn. */
export function soakMix(personas: MixPersonas, fiscalYear: number): MixKind[] {
  return [
    {
      name: 'physician-record',
      description: "a physician at the hospital where the person consented reads their claims and medications (person(id): name, birth date, 5 latest medications, 5 latest claims)",
      request: (p) => ({ body: JSON.stringify({ query: RECORD, variables: { id: p.id } }), as: personas.physician }),
      plausible: (data) => typeof at(data, 'person', 'name', 'kanji') === 'string' && nonEmpty(at(data, 'person', 'medications', 'nodes')) && nonEmpty(at(data, 'person', 'claims', 'nodes')),
    },
    {
      name: 'patient-own-record',
      description: 'the person, signed in, reads their own record (name, 3 latest medications with the pharmacy, 2 latest checkups)',
      request: (p) => ({ body: JSON.stringify({ query: OWN_RECORD, variables: { id: p.id } }), as: { ...personas.patient, sub: p.id } }),
      plausible: (data) => typeof at(data, 'person', 'name', 'kanji') === 'string' && nonEmpty(at(data, 'person', 'medications', 'nodes')),
    },
    {
      name: 'clerk-eligibility',
      description: "a reception clerk checks the person's eligibility by their insurance numbers (status, match count, name)",
      request: (p) => ({ body: JSON.stringify({ query: ELIGIBILITY, variables: { input: p.insurance } }), as: personas.clerk }),
      plausible: (data) => at(data, 'eligibilityByInsurance', 'status') === 'VALID' && typeof at(data, 'eligibilityByInsurance', 'person', 'name', 'kanji') === 'string',
    },
    {
      name: 'analyst-aggregate',
      description: `an analyst reads the checkup results of fiscal year ${fiscalYear} by sex and age band (the same for every person; counts under 10 withheld)`,
      request: () => ({ body: JSON.stringify({ query: AGGREGATE, variables: { year: fiscalYear } }), as: personas.analyst }),
      plausible: (data) => nonEmpty(at(data, 'checkupResults', 'rows')),
    },
  ];
}

/**
 * Up to `count` persons with claims, checkups and dispensed medications, a certificate in force
 * on `today`, and a qualification in force whose insurance numbers name them alone; in a fixed order.
 */
export async function soakPersons(databaseUrl: string, count: number, today: string): Promise<SoakPerson[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; insurer_number: string; symbol: string | null; number: string; branch: string | null }>(
      `SELECT p.id::text AS id, q.insurer_number, q.symbol, q.number, q.branch FROM eligibility.people p
         JOIN eligibility.qualifications q ON q.person_id = p.id AND q.lost_on IS NULL
        WHERE EXISTS (SELECT 1 FROM eligibility.card_certificates cc WHERE cc.person_id = p.id AND cc.revoked_on IS NULL AND cc.issued_on <= $2::date AND $2::date < cc.expires_on)
          AND EXISTS (SELECT 1 FROM receipts.claims c WHERE c.person_id = p.id)
          AND EXISTS (SELECT 1 FROM checkups.checkups k WHERE k.person_id = p.id)
          AND EXISTS (SELECT 1 FROM prescriptions.dispensings d WHERE d.person_id = p.id)
          AND (SELECT count(*) FROM eligibility.qualifications o
                WHERE (o.insurer_number, o.symbol, o.number, o.branch) IS NOT DISTINCT FROM (q.insurer_number, q.symbol, q.number, q.branch)) = 1
        ORDER BY p.id LIMIT $1`,
      [count, today],
    );
    if (rows.length === 0) throw new Error('no person fits the soak: load more people');
    return rows.map((r) => ({
      id: r.id,
      insurance: { insurerNumber: r.insurer_number, number: r.number, ...(r.symbol ? { symbol: r.symbol } : {}), ...(r.branch ? { branch: r.branch } : {}) },
    }));
  } finally {
    await client.end();
  }
}
