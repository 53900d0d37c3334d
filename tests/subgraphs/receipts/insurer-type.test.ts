import { insurerTypeOf } from '../../../subgraphs/receipts/src/insurer-type';

describe('insurerTypeOf', () => {
  test.each([
    ['01130012', 'KYOKAI_KENPO'],
    ['06130108', 'KUMIAI_KENPO'],
    ['32130015', 'KYOSAI'],
    ['39131016', 'LATE_ELDERLY'],
    ['131144', 'NATIONAL_HEALTH_INSURANCE'],
    ['27130012', null],
    ['0113001', null],
  ])('%s is %s', (number, expected) => {
    expect(insurerTypeOf(number)).toBe(expected);
  });
});
