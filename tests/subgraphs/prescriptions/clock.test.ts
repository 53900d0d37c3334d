import { medicationWindowStart } from '../../../subgraphs/prescriptions/src/clock';

describe('medicationWindowStart (3 years of medication information)', () => {
  test.each([
    ['an ordinary date', '2025-06-30', '2022-06-30'],
    ['new year', '2026-01-01', '2023-01-01'],
    ['29 February falls back to 28 February', '2028-02-29', '2025-02-28'],
  ])('%s', (_, today, expected) => {
    expect(medicationWindowStart(today)).toBe(expected);
  });
});
