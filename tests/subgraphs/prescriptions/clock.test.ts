import { addDays, daysBetween, medicationWindowStart, todayInJapan } from '../../../subgraphs/prescriptions/src/clock';

describe('todayInJapan', () => {
  test.each([
    ['UTC afternoon is the same day in Japan', '2025-06-30T05:00:00Z', '2025-06-30'],
    ['UTC 15:00 is already the next day in Japan', '2025-06-30T15:00:00Z', '2025-07-01'],
    ['UTC 14:59 is still the same day', '2025-06-30T14:59:59Z', '2025-06-30'],
  ])('%s', (_, instant, expected) => {
    expect(todayInJapan(new Date(instant))).toBe(expected);
  });
});

describe('medicationWindowStart (3 years of medication information)', () => {
  test.each([
    ['an ordinary date', '2025-06-30', '2022-06-30'],
    ['new year', '2026-01-01', '2023-01-01'],
    ['29 February falls back to 28 February', '2028-02-29', '2025-02-28'],
  ])('%s', (_, today, expected) => {
    expect(medicationWindowStart(today)).toBe(expected);
  });
});

describe('addDays / daysBetween', () => {
  test.each([
    ['2025-06-30', 1, '2025-07-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-01-01', -1, '2024-12-31'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });
});
