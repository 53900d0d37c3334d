import { GraphQLError } from 'graphql';
import {
  branchProblem,
  certificateLookup,
  certificateSerialProblem,
  digitsProblem,
  insuranceNumbersLookup,
} from '../../../subgraphs/eligibility/src/input-validation';

describe('digitsProblem (記号・番号)', () => {
  test.each([
    ['ASCII digits', '66881337', null],
    ['full-width digits are named as such', '６６８８', 'must use the digits 0-9, not full-width digits (０-９)'],
    ['letters', '12A4', 'must contain only the digits 0-9'],
    ['a hyphen', '12-4', 'must contain only the digits 0-9'],
    ['empty', '', 'must contain only the digits 0-9'],
    ['too long', '123456789', 'must be at most 8 digits, got 9'],
  ])('%s', (_, value, expected) => {
    expect(digitsProblem(8)(value)).toBe(expected);
  });
});

describe('branchProblem (枝番)', () => {
  test.each([
    ['two digits', '01', null],
    ['00 (後期高齢者)', '00', null],
    ['one digit', '1', 'must be 2 digits (e.g. 01)'],
    ['three digits', '001', 'must be 2 digits (e.g. 01)'],
    ['full-width', '０１', 'must use the digits 0-9, not full-width digits (０-９)'],
  ])('%s', (_, value, expected) => {
    expect(branchProblem(value)).toBe(expected);
  });
});

describe('certificateSerialProblem', () => {
  test.each([
    ['16 upper-case hex', '5D5A9F000000001C', null],
    ['16 lower-case hex', '5d5a9f000000001c', null],
    ['15 characters', '5D5A9F000000001', 'must be 16 hexadecimal characters (0-9, A-F)'],
    ['a non-hex letter', '5D5A9G000000001C', 'must be 16 hexadecimal characters (0-9, A-F)'],
  ])('%s', (_, value, expected) => {
    expect(certificateSerialProblem(value)).toBe(expected);
  });
});

function errorOf(run: () => unknown): { message: string; argument: unknown; code: unknown } {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return { message: error.message, argument: error.extensions.argument, code: error.extensions.code };
    throw error;
  }
  throw new Error('expected a GraphQLError');
}

describe('insuranceNumbersLookup', () => {
  const valid = { insurerNumber: '01130012', symbol: '1234', number: '0000001', branch: '01' };

  test('normalises: no 記号 is the empty symbol, omitted 枝番 and birth date are null, asOf defaults to a date', () => {
    const lookup = insuranceNumbersLookup({ insurerNumber: '39131016', number: '10000000' });
    expect(lookup).toMatchObject({ insurerNumber: '39131016', symbol: '', number: '10000000', branch: null, birthDate: null });
    expect(lookup.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test.each([
    ['wrong check digit', { ...valid, insurerNumber: '01130013' }, 'input.insurerNumber', 'Invalid input.insurerNumber: check digit is 3, expected 2'],
    ['7-digit insurer number', { ...valid, insurerNumber: '0113001' }, 'input.insurerNumber', 'Invalid input.insurerNumber: must be 8 digits (6 for National Health Insurance), got 7'],
    ['letters in the insurer number', { ...valid, insurerNumber: '01A30012' }, 'input.insurerNumber', 'Invalid input.insurerNumber: must contain only the digits 0-9'],
    ['full-width symbol', { ...valid, symbol: '１２３４' }, 'input.symbol', 'Invalid input.symbol: must use the digits 0-9, not full-width digits (０-９)'],
    ['letters in the number', { ...valid, number: 'ABC' }, 'input.number', 'Invalid input.number: must contain only the digits 0-9'],
    ['a 1-digit branch', { ...valid, branch: '1' }, 'input.branch', 'Invalid input.branch: must be 2 digits (e.g. 01)'],
    ['a birth date that does not exist', { ...valid, birthDate: '1980-02-30' }, 'input.birthDate', 'Invalid input.birthDate: is not a calendar date'],
    ['a badly written asOf', { ...valid, asOf: '2026/11/01' }, 'input.asOf', 'Invalid input.asOf: must be a date as YYYY-MM-DD'],
  ])('%s → BAD_USER_INPUT naming the argument', (_, input, argument, message) => {
    expect(errorOf(() => insuranceNumbersLookup(input))).toEqual({ message, argument, code: 'BAD_USER_INPUT' });
  });
});

describe('certificateLookup', () => {
  test('upper-cases the serial as it is stored', () => {
    expect(certificateLookup({ certificateSerial: '5d5a9f000000001c', kind: 'CARD', asOf: '2026-11-01' })).toEqual({
      serial: '5D5A9F000000001C',
      kind: 'CARD',
      asOf: '2026-11-01',
    });
  });

  test('a malformed serial → BAD_USER_INPUT naming input.certificateSerial', () => {
    expect(errorOf(() => certificateLookup({ certificateSerial: 'XYZ', kind: 'CARD' }))).toEqual({
      message: 'Invalid input.certificateSerial: must be 16 hexadecimal characters (0-9, A-F)',
      argument: 'input.certificateSerial',
      code: 'BAD_USER_INPUT',
    });
  });
});
