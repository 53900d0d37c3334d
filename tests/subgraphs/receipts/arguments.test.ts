import { GraphQLError } from 'graphql';
import { encodeCursor } from '../../../subgraphs/common/src/pagination';
import { claimIdProblem, claimPageOf, monthRangeOf, personIdProblem } from '../../../subgraphs/receipts/src/arguments';

function errorOf(run: () => unknown): { argument: unknown; code: unknown; message: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { argument: error.extensions.argument, code: error.extensions.code, message: error.message };
  }
}

describe('claimIdProblem', () => {
  test.each([
    ['42001', null],
    ['1', null],
    ['123456789012345678', null],
    ['1234567890123456789', 'must be a claim id (1 to 18 digits)'],
    ['', 'must be a claim id (1 to 18 digits)'],
    ['42a', 'must be a claim id (1 to 18 digits)'],
    ['-1', 'must be a claim id (1 to 18 digits)'],
    ['4 2', 'must be a claim id (1 to 18 digits)'],
  ])('%p → %p', (value, problem) => {
    expect(claimIdProblem(value)).toBe(problem);
  });
});

describe('personIdProblem', () => {
  test.each([
    ['623d2f77-0de8-81fe-a835-000000000005', null],
    ['623D2F77-0DE8-81FE-A835-000000000005', null],
    ['623d2f77-0de8-81fe-a835-00000000000', 'must be a person id (a UUID)'],
    ['123456789012', 'must be a person id (a UUID)'],
    ["' OR 1=1 --", 'must be a person id (a UUID)'],
  ])('%p → %p', (value, problem) => {
    expect(personIdProblem(value)).toBe(problem);
  });
});

describe('monthRangeOf', () => {
  test.each<[string | null, string | null, { from: string | null; to: string | null } | string]>([
    [null, null, { from: null, to: null }],
    ['2024-01', '2024-12', { from: '2024-01', to: '2024-12' }],
    ['2024-05', '2024-05', { from: '2024-05', to: '2024-05' }],
    ['2024-13', null, 'fromMonth'],
    [null, '2024/01', 'toMonth'],
    ['2024-1', null, 'fromMonth'],
    ['2024-06', '2024-05', 'fromMonth'],
  ])('from %p to %p', (from, to, expected) => {
    if (typeof expected === 'string') {
      expect(errorOf(() => monthRangeOf(from, to))).toEqual(expect.objectContaining({ argument: expected, code: 'BAD_USER_INPUT' }));
    } else {
      expect(monthRangeOf(from, to)).toEqual(expected);
    }
  });
});

describe('claimPageOf', () => {
  test.each<[string, { first?: number | null; after?: string | null }, string | null]>([
    ['the default page', {}, null],
    ['first 100', { first: 100 }, null],
    ['a cursor of this connection', { after: encodeCursor(['2024-05', '42001']) }, null],
    ['first 0', { first: 0 }, 'first'],
    ['first 101', { first: 101 }, 'first'],
    ['a cursor that is not base64 JSON', { after: 'not a cursor' }, 'after'],
    ['a cursor with a bad month', { after: encodeCursor(['May', '42001']) }, 'after'],
    ['a cursor with a bad claim id', { after: encodeCursor(['2024-05', '1; DROP TABLE claims']) }, 'after'],
    ['a cursor of another arity', { after: encodeCursor(['2024-05']) }, 'after'],
  ])('%s', (_name, args, argument) => {
    const error = errorOf(() => claimPageOf(args));
    if (argument === null) expect(error).toBeNull();
    else expect(error).toEqual(expect.objectContaining({ argument, code: 'BAD_USER_INPUT' }));
  });
});
