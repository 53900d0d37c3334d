import { GraphQLError } from 'graphql';
import { candidateDrugCodes, datedPage, drugCode, medicationRange, optionalDate } from '../../../subgraphs/prescriptions/src/arguments';
import { encodeCursor } from '../../../subgraphs/common/src/pagination';

/** The BAD_USER_INPUT error `run` throws, as { argument, message }. */
function rejection(run: () => unknown): { code: unknown; argument: unknown; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return { code: error.extensions.code, argument: error.extensions.argument, message: error.message };
    throw error;
  }
  throw new Error('expected a BAD_USER_INPUT error');
}

const TODAY = '2025-06-30';

describe('datedPage', () => {
  test('no cursor: the first page of the given size', () => {
    expect(datedPage({ first: 30 })).toEqual({ limit: 30, after: null });
  });

  test('a cursor of (date, id) is accepted', () => {
    expect(datedPage({ first: 5, after: encodeCursor(['2025-06-01', 12001]) })).toEqual({ limit: 5, after: ['2025-06-01', '12001'] });
  });

  test.each([
    ['first 0', { first: 0 }, 'first', /between 1 and 100/],
    ['first 101', { first: 101 }, 'first', /between 1 and 100/],
    ['after not base64 JSON', { after: '%%%' }, 'after', /not a cursor/],
    ['after with one key part', { after: encodeCursor(['2025-06-01']) }, 'after', /not a cursor/],
    ['after with a date that does not exist', { after: encodeCursor(['2025-02-30', 1]) }, 'after', /not a cursor/],
    ['after with a non-numeric id', { after: encodeCursor(['2025-06-01', '1; DROP TABLE dispensings']) }, 'after', /not a cursor/],
  ])('%s → BAD_USER_INPUT', (_, args, argument, message) => {
    const error = rejection(() => datedPage(args));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error.message).toMatch(message);
  });
});

describe('medicationRange', () => {
  test.each([
    ['no dates: the 3-year window, open end', {}, { from: '2022-06-30', to: null }],
    ['from inside the window is kept', { from: '2024-01-01', to: '2024-12-31' }, { from: '2024-01-01', to: '2024-12-31' }],
    ['from before the window is clipped to it', { from: '2019-01-01' }, { from: '2022-06-30', to: null }],
    ['from equal to to', { from: '2025-01-01', to: '2025-01-01' }, { from: '2025-01-01', to: '2025-01-01' }],
  ])('%s', (_, args, expected) => {
    expect(medicationRange(args, TODAY)).toEqual(expected);
  });

  test.each([
    ['from not a date', { from: '2025/01/01' }, 'from', /YYYY-MM-DD/],
    ['to not a calendar date', { to: '2025-02-29' }, 'to', /not a calendar date/],
    ['to before from', { from: '2025-03-01', to: '2025-02-01' }, 'to', /before from/],
  ])('%s → BAD_USER_INPUT naming %s', (_, args, argument, message) => {
    const error = rejection(() => medicationRange(args, TODAY));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error.message).toMatch(message);
  });
});

describe('optionalDate', () => {
  test('absent is null, a date is itself', () => {
    expect(optionalDate('asOf', undefined)).toBeNull();
    expect(optionalDate('asOf', null)).toBeNull();
    expect(optionalDate('asOf', '2025-06-30')).toBe('2025-06-30');
  });

  test('a bad date names the argument', () => {
    expect(rejection(() => optionalDate('asOf', '20250630'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
  });
});

describe('candidateDrugCodes', () => {
  test('valid codes pass, repeats count once, order kept', () => {
    expect(candidateDrugCodes(['610443047', '620005573', '610443047'])).toEqual(['610443047', '620005573']);
  });

  test('an empty list is allowed (checks the current medication only)', () => {
    expect(candidateDrugCodes([])).toEqual([]);
  });

  test('20 codes are allowed', () => {
    expect(candidateDrugCodes(Array.from({ length: 20 }, () => '610443047'))).toEqual(['610443047']);
  });

  test.each([
    ['21 codes', Array.from({ length: 21 }, () => '610443047'), /at most 20 drug codes, got 21/],
    ['8 digits', ['61044304'], /"61044304" \(item 1\) must be 9 digits/],
    ['10 digits', ['610443047', '6104430470'], /"6104430470" \(item 2\) must be 9 digits/],
    ['a letter', ['61044304X'], /"61044304X" \(item 1\) must be 9 digits/],
  ])('%s → BAD_USER_INPUT naming drugCodes', (_, codes, message) => {
    const error = rejection(() => candidateDrugCodes(codes));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'drugCodes' });
    expect(error.message).toMatch(message);
  });
});

describe('drugCode', () => {
  test('9 digits pass', () => {
    expect(drugCode('code', '610443047')).toBe('610443047');
  });

  test('anything else names the argument', () => {
    expect(rejection(() => drugCode('code', '12345'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'code' });
  });
});
