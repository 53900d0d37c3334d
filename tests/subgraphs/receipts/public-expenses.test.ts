import { publicExpensePayerNumberProblem, recipientNumberProblem } from '../../../common/src/identifiers';
import { publicExpensesFor } from '../../../subgraphs/receipts/src/public-expenses';
import { personWith } from './story-fixtures';

describe('publicExpensesFor', () => {
  const person = personWith({ index: 1234567, municipalityCode: '13114' });

  test.each<[string, { dialysis: boolean; ageAtFirstVisit: number }, string[]]>([
    ['dialysis: 更生医療', { dialysis: true, ageAtFirstVisit: 50 }, ['15131147']],
    ['a preschool child: 乳幼児医療', { dialysis: false, ageAtFirstVisit: 5 }, ['88131149']],
    ['a child on dialysis: both, 更生医療 first', { dialysis: true, ageAtFirstVisit: 3 }, ['15131147', '88131149']],
    ['neither', { dialysis: false, ageAtFirstVisit: 6 }, []],
  ])('%s', (_name, facts, payerNumbers) => {
    const lines = publicExpensesFor(person, { ...facts, totalPoints: 900 });
    expect(lines.map((l) => l.payerNumber)).toEqual(payerNumbers);
    for (const line of lines) {
      expect(publicExpensePayerNumberProblem(line.payerNumber)).toBeNull();
      expect(recipientNumberProblem(line.recipientNumber)).toBeNull();
      expect(line.points).toBe(900);
    }
  });

  test('gives a person the same recipient number in every programme', () => {
    const lines = publicExpensesFor(person, { dialysis: true, ageAtFirstVisit: 3, totalPoints: 1 });
    expect(new Set(lines.map((l) => l.recipientNumber)).size).toBe(1);
  });
});
