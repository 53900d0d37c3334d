import { EligibilityHarness, counted, startEligibility } from './harness';

/** Malformed arguments are refused with BAD_USER_INPUT naming the argument, before any SQL runs. */
let harness: EligibilityHarness;
beforeAll(async () => {
  harness = await startEligibility();
});
afterAll(async () => {
  await harness.close();
});

const BY_INSURANCE = `query($input: InsuranceEligibilityInput!) { eligibilityByInsurance(input: $input) { status } }`;
const BY_CERTIFICATE = `query($input: CertificateEligibilityInput!) { eligibilityByCertificate(input: $input) { status } }`;
const valid = { insurerNumber: '01130012', symbol: '1234', number: '0000001', branch: '01', asOf: '2026-11-01' };

async function expectRefused(query: string, variables: Record<string, unknown>, argument: string, message: string): Promise<void> {
  const { response, statements } = await counted(harness, () => harness.query(query, variables));
  expect(response.status).toBe(200);
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', argument } });
  expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|at .*\.ts:/);
  expect(statements).toBe(0);
}

async function somePersonId(): Promise<string> {
  const { rows } = await harness.pool.query<{ id: string }>(`SELECT id::text FROM people ORDER BY id LIMIT 1`);
  return rows[0]!.id;
}

describe('eligibilityByInsurance refuses, with no SQL run', () => {
  test.each([
    ['an insurer number with a wrong check digit', { insurerNumber: '01130013' }, 'input.insurerNumber', 'Invalid input.insurerNumber: check digit is 3, expected 2'],
    ['a 7-digit insurer number', { insurerNumber: '0113001' }, 'input.insurerNumber', 'Invalid input.insurerNumber: must be 8 digits (6 for National Health Insurance), got 7'],
    ['letters in the insurer number', { insurerNumber: '0113OO12' }, 'input.insurerNumber', 'Invalid input.insurerNumber: must contain only the digits 0-9'],
    ['full-width digits in the symbol', { symbol: '１２３４' }, 'input.symbol', 'Invalid input.symbol: must use the digits 0-9, not full-width digits (０-９)'],
    ['letters in the number', { number: 'No.1' }, 'input.number', 'Invalid input.number: must contain only the digits 0-9'],
    ['a 3-digit branch', { branch: '001' }, 'input.branch', 'Invalid input.branch: must be 2 digits (e.g. 01)'],
    ['a bad birth date', { birthDate: '1990-02-30' }, 'input.birthDate', 'Invalid input.birthDate: is not a calendar date'],
    ['a bad asOf', { asOf: '01/11/2026' }, 'input.asOf', 'Invalid input.asOf: must be a date as YYYY-MM-DD'],
  ])('%s', async (_, change, argument, message) => {
    await expectRefused(BY_INSURANCE, { input: { ...valid, ...change } }, argument, message);
  });
});

describe('eligibilityByCertificate refuses, with no SQL run', () => {
  test.each([
    ['a serial that is not 16 hex characters', { certificateSerial: '123456789012' }, 'input.certificateSerial', 'Invalid input.certificateSerial: must be 16 hexadecimal characters (0-9, A-F)'],
    ['a month 13 asOf', { asOf: '2026-13-01' }, 'input.asOf', 'Invalid input.asOf: is not a calendar date'],
  ])('%s', async (_, change, argument, message) => {
    await expectRefused(BY_CERTIFICATE, { input: { certificateSerial: '5D5A9F000000001C', kind: 'CARD', asOf: '2026-11-01', ...change } }, argument, message);
  });
});

describe('lookups by key refuse, with no SQL run', () => {
  test.each([
    ['institution code with a wrong check digit', `{ institution(code: "1311000000") { name } }`, 'code', 'Invalid code: check digit is 0, expected 2'],
    ['institution code with 9 digits', `{ institution(code: "131100000") { name } }`, 'code', 'Invalid code: must be 10 digits, got 9'],
    ['insurer number with letters', `{ insurer(number: "ABCDEFGH") { name } }`, 'number', 'Invalid number: must contain only the digits 0-9'],
    ['a person id that is not a UUID (e.g. an individual number)', `{ person(id: "123456789012") { id } }`, 'id', 'Invalid id: must be a person id (a UUID)'],
  ])('%s', async (_, query, argument, message) => {
    await expectRefused(query, {}, argument, message);
  });
});

describe('Person field arguments refuse before their SQL runs', () => {
  const QUALIFICATIONS = `query($id: ID!, $first: Int, $after: String) { person(id: $id) { id qualifications(first: $first, after: $after) { nodes { id } } } }`;
  const CURRENT = `query($id: ID!, $asOf: Date) { person(id: $id) { id currentQualification(asOf: $asOf) { id } } }`;
  test.each([
    ['first above 100', QUALIFICATIONS, { first: 101 }, 'first', 'Invalid first: must be between 1 and 100'],
    ['first of 0', QUALIFICATIONS, { first: 0 }, 'first', 'Invalid first: must be between 1 and 100'],
    ['a forged cursor', QUALIFICATIONS, { after: Buffer.from(JSON.stringify(['x', '1'])).toString('base64url') }, 'after', 'Invalid after: not a cursor returned by this connection'],
    ['garbage as a cursor', QUALIFICATIONS, { after: '!!!' }, 'after', 'Invalid after: not a cursor returned by this connection'],
    ['a bad currentQualification asOf', CURRENT, { asOf: '2026-02-29' }, 'asOf', 'Invalid asOf: is not a calendar date'],
  ])('%s', async (_, query, variables, argument, message) => {
    const id = await somePersonId();
    const { response, statements } = await counted(harness, () => harness.query(query, { id, ...variables }));
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', argument } });
    // Only the person itself was read; the refused field ran no statement.
    expect(statements).toBe(1);
  });
});

describe('a Date that is not a string', () => {
  test('as a variable → BAD_USER_INPUT naming the variable path', async () => {
    const { response, statements } = await counted(harness, () => harness.query(BY_INSURANCE, { input: { ...valid, asOf: 20261101 } }));
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toBe('Variable "$input" got invalid value 20261101 at "input.asOf"; a Date must be a string YYYY-MM-DD');
    expect(statements).toBe(0);
  });

  test('as a literal → GRAPHQL_VALIDATION_FAILED with its location', async () => {
    const { response, statements } = await counted(harness, () =>
      harness.query(`{ eligibilityByInsurance(input: { insurerNumber: "01130012", number: "1", asOf: 20261101 }) { status } }`),
    );
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({
      message: 'Expected value of type "Date", found 20261101; a Date must be a string YYYY-MM-DD',
      locations: [{ line: 1, column: 81 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(statements).toBe(0);
  });
});
