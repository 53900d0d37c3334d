import { addDays, daysBetween, todayInJapan } from '../../common/src/japan-calendar';

describe('todayInJapan', () => {
  test.each([
    ['15:00 UTC is midnight in Japan: the next day', '2026-10-31T15:00:00Z', '2026-11-01'],
    ['14:59 UTC is still the same day in Japan', '2026-10-31T14:59:59Z', '2026-10-31'],
    ['the end of a year', '2026-12-31T15:30:00Z', '2027-01-01'],
  ])('%s', (_, instant, expected) => {
    expect(todayInJapan(new Date(instant))).toBe(expected);
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
