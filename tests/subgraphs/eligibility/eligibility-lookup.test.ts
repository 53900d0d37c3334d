import { AS_OF, EligibilityHarness, counted, startEligibility } from './harness';

/** Status of an eligibility lookup by the numbers on an insurance card, or by a card certificate, against the generated data. */
let harness: EligibilityHarness;
beforeAll(async () => {
  harness = await startEligibility();
});
afterAll(async () => {
  await harness.close();
});

interface Result {
  status: string;
  checkedOn: string;
  matchCount: number;
  qualification: { id: string; insurerNumber: string; lostOn: string | null } | null;
  person: { id: string; birthDate: string } | null;
}

const RESULT = `status checkedOn matchCount qualification { id insurerNumber lostOn } person { id birthDate }`;
const BY_INSURANCE = `query($input: InsuranceEligibilityInput!) { eligibilityByInsurance(input: $input) { ${RESULT} } }`;
const BY_CERTIFICATE = `query($input: CertificateEligibilityInput!) { eligibilityByCertificate(input: $input) { ${RESULT} } }`;

interface QualificationFound {
  id: string;
  person_id: string;
  insurer_number: string;
  symbol: string;
  number: string;
  branch: string;
}

const IN_FORCE = `o.acquired_on <= $1::date AND (o.lost_on IS NULL OR o.lost_on > $1::date)`;

async function findQualification(where: string): Promise<QualificationFound> {
  const { rows } = await harness.pool.query<QualificationFound>(
    `SELECT q.id::text, q.person_id::text, q.insurer_number, q.symbol, q.number, q.branch FROM qualifications q WHERE ${where} ORDER BY q.id LIMIT 1`,
    [AS_OF],
  );
  if (!rows[0]) throw new Error(`the data set has no qualification where ${where}`);
  return rows[0];
}

async function byInsurance(input: Record<string, unknown>): Promise<Result> {
  const response = await harness.query<{ eligibilityByInsurance: Result }>(BY_INSURANCE, { input: { asOf: AS_OF, ...input } });
  expect(response.errors).toBeUndefined();
  return response.data!.eligibilityByInsurance;
}

async function byCertificate(input: Record<string, unknown>): Promise<Result> {
  const response = await harness.query<{ eligibilityByCertificate: Result }>(BY_CERTIFICATE, { input: { asOf: AS_OF, ...input } });
  expect(response.errors).toBeUndefined();
  return response.data!.eligibilityByCertificate;
}

const numbersOf = (q: QualificationFound) => ({ insurerNumber: q.insurer_number, symbol: q.symbol || null, number: q.number, branch: q.branch });

describe('eligibilityByInsurance', () => {
  test('VALID: a qualification in force, with its person', async () => {
    const q = await findQualification(
      `q.acquired_on <= $1::date AND (q.lost_on IS NULL OR q.lost_on > $1::date)
       AND NOT EXISTS (SELECT 1 FROM qualifications o WHERE o.id <> q.id AND (o.insurer_number, o.symbol, o.number, o.branch) = (q.insurer_number, q.symbol, q.number, q.branch))`,
    );
    const result = await byInsurance(numbersOf(q));
    expect(result).toMatchObject({ status: 'VALID', checkedOn: AS_OF, matchCount: 1, qualification: { id: q.id, lostOn: null }, person: { id: q.person_id } });
  });

  test('VALID for a card with no 記号 (後期高齢者医療), symbol omitted', async () => {
    const q = await findQualification(`q.symbol = '' AND q.acquired_on <= $1::date AND q.lost_on IS NULL`);
    const result = await byInsurance({ insurerNumber: q.insurer_number, number: q.number, branch: q.branch });
    expect(result).toMatchObject({ status: 'VALID', qualification: { id: q.id }, person: { id: q.person_id } });
  });

  test('INVALID_NEWER_QUALIFICATION: lost, the person has a newer one; only the checked (lost) qualification is returned', async () => {
    const q = await findQualification(`q.lost_on <= $1::date AND EXISTS (SELECT 1 FROM qualifications o WHERE o.person_id = q.person_id AND ${IN_FORCE})`);
    const result = await byInsurance(numbersOf(q));
    expect(result.status).toBe('INVALID_NEWER_QUALIFICATION');
    expect(result.qualification?.id).toBe(q.id);
    expect(result.qualification?.lostOn).not.toBeNull();
    expect(result.person).toBeNull();
    expect(result.matchCount).toBe(1);
  });

  test('INVALID: lost and the person has no qualification in force', async () => {
    const q = await findQualification(`q.lost_on <= $1::date AND NOT EXISTS (SELECT 1 FROM qualifications o WHERE o.person_id = q.person_id AND ${IN_FORCE})`);
    const result = await byInsurance(numbersOf(q));
    expect(result).toMatchObject({ status: 'INVALID', matchCount: 1, qualification: { id: q.id }, person: { id: q.person_id } });
  });

  test('MULTIPLE: a household queried without 枝番 returns only the count', async () => {
    const { rows } = await harness.pool.query<{ insurer_number: string; symbol: string; number: string; persons: number }>(
      `SELECT insurer_number, symbol, number, count(DISTINCT person_id)::int AS persons FROM qualifications
       WHERE acquired_on <= $1::date GROUP BY insurer_number, symbol, number HAVING count(DISTINCT person_id) > 1 ORDER BY 1, 2, 3 LIMIT 1`,
      [AS_OF],
    );
    const household = rows[0]!;
    const result = await byInsurance({ insurerNumber: household.insurer_number, symbol: household.symbol || null, number: household.number });
    expect(result).toEqual({ status: 'MULTIPLE', checkedOn: AS_OF, matchCount: household.persons, qualification: null, person: null });
  });

  test('a household without 枝番 but with a birth date narrows to one member', async () => {
    const { rows } = await harness.pool.query<{ insurer_number: string; symbol: string; number: string; person_id: string; birth_date: string }>(
      `SELECT q.insurer_number, q.symbol, q.number, q.person_id::text, p.birth_date::text FROM qualifications q JOIN people p ON p.id = q.person_id
       WHERE q.acquired_on <= $1::date AND q.lost_on IS NULL
         AND (SELECT count(DISTINCT o.person_id) FROM qualifications o WHERE (o.insurer_number, o.symbol, o.number) = (q.insurer_number, q.symbol, q.number)) > 1
         AND (SELECT count(*) FROM qualifications o JOIN people op ON op.id = o.person_id
              WHERE (o.insurer_number, o.symbol, o.number) = (q.insurer_number, q.symbol, q.number) AND op.birth_date = p.birth_date) = 1
       ORDER BY q.id LIMIT 1`,
      [AS_OF],
    );
    const member = rows[0]!;
    const result = await byInsurance({ insurerNumber: member.insurer_number, symbol: member.symbol || null, number: member.number, birthDate: member.birth_date });
    expect(result).toMatchObject({ status: 'VALID', matchCount: 1, person: { id: member.person_id, birthDate: member.birth_date } });
  });

  test('NONE: numbers nobody has', async () => {
    expect(await byInsurance({ insurerNumber: '01130012', symbol: '1', number: '99999999', branch: '01' })).toEqual({
      status: 'NONE',
      checkedOn: AS_OF,
      matchCount: 0,
      qualification: null,
      person: null,
    });
  });

  test('NONE: a qualification checked for a date before it was acquired', async () => {
    const q = await findQualification(`q.acquired_on > '2000-01-02'::date AND q.acquired_on <= $1::date`);
    const { rows } = await harness.pool.query<{ before: string }>(`SELECT (acquired_on - 1)::text AS before FROM qualifications WHERE id = $1`, [q.id]);
    const result = await byInsurance({ ...numbersOf(q), asOf: rows[0]!.before });
    expect(result).toMatchObject({ status: 'NONE', checkedOn: rows[0]!.before, qualification: null });
  });

  test('costs one SQL statement (two with the person)', async () => {
    const q = await findQualification(`q.lost_on IS NULL AND q.acquired_on <= $1::date`);
    const withoutPerson = await counted(harness, () =>
      harness.query(`query($input: InsuranceEligibilityInput!) { eligibilityByInsurance(input: $input) { status qualification { id } } }`, {
        input: { ...numbersOf(q), asOf: AS_OF },
      }),
    );
    expect(withoutPerson.statements).toBe(1);
    const withPerson = await counted(harness, () => byInsurance(numbersOf(q)));
    expect(withPerson.statements).toBe(2);
  });
});

describe('eligibilityByCertificate', () => {
  interface CertificateFound {
    serial: string;
    kind: string;
    person_id: string;
  }
  async function findCertificate(where: string): Promise<CertificateFound> {
    const { rows } = await harness.pool.query<CertificateFound>(
      `SELECT c.serial, c.kind, c.person_id::text FROM card_certificates c WHERE c.issued_on <= $1::date AND c.expires_on > $1::date AND ${where} ORDER BY c.serial LIMIT 1`,
      [AS_OF],
    );
    if (!rows[0]) throw new Error(`the data set has no certificate where ${where}`);
    return rows[0];
  }
  const inForceCount = (n: number) => `(SELECT count(*) FROM qualifications o WHERE o.person_id = c.person_id AND ${IN_FORCE}) = ${n}`;

  test('VALID: an active card returns the person and their qualification in force', async () => {
    const c = await findCertificate(`c.kind = 'CARD' AND ${inForceCount(1)}`);
    const result = await byCertificate({ certificateSerial: c.serial.toLowerCase(), kind: 'CARD' });
    const { rows } = await harness.pool.query<{ id: string }>(`SELECT o.id::text FROM qualifications o WHERE o.person_id = $2 AND ${IN_FORCE}`, [AS_OF, c.person_id]);
    expect(result).toMatchObject({ status: 'VALID', matchCount: 1, person: { id: c.person_id }, qualification: { id: rows[0]!.id } });
  });

  test('VALID with the current qualification when the person also has a lost one', async () => {
    const c = await findCertificate(`${inForceCount(1)} AND EXISTS (SELECT 1 FROM qualifications o WHERE o.person_id = c.person_id AND o.lost_on <= $1::date)`);
    const result = await byCertificate({ certificateSerial: c.serial, kind: c.kind });
    expect(result.status).toBe('VALID');
    expect(result.qualification?.lostOn).toBeNull();
    expect(result.person?.id).toBe(c.person_id);
  });

  test('NONE: the right serial with the wrong kind', async () => {
    const c = await findCertificate(`c.kind = 'CARD'`);
    expect(await byCertificate({ certificateSerial: c.serial, kind: 'SMARTPHONE' })).toMatchObject({ status: 'NONE', matchCount: 0, person: null });
  });

  test('NONE: an expired certificate', async () => {
    const c = await findCertificate(`${inForceCount(1)}`);
    const { rows } = await harness.pool.query<{ expires_on: string }>(`SELECT expires_on::text FROM card_certificates WHERE serial = $1`, [c.serial]);
    expect(await byCertificate({ certificateSerial: c.serial, kind: c.kind, asOf: rows[0]!.expires_on })).toMatchObject({ status: 'NONE', person: null });
  });

  test('NONE: a revoked certificate (crafted: revoked a month ago)', async () => {
    const c = await findCertificate(`c.kind = 'SMARTPHONE' AND ${inForceCount(1)}`);
    expect((await byCertificate({ certificateSerial: c.serial, kind: c.kind })).status).toBe('VALID');
    await harness.pool.query(`UPDATE card_certificates SET revoked_on = $1::date - 30 WHERE serial = $2`, [AS_OF, c.serial]);
    expect(await byCertificate({ certificateSerial: c.serial, kind: c.kind })).toMatchObject({ status: 'NONE', person: null, qualification: null });
  });

  test('INVALID: the person of an active card has no qualification in force', async () => {
    const c = await findCertificate(`${inForceCount(0)} AND EXISTS (SELECT 1 FROM qualifications o WHERE o.person_id = c.person_id)`);
    expect(await byCertificate({ certificateSerial: c.serial, kind: c.kind })).toMatchObject({ status: 'INVALID', matchCount: 1, person: { id: c.person_id } });
  });

  test('MULTIPLE: a person with two qualifications in force (crafted: a second one added)', async () => {
    const c = await findCertificate(`c.kind = 'CARD' AND ${inForceCount(1)} AND NOT EXISTS (SELECT 1 FROM qualifications o WHERE o.person_id = c.person_id AND o.lost_on IS NOT NULL)`);
    await harness.pool.query(
      `INSERT INTO qualifications (id, person_id, insurer_number, symbol, number, branch, relationship, acquired_on, lost_on, benefit_ratio, high_cost_category)
       SELECT id + 9, person_id, '01130012', '777', '7777777', '01', 'INSURED', $1::date - 10, NULL, 70, 'U' FROM qualifications WHERE person_id = $2`,
      [AS_OF, c.person_id],
    );
    expect(await byCertificate({ certificateSerial: c.serial, kind: 'CARD' })).toEqual({ status: 'MULTIPLE', checkedOn: AS_OF, matchCount: 2, qualification: null, person: null });
  });
});
