import { Rng } from '../../../data/src/rng';
import { AssembledClaim } from './claim-assembly';

export type RemarkKind = 'BILLED_ITEM' | 'COMMENT';

export interface RemarkLine {
  readonly kind: RemarkKind;
  readonly text: string;
  readonly itemCode: string | null;
}

const CLINICAL_COMMENTS: readonly string[] = [
  '症状詳記：前回検査値を踏まえ投与量を調整した。',
  '症状詳記：自覚症状の改善を認め、経過観察とした。',
  '服薬状況を確認し、服薬指導を行った。',
  '他院での処方内容を確認し、重複投与のないことを確認した。',
  '検査結果を説明し、生活習慣の改善を指導した。',
];

/** Share of claims with a free-text clinical comment besides the ones their care always carries. */
const COMMENT_RATE = 0.08;

/**
 * 摘要 of a claim: the billed drug and material names (the part the patient view shows,
 * DOMAIN.md §5), then comments — the dialysis sessions, the admission date, and now and then
 * a clinical note, chosen deterministically from the claim id.
 */
export function remarksOf(claim: AssembledClaim, claimId: number): RemarkLine[] {
  const lines: RemarkLine[] = [];
  for (const d of claim.drugs) lines.push({ kind: 'BILLED_ITEM', text: d.drug.name, itemCode: d.drug.code });
  for (const m of claim.materials) lines.push({ kind: 'BILLED_ITEM', text: m.material.name, itemCode: m.material.code });
  for (const p of claim.procedures) {
    if (p.procedure.careCategory === 'DIALYSIS') lines.push({ kind: 'COMMENT', text: `${p.procedure.name} 実施回数 ${p.count}回`, itemCode: null });
  }
  if (claim.admittedOn !== null) lines.push({ kind: 'COMMENT', text: `入院年月日 ${claim.admittedOn}`, itemCode: null });
  const rng = new Rng(claimId);
  if (rng.chance(COMMENT_RATE)) lines.push({ kind: 'COMMENT', text: rng.pick(CLINICAL_COMMENTS), itemCode: null });
  return lines;
}
