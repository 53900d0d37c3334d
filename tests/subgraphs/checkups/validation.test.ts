import { GraphQLError } from 'graphql';
import { encodeCursor } from '../../../subgraphs/common/src/pagination';
import { checkupIdOf, checkupPageOf, fiscalYearRangeOf, personIdOf } from '../../../subgraphs/checkups/src/validation';

function badInput(run: () => unknown): { argument: unknown; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const graphQLError = error as GraphQLError;
    expect(graphQLError.extensions.code).toBe('BAD_USER_INPUT');
    return { argument: graphQLError.extensions.argument, message: graphQLError.message };
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('checkupIdOf', () => {
  it.each([
    ['0', '0'],
    ['7', '7'],
    ['007', '7'],
    ['123456789012345678', '123456789012345678'],
  ])('accepts %s as %s', (id, canonical) => {
    expect(checkupIdOf(id)).toBe(canonical);
  });

  it.each(['', 'abc', '-1', '1.5', ' 1', '1234567890123456789', '１２'])('rejects %j naming the argument', (id) => {
    expect(badInput(() => checkupIdOf(id))).toEqual({ argument: 'id', message: expect.stringMatching(/^Invalid id: .*digits/) });
  });
});

describe('personIdOf', () => {
  it('accepts a UUID, in lower case', () => {
    expect(personIdOf('623D2F77-0DE8-81FE-A835-000000000005')).toBe('623d2f77-0de8-81fe-a835-000000000005');
  });

  it.each(['', 'p1', '623d2f77-0de8-81fe-a835-00000000000', '123456789012'])('rejects %j', (id) => {
    expect(badInput(() => personIdOf(id)).argument).toBe('Person.id');
  });
});

describe('fiscalYearRangeOf', () => {
  it.each([
    [{}, { fromYear: null, toYear: null }],
    [{ fromYear: 2008 }, { fromYear: 2008, toYear: null }],
    [{ toYear: 2100 }, { fromYear: null, toYear: 2100 }],
    [{ fromYear: 2024, toYear: 2024 }, { fromYear: 2024, toYear: 2024 }],
    [{ fromYear: null, toYear: null }, { fromYear: null, toYear: null }],
  ])('accepts %j', (args, range) => {
    expect(fiscalYearRangeOf(args)).toEqual(range);
  });

  it.each([
    [{ fromYear: 2007 }, 'fromYear'],
    [{ fromYear: 2101 }, 'fromYear'],
    [{ toYear: 2007 }, 'toYear'],
    [{ toYear: 2101 }, 'toYear'],
    [{ fromYear: 2025, toYear: 2024 }, 'toYear'],
  ])('rejects %j naming %s', (args, argument) => {
    const { argument: named, message } = badInput(() => fiscalYearRangeOf(args));
    expect(named).toBe(argument);
    expect(message).toContain(argument);
  });
});

describe('checkupPageOf', () => {
  it('defaults to 20 from the start', () => {
    expect(checkupPageOf({})).toEqual({ limit: 20, after: null });
  });

  it('accepts 1 and 100 and a cursor of (examined_on, id)', () => {
    expect(checkupPageOf({ first: 1 }).limit).toBe(1);
    expect(checkupPageOf({ first: 100, after: encodeCursor(['2024-05-01', 700]) })).toEqual({ limit: 100, after: ['2024-05-01', '700'] });
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ first: -5 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ after: encodeCursor(['2024-05-01']) }, 'after'],
    [{ after: encodeCursor(['2024-13-01', 700]) }, 'after'],
    [{ after: encodeCursor(['2024-05-01', 'x']) }, 'after'],
    [{ after: encodeCursor(["2024-05-01'; DROP TABLE checkups; --", 1]) }, 'after'],
  ])('rejects %j naming %s', (args, argument) => {
    expect(badInput(() => checkupPageOf(args)).argument).toBe(argument);
  });
});
