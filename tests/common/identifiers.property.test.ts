import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import {
  institutionCodeProblem,
  insurerNumberProblem,
  isoDateProblem,
  personIdProblem,
  publicExpensePayerNumberProblem,
  recipientNumberProblem,
  yearMonthProblem,
} from '../../common/src/identifiers';
import { assertValid } from '../../common/src/validate';
import { branchProblem, certificateSerialProblem, digitsProblem } from '../../subgraphs/eligibility/src/input-validation';
import { hostileString, nearDigits } from '../support/hostile-strings';

/** Fixed, so a failure reproduces; fast-check prints the seed and path of the counterexample. */
const RUNS = { seed: 20_260_601, numRuns: 1000 };

/** Luhn as usually stated, over the whole number: an oracle written apart from the code under test. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((character, index) => {
    const doubled = Number(character) * (index % 2 === 1 ? 2 : 1);
    sum += doubled > 9 ? doubled - 9 : doubled;
  });
  return sum % 10 === 0;
}
const isAsciiDigits = (value: string): boolean => /^[0-9]*$/.test(value) && value.length > 0;
const inPrefectures = (two: string): boolean => Number(two) >= 1 && Number(two) <= 47;

/** What each validator must accept, said again from DOMAIN.md §2 without the code's helpers. */
const ORACLES: ReadonlyArray<readonly [string, (value: string) => string | null, (value: string) => boolean, fc.Arbitrary<string>]> = [
  ['insurer number', insurerNumberProblem, (v) => isAsciiDigits(v) && ((v.length === 8 && inPrefectures(v.slice(2, 4))) || (v.length === 6 && inPrefectures(v.slice(0, 2)))) && luhnValid(v), fc.oneof(nearDigits(8), nearDigits(6))],
  ['institution code', institutionCodeProblem, (v) => isAsciiDigits(v) && v.length === 10 && inPrefectures(v.slice(0, 2)) && '134'.includes(v[2]!) && luhnValid(v), nearDigits(10)],
  ['public-expense payer number', publicExpensePayerNumberProblem, (v) => isAsciiDigits(v) && v.length === 8 && luhnValid(v), nearDigits(8)],
  ['recipient number', recipientNumberProblem, (v) => isAsciiDigits(v) && v.length === 7, nearDigits(7)],
  ['symbol (at most 8 digits)', digitsProblem(8), (v) => isAsciiDigits(v) && v.length <= 8, nearDigits(8)],
  ['branch', branchProblem, (v) => isAsciiDigits(v) && v.length === 2, nearDigits(2)],
  ['certificate serial', certificateSerialProblem, (v) => /^[0-9a-fA-F]{16}$/.test(v), fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFＡ０g'), minLength: 15, maxLength: 17 })],
  ['person id', personIdProblem, (v) => /^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/.test(v), fc.uuid().chain((id) => fc.constantFrom(id, id.toUpperCase(), id.replace(/-/g, ''), `${id}\n`, id.replace(/[0-9]/, '０')))],
  ['year and month', yearMonthProblem, (v) => /^[0-9]{4}-(0[1-9]|1[0-2])$/.test(v), fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`)],
];

describe.each(ORACLES.map((entry) => [entry[0], entry] as const))('the %s validator, over arbitrary input', (_name, [, problem, valid, near]) => {
  const candidates = fc.oneof(hostileString, near);

  it('never throws, and accepts exactly what is valid', () => {
    fc.assert(
      fc.property(candidates, (value) => {
        const found = problem(value);
        expect(found === null).toBe(valid(value));
        if (found !== null) expect(typeof found).toBe('string');
      }),
      RUNS,
    );
  });

  it('refused through assertValid as BAD_USER_INPUT naming the argument, and only so', () => {
    fc.assert(
      fc.property(candidates, (value) => {
        let thrown: unknown = null;
        try {
          assertValid('input.value', value, problem);
        } catch (error) {
          thrown = error;
        }
        if (valid(value)) return expect(thrown).toBeNull();
        expect(thrown).toBeInstanceOf(GraphQLError);
        expect((thrown as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.value' });
      }),
      RUNS,
    );
  });
});

describe('check digits', () => {
  it('changing any one digit of a valid insurer number or institution code makes it invalid', () => {
    const valid = fc.oneof(nearDigits(8), nearDigits(10)).filter((v) => insurerNumberProblem(v) === null || institutionCodeProblem(v) === null);
    fc.assert(
      fc.property(valid, fc.nat(), fc.integer({ min: 1, max: 9 }), (value, at, delta) => {
        const index = at % value.length;
        const changed = `${value.slice(0, index)}${(Number(value[index]) + delta) % 10}${value.slice(index + 1)}`;
        const problem = value.length === 8 ? insurerNumberProblem : institutionCodeProblem;
        expect(problem(changed)).not.toBeNull();
      }),
      RUNS,
    );
  });
});

describe('dates', () => {
  it('an ISO date is accepted exactly when the calendar has that day', () => {
    const parts = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));
    fc.assert(
      fc.property(parts, ([year, month, day]) => {
        const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
        expect(isoDateProblem(text) === null).toBe(days !== undefined && day >= 1 && day <= days);
      }),
      RUNS,
    );
  });

  it('anything else is refused without throwing', () => {
    fc.assert(fc.property(hostileString, (value) => expect(isoDateProblem(value) === null).toBe(false)), RUNS);
  });
});
