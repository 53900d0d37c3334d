import { DRUGS, MATERIALS } from '../../../data/src/masters';
import { assembleClaims } from '../../../subgraphs/receipts/src/claim-assembly';
import { remarksOf } from '../../../subgraphs/receipts/src/remarks';
import { CLINIC, HOSPITAL, amlodipine28, dialysisVisit, storyOfVisits, visit } from './story-fixtures';

const claimOf = (...visits: Parameters<typeof storyOfVisits>[0]) => assembleClaims(storyOfVisits(visits))[0]!;

describe('remarksOf', () => {
  test('lists each billed drug and material by name and code, drugs first', () => {
    const billed = remarksOf(claimOf(dialysisVisit('2024-05-02')), 42001).filter((r) => r.kind === 'BILLED_ITEM');
    expect(billed).toEqual([
      { kind: 'BILLED_ITEM', text: DRUGS.epoetin.name, itemCode: DRUGS.epoetin.code },
      { kind: 'BILLED_ITEM', text: MATERIALS.dialyzer.name, itemCode: MATERIALS.dialyzer.code },
    ]);
  });

  test('has no billed items when the drugs were dispensed by a pharmacy', () => {
    const remarks = remarksOf(claimOf(visit('2024-05-02', CLINIC, { inHouse: false, prescribed: [amlodipine28] })), 42001);
    expect(remarks.filter((r) => r.kind === 'BILLED_ITEM')).toEqual([]);
  });

  test.each([
    ['the dialysis sessions', dialysisVisit('2024-05-02'), '人工腎臓（慢性維持透析）（４時間未満） 実施回数 13回'],
    ['the admission date', visit('2024-05-10', HOSPITAL, { inpatientDays: 3 }), '入院年月日 2024-05-10'],
  ])('comments on %s', (_name, v, text) => {
    expect(remarksOf(claimOf(v), 42001)).toContainEqual({ kind: 'COMMENT', text, itemCode: null });
  });

  test('adds a clinical comment to some claims only, the same for the same claim id', () => {
    const claim = claimOf(visit('2024-05-02', CLINIC));
    const commented = Array.from({ length: 1000 }, (_, i) => remarksOf(claim, 42001 + i).some((r) => r.kind === 'COMMENT'));
    const share = commented.filter(Boolean).length / commented.length;
    expect(share).toBeGreaterThan(0.03);
    expect(share).toBeLessThan(0.15);
    expect(remarksOf(claim, 42007)).toEqual(remarksOf(claim, 42007));
  });
});
