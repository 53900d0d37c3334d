import {
  institutionCodeProblem,
  insurerNumberProblem,
  isoDateProblem,
  isPersonId,
  mod10w21CheckDigit,
  personIdProblem,
  publicExpensePayerNumberProblem,
  receiptCodeProblem,
  recipientNumberProblem,
  withCheckDigit,
  yearMonthProblem,
} from '../../common/src/identifiers';

/** Inputs every digit-string validator refuses, whatever its length. */
const NOT_DIGITS: ReadonlyArray<readonly [string, string]> = [
  ['full-width digits', '０１１３００１２'],
  ['a letter', '0113001A'],
  ['letters only', 'ABCDEFGH'],
  ['a leading space', ' 0113001'],
  ['a minus sign', '-0113001'],
  ['a hyphen inside', '0113-0012'],
  ['nothing', ''],
];

describe('mod10w21CheckDigit (modulus 10, weights 2-1 from the right, digits of each product summed)', () => {
  test.each([
    ['0113001', 2, '協会けんぽ Tokyo branch: 1·2 + 0 + 0·2 + 3 + 1·2 + 1 + 0·2 = 8'],
    ['3913100', 8, 'Tokyo late-elderly union: 0·2 + 0 + 1·2 + 3 + 1·2 + 9 + 3·2 = 22'],
    ['13114', 4, '中野区 National Health Insurance: 4·2 + 1 + 1·2 + 3 + 1·2 = 16'],
    ['59', 6, 'a two-digit product counts as the sum of its digits: 9·2 = 18 → 9, + 5 = 14'],
    ['19', 0, 'a sum that is a multiple of ten gives 0: 9·2 = 18 → 9, + 1 = 10'],
    ['131234567', 9, 'institution code body: 5 + 6 + 1 + 4 + 6 + 2 + 2 + 3 + 2 = 31'],
  ])('%s → %i (%s)', (body, expected) => {
    expect(mod10w21CheckDigit(body)).toBe(expected);
  });

  test('withCheckDigit appends the digit to the body', () => {
    expect(withCheckDigit('0113001')).toBe('01130012');
  });
});

describe('insurerNumberProblem (保険者番号)', () => {
  test.each([
    ['協会けんぽ Tokyo branch', '01130012'],
    ['Tokyo late-elderly union', '39131008'],
    ['6-digit National Health Insurance (中野区)', '131144'],
    ['6-digit National Health Insurance (千代田区)', '131011'],
  ])('accepts %s: %s', (_label, value) => {
    expect(insurerNumberProblem(value)).toBeNull();
  });

  test.each([
    ['a wrong check digit (8 digits)', '01130013', /check digit is 3, expected 2/],
    ['a wrong check digit (6 digits)', '131145', /check digit is 5, expected 4/],
    ['prefecture 00 (8 digits, check digit right)', '01000017', /prefecture number 00/],
    ['prefecture 48 (6 digits, check digit right)', '480012', /prefecture number 48/],
    ['7 digits', '0113001', /must be 8 digits .* got 7/],
    ['9 digits', '011300120', /must be 8 digits .* got 9/],
    ['5 digits', '13114', /must be 8 digits .* got 5/],
  ])('refuses %s: %s', (_label, value, message) => {
    expect(insurerNumberProblem(value)).toMatch(message);
  });

  test.each(NOT_DIGITS)('refuses %s', (_label, value) => {
    expect(insurerNumberProblem(value)).toBe('must contain only the digits 0-9');
  });
});

describe('institutionCodeProblem (医療機関コード: prefecture, score table, 7 digits ending in a check digit over the first nine)', () => {
  test.each([
    ['a Tokyo medical institution (score table 1)', '1312345679'],
    ['a Tokyo pharmacy (score table 4)', '1340000015'],
    ['an Okinawa dental clinic (score table 3)', '4731234565'],
  ])('accepts %s: %s', (_label, value) => {
    expect(institutionCodeProblem(value)).toBeNull();
  });

  test.each([
    ['a wrong check digit', '1312345678', /check digit is 8, expected 9/],
    ['prefecture 00', '0010000016', /prefecture number 00/],
    ['prefecture 48', '4810000010', /prefecture number 48/],
    ['score table 2', '1320000019', /score-table digit 2/],
    ['score table 6 (visiting nursing is not an institution of this system)', '1360000010', /score-table digit 6/],
    ['9 digits', '131234567', /must be 10 digits, got 9/],
    ['11 digits', '13123456790', /must be 10 digits, got 11/],
  ])('refuses %s: %s', (_label, value, message) => {
    expect(institutionCodeProblem(value)).toMatch(message);
  });

  test.each(NOT_DIGITS)('refuses %s', (_label, value) => {
    expect(institutionCodeProblem(value)).toBe('must contain only the digits 0-9');
  });
});

describe('publicExpensePayerNumberProblem (公費負担者番号)', () => {
  test('accepts 8 digits with the check digit: 12130019', () => {
    expect(publicExpensePayerNumberProblem('12130019')).toBeNull();
  });

  test.each([
    ['a wrong check digit', '12130018', /check digit is 8, expected 9/],
    ['7 digits', '1213001', /must be 8 digits, got 7/],
    ['9 digits', '121300190', /must be 8 digits, got 9/],
  ])('refuses %s: %s', (_label, value, message) => {
    expect(publicExpensePayerNumberProblem(value)).toMatch(message);
  });

  test.each(NOT_DIGITS)('refuses %s', (_label, value) => {
    expect(publicExpensePayerNumberProblem(value)).toBe('must contain only the digits 0-9');
  });
});

describe('recipientNumberProblem (受給者番号, 7 digits)', () => {
  test.each([
    ['1234567', null],
    ['123456', 'must be 7 digits'],
    ['12345678', 'must be 7 digits'],
    ['123456A', 'must be 7 digits'],
    ['１２３４５６７', 'must be 7 digits'],
  ])('%j → %p', (value, expected) => {
    expect(recipientNumberProblem(value)).toBe(expected);
  });
});

describe('receiptCodeProblem (レセ電 codes)', () => {
  test.each([
    ['8833421', 7, null],
    ['610443047', 9, null],
    ['88334210', 7, 'must be 7 digits'],
    ['61044304', 9, 'must be 9 digits'],
    ['61044304A', 9, 'must be 9 digits'],
  ] as const)('%j as a %i-digit code → %p', (value, length, expected) => {
    expect(receiptCodeProblem(value, length)).toBe(expected);
  });
});

describe('isoDateProblem', () => {
  test.each(['2028-02-29', '2000-02-29', '2026-12-31', '2026-01-01'])('accepts %s', (value) => {
    expect(isoDateProblem(value)).toBeNull();
  });

  test.each([
    ['2026-02-29', 'is not a calendar date'],
    ['1900-02-29', 'is not a calendar date'],
    ['2026-04-31', 'is not a calendar date'],
    ['2026-13-01', 'is not a calendar date'],
    ['2026-00-10', 'is not a calendar date'],
    ['2026-1-01', 'must be a date as YYYY-MM-DD'],
    ['20260101', 'must be a date as YYYY-MM-DD'],
    ['2026/01/01', 'must be a date as YYYY-MM-DD'],
    ['２０２６-０１-０１', 'must be a date as YYYY-MM-DD'],
    ['2026-01-01T00:00:00Z', 'must be a date as YYYY-MM-DD'],
    ['', 'must be a date as YYYY-MM-DD'],
  ])('refuses %j: %s', (value, expected) => {
    expect(isoDateProblem(value)).toBe(expected);
  });
});

describe('yearMonthProblem (診療年月)', () => {
  test.each(['2026-01', '2026-12'])('accepts %s', (value) => {
    expect(yearMonthProblem(value)).toBeNull();
  });

  test.each(['2026-13', '2026-00', '2026-1', '202601', '2026-01-01', '２０２６-０１', ''])('refuses %j', (value) => {
    expect(yearMonthProblem(value)).toBe('must be a month as YYYY-MM');
  });
});

describe('personIdProblem', () => {
  test.each([
    ['a generated id', 'e309f1c1-1945-8307-a6f0-000000000000', null],
    ['upper case', 'E309F1C1-1945-8307-A6F0-000000000000', null],
    ['a 12-digit individual number is not an id', '123456789012', 'must be a person id (a UUID)'],
    ['empty', '', 'must be a person id (a UUID)'],
  ])('%s', (_, value, expected) => {
    expect(personIdProblem(value)).toBe(expected);
    expect(isPersonId(value)).toBe(expected === null);
  });
});
