import { emergencySummaryAt, EMERGENCY_SUMMARY_PERIODS, lookbackStart, lookbackStartMonth } from '../../../common/src/policy';
import { NOW, SUMMARY_NOW } from './fixtures';

describe('the emergency summary periods (DOMAIN.md §4.2)', () => {
  it('are 3 months of visits, drugs and care, 45 days of e-prescription dispensing, 5 years of surgery', () => {
    expect(EMERGENCY_SUMMARY_PERIODS).toMatchObject({
      visits: { months: 3 },
      medications: { months: 3 },
      care: { months: 3 },
      electronicPrescriptionDispensings: { days: 45 },
      surgery: { years: 5 },
    });
    expect(EMERGENCY_SUMMARY_PERIODS.careCategories).toContain('DIALYSIS');
    expect(EMERGENCY_SUMMARY_PERIODS.surgeryCategories).toEqual(expect.arrayContaining(['SURGERY', 'TRANSPLANT', 'TRANSFUSION']));
  });

  it('are in force from December 2024, not before', () => {
    expect(emergencySummaryAt(SUMMARY_NOW)).toBe(EMERGENCY_SUMMARY_PERIODS);
    expect(emergencySummaryAt(NOW)).toBeNull();
    expect(emergencySummaryAt(new Date('2024-11-30T23:59:59+09:00'))).toBeNull();
    expect(emergencySummaryAt(new Date('2024-12-01T00:00:00+09:00'))).toBe(EMERGENCY_SUMMARY_PERIODS);
  });

  it.each([
    [{ months: 3 }, '2026-11-21', '2026-08-21'],
    [{ months: 3 }, '2026-05-31', '2026-02-28'],
    [{ months: 3 }, '2028-05-31', '2028-02-29'],
    [{ months: 3 }, '2026-02-15', '2025-11-15'],
    [{ days: 45 }, '2026-11-21', '2026-10-07'],
    [{ days: 45 }, '2026-01-10', '2025-11-26'],
    [{ years: 5 }, '2026-11-21', '2021-11-21'],
    [{ years: 5 }, '2028-02-29', '2023-02-28'],
  ] as const)('%j back from %s starts on %s', (lookback, today, start) => {
    expect(lookbackStart(lookback, today)).toBe(start);
    expect(lookbackStartMonth(lookback, today)).toBe(start.slice(0, 7));
  });
});
