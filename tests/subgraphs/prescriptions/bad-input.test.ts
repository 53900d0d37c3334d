import { DRUGS } from '../../../data/src/masters';
import { encodeCursor } from '../../../subgraphs/common/src/pagination';
import { PrescriptionsHarness, personEntities, startPrescriptionsHarness } from './harness';

const PERSON_FIELDS = `
  query ($representations: [_Any!]!, $first: Int, $after: String, $from: Date, $to: Date, $drugCodes: [String!]!, $asOf: Date, $withCheck: Boolean!, $withMedications: Boolean!, $withPrescriptions: Boolean!) {
    _entities(representations: $representations) {
      ... on Person {
        medications(first: $first, after: $after, from: $from, to: $to) @include(if: $withMedications) { totalCount nodes { id } }
        electronicPrescriptions(first: $first, after: $after) @include(if: $withPrescriptions) { totalCount nodes { id } }
        duplicateMedicationCheck(drugCodes: $drugCodes, asOf: $asOf) @include(if: $withCheck) { findings { reason } }
      }
    }
  }`;

const PERSON = 'c0000000-0000-4000-8000-0000000dbad0';
const fields = { withMedications: false, withPrescriptions: false, withCheck: false, drugCodes: [] as string[] };

let harness: PrescriptionsHarness;

beforeAll(async () => {
  harness = await startPrescriptionsHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('bad input is BAD_USER_INPUT naming the argument, before any SQL', () => {
  test.each<[string, Record<string, unknown>, string, RegExp]>([
    ['medications first 0', { withMedications: true, first: 0 }, 'first', /between 1 and 100/],
    ['medications first 101', { withMedications: true, first: 101 }, 'first', /between 1 and 100/],
    ['medications after not a cursor', { withMedications: true, after: 'bm90IGEgY3Vyc29y' }, 'after', /not a cursor/],
    ['medications after with a forged key', { withMedications: true, after: encodeCursor(['2025-06-01', "1) OR (1=1"]) }, 'after', /not a cursor/],
    ['medications from not a date', { withMedications: true, from: '2025-13-01' }, 'from', /must be a date as YYYY-MM-DD|not a calendar date/],
    ['medications to not a calendar date', { withMedications: true, to: '2025-02-29' }, 'to', /not a calendar date/],
    ['medications to before from', { withMedications: true, from: '2025-06-01', to: '2025-05-31' }, 'to', /before from/],
    ['e-prescriptions first 500', { withPrescriptions: true, first: 500 }, 'first', /between 1 and 100/],
    ['e-prescriptions after with a bad date', { withPrescriptions: true, after: encodeCursor(['yesterday', 1]) }, 'after', /not a cursor/],
    ['duplicate check with 21 codes', { withCheck: true, drugCodes: Array.from({ length: 21 }, () => DRUGS.amlodipine.code) }, 'drugCodes', /at most 20/],
    ['duplicate check with an 8-digit code', { withCheck: true, drugCodes: [DRUGS.amlodipine.code, '61044304'] }, 'drugCodes', /"61044304" \(item 2\) must be 9 digits/],
    ['duplicate check with asOf not a date', { withCheck: true, drugCodes: [DRUGS.amlodipine.code], asOf: '2025/06/30' }, 'asOf', /YYYY-MM-DD/],
  ])('%s', async (_, variables, argument, message) => {
    const { response, statements } = await harness.counted(PERSON_FIELDS, { ...personEntities([PERSON]), ...fields, ...variables });
    expect(response.status).toBe(200);
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error!.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    expect(error!.message).toMatch(new RegExp(`^Invalid ${argument}: `));
    expect(error!.message).toMatch(message);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at \w+ \(|\.ts:\d+/);
    expect(statements).toBe(0);
  });

  test('Query.drug with a code that is not 9 digits', async () => {
    const { response, statements } = await harness.counted('query ($code: String!) { drug(code: $code) { name } }', { code: '12345' });
    expect(response.errors![0]).toMatchObject({ message: 'Invalid code: must be 9 digits', extensions: { code: 'BAD_USER_INPUT', argument: 'code' } });
    expect(response.data).toEqual({ drug: null });
    expect(statements).toBe(0);
  });

  test('an unknown status is refused by the schema, before any SQL', async () => {
    const { response, statements } = await harness.counted(
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { electronicPrescriptions(status: LOST) { totalCount } } } }',
      personEntities([PERSON]),
    );
    expect(response.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(statements).toBe(0);
  });
});
