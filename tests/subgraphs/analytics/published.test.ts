import { OPERATING_COST_ESTIMATES, okuToYen } from '../../../subgraphs/analytics/src/published/operating-costs';
import { percentAsPrinted } from '../../../subgraphs/analytics/src/published/percent';
import { PUBLISHED_SNAPSHOTS } from '../../../subgraphs/analytics/src/published/rollout-snapshots';

const snapshot = (asOf: string) => PUBLISHED_SNAPSHOTS.find((s) => s.asOf === asOf)!;

describe("the seeds' rollout snapshots, exactly as printed", () => {
  it('seed 000, 2021-01-03: 48,866 of 228,321 facilities (21.4 %), by kind, portal accounts and registrations', () => {
    const s = snapshot('2021-01-03');
    expect(s.cardReaderApplications).toEqual({ facilities: 48_866, ofFacilities: 228_321, percent: 21.4 });
    expect(s.byKind).toEqual({
      HOSPITAL: { facilities: 2_438, ofFacilities: 8_282, percent: 29.4 },
      MEDICAL_CLINIC: { facilities: 12_947, ofFacilities: 89_162, percent: 14.5 },
      DENTAL_CLINIC: { facilities: 12_034, ofFacilities: 70_954, percent: 16.2 },
      PHARMACY: { facilities: 21_447, ofFacilities: 59_923, percent: 35.8 },
    });
    expect(s.portalAccounts).toEqual({ facilities: 75_967, ofFacilities: 228_321, percent: 33.3 });
    expect(s.insuranceUseRegistrations).toEqual({ registrations: 2_097_589, cardsIssued: 30_765_617, percent: 6.8 });
    expect(s.myNumberCards).toEqual({ validApplications: 33_630_000, validApplicationsPercentOfPopulation: 26.4, issued: 30_770_000, issuedPercentOfPopulation: 24.2 });
    expect(s.publicInstitutions).toEqual([{ name: '国立病院機構', percent: 97.1 }, { name: '労働者健康安全機構', percent: 100.0 }, { name: 'JCHO', percent: 98.2 }]);
  });

  it('seed 001, 2020-12-13: 44,466 of 228,280 (19.5 %), by kind, portal accounts and registrations', () => {
    const s = snapshot('2020-12-13');
    expect(s.cardReaderApplications).toEqual({ facilities: 44_466, ofFacilities: 228_280, percent: 19.5 });
    expect(s.byKind).toEqual({
      HOSPITAL: { facilities: 2_184, ofFacilities: 8_281, percent: 26.4 },
      MEDICAL_CLINIC: { facilities: 11_467, ofFacilities: 89_151, percent: 12.9 },
      DENTAL_CLINIC: { facilities: 11_166, ofFacilities: 70_984, percent: 15.7 },
      PHARMACY: { facilities: 19_649, ofFacilities: 59_864, percent: 32.8 },
    });
    expect(s.portalAccounts).toEqual({ facilities: 71_963, ofFacilities: 228_280, percent: 31.5 });
    expect(s.insuranceUseRegistrations).toEqual({ registrations: 1_926_156, cardsIssued: 29_960_246, percent: 6.4 });
    expect(s.myNumberCards).toEqual({ validApplications: 33_090_000, validApplicationsPercentOfPopulation: 26.0, issued: 29_960_000, issuedPercentOfPopulation: 23.6 });
  });

  it('seed 001, 2020-10-18: the share alone, 15.3 %', () => {
    expect(snapshot('2020-10-18').cardReaderApplications).toEqual({ facilities: null, ofFacilities: null, percent: 15.3 });
  });

  it('in date order', () => {
    expect(PUBLISHED_SNAPSHOTS.map((s) => s.asOf)).toEqual(['2020-10-18', '2020-12-13', '2021-01-03']);
  });

  it('the kinds add up to the printed totals', () => {
    for (const s of PUBLISHED_SNAPSHOTS.filter((p) => Object.keys(p.byKind).length > 0)) {
      const kinds = Object.values(s.byKind);
      expect(kinds.reduce((n, k) => n + k.facilities!, 0)).toBe(s.cardReaderApplications.facilities);
      expect(kinds.reduce((n, k) => n + k.ofFacilities!, 0)).toBe(s.cardReaderApplications.ofFacilities);
    }
  });

  it('every printed share is its counts rounded to one decimal, halves up, but 歯科診療所 of 2021-01-03 (printed 16.2, its counts give 17.0), which a note records', () => {
    const shares = PUBLISHED_SNAPSHOTS.flatMap((s) => [
      [`${s.asOf} all`, s.cardReaderApplications] as const,
      ...Object.entries(s.byKind).map(([kind, share]) => [`${s.asOf} ${kind}`, share] as const),
      ...(s.portalAccounts ? [[`${s.asOf} portal`, s.portalAccounts] as const] : []),
    ]);
    const disagreeing = shares.filter(([, share]) => share.facilities !== null && percentAsPrinted(share.facilities, share.ofFacilities!) !== share.percent);
    expect(disagreeing.map(([label, share]) => [label, share.percent, percentAsPrinted(share.facilities!, share.ofFacilities!)])).toEqual([['2021-01-03 DENTAL_CLINIC', 16.2, 17.0]]);
    expect(snapshot('2021-01-03').notes.some((note) => note.includes('16.2') && note.includes('17.0'))).toBe(true);
    for (const s of PUBLISHED_SNAPSHOTS) {
      if (s.insuranceUseRegistrations) expect(percentAsPrinted(s.insuranceUseRegistrations.registrations, s.insuranceUseRegistrations.cardsIssued)).toBe(s.insuranceUseRegistrations.percent);
    }
  });

  it('rounds halves up, in whole numbers', () => {
    expect([percentAsPrinted(1, 8), percentAsPrinted(3, 8), percentAsPrinted(1, 3), percentAsPrinted(0, 5), percentAsPrinted(5, 0)]).toEqual([12.5, 37.5, 33.3, 0, null]);
    expect(percentAsPrinted(1, 2000)).toBe(0.1);
    expect(percentAsPrinted(1, 2001)).toBe(0);
  });
});

describe('the operating-cost estimates (seed 000), as printed', () => {
  const additional = OPERATING_COST_ESTIMATES.filter((e) => e.estimate.startsWith('全国で医療情報を確認できる仕組みの拡大') && !e.estimate.includes('※'));

  it('令和7年度以降: オンライン資格確認 0, レセプト振替 0.1, 医療情報 1.4, 計 約1.5 (億円, tax included)', () => {
    expect(additional.map((e) => [e.item, e.oku, e.approximate, e.fromFiscalYear, e.toFiscalYear])).toEqual([
      ['オンライン資格確認', '0', false, 2025, null],
      ['レセプト振替', '0.1', false, 2025, null],
      ['医療情報', '1.4', false, 2025, null],
      ['計', '1.5', true, 2025, null],
    ]);
  });

  it('※4: the 1.4 is 0.3 + 0.6 + 0.5', () => {
    const breakdown = OPERATING_COST_ESTIMATES.filter((e) => e.estimate.endsWith('※4 医療情報の内訳'));
    expect(breakdown.map((e) => e.oku)).toEqual(['0.3', '0.6', '0.5']);
    expect(breakdown.reduce((n, e) => n + okuToYen(e.oku), 0)).toBe(okuToYen('1.4'));
  });

  it('the first years: 支払基金等 0.21, 0.33, then about 0.3; 医療情報 0.28, 0.46, 0.49, then about 0.6', () => {
    const initial = (item: string) => OPERATING_COST_ESTIMATES.filter((e) => e.estimate === '追加運用・保守費用、稼働当初の想定' && e.item === item).map((e) => [e.fromFiscalYear, e.oku]);
    expect(initial('支払基金等の運用・保守')).toEqual([[2022, '0.21'], [2023, '0.33'], [2024, '0.3']]);
    expect(initial('医療情報')).toEqual([[2022, '0.28'], [2023, '0.46'], [2024, '0.49'], [2025, '0.6']]);
  });

  it('the reference of 令和4年度: 16, 3, 3, 計 約21', () => {
    const reference = OPERATING_COST_ESTIMATES.filter((e) => e.estimate.startsWith('（参考）'));
    expect(reference.map((e) => [e.item, e.oku])).toEqual([['オンライン資格確認', '16'], ['レセプト振替', '3'], ['特定健診・医療費・薬剤情報', '3'], ['計', '21']]);
  });

  it('億円 in yen, exactly', () => {
    expect([okuToYen('0'), okuToYen('0.1'), okuToYen('0.21'), okuToYen('1.4'), okuToYen('21')]).toEqual([0, 10_000_000, 21_000_000, 140_000_000, 2_100_000_000]);
    expect(() => okuToYen('1,4')).toThrow();
  });
});
