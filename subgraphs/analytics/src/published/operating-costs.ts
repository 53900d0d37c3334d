/** One yearly operation and maintenance cost estimate of seed 000 (億円, consumption tax included). */
export interface OperatingCostEstimate {
  /** The table or note it comes from. */
  readonly estimate: string;
  readonly fromFiscalYear: number;
  /** Null: every year from `fromFiscalYear` on (…年度以降). */
  readonly toFiscalYear: number | null;
  readonly item: string;
  /** The amount in 億円 exactly as printed. */
  readonly oku: string;
  /** Printed with 約 (approximately) or as an upper bound (未満). */
  readonly approximate: boolean;
  readonly note: string | null;
}

const ADDITIONAL = '全国で医療情報を確認できる仕組みの拡大の追加運用・保守費用（年額）: 医療情報が3年分蓄積されている場合、稼働4年目以降の試算（切り上げ）';
const INITIAL = '追加運用・保守費用、稼働当初の想定';
const CURRENT = '（参考）オンライン資格確認、レセプト振替、特定健診・医療費・薬剤情報の運用・保守費用（年額）: 令和元年12月20日 医療保険部会資料';

/** Seed 000, 「全国で医療情報を確認できる仕組みの拡大の追加運用コスト試算」, as printed (単位：億円（税込）). */
export const OPERATING_COST_ESTIMATES: readonly OperatingCostEstimate[] = [
  { estimate: ADDITIONAL, fromFiscalYear: 2025, toFiscalYear: null, item: 'オンライン資格確認', oku: '0', approximate: false, note: null },
  { estimate: ADDITIONAL, fromFiscalYear: 2025, toFiscalYear: null, item: 'レセプト振替', oku: '0.1', approximate: false, note: null },
  {
    estimate: ADDITIONAL,
    fromFiscalYear: 2025,
    toFiscalYear: null,
    item: '医療情報',
    oku: '1.4',
    approximate: false,
    note: '※3 医療機関名等の基本情報、傷病名、診療行為、特定保険医療材料等の全てのレセプト情報を対象。※4 の内訳の計。',
  },
  { estimate: ADDITIONAL, fromFiscalYear: 2025, toFiscalYear: null, item: '計', oku: '1.5', approximate: true, note: '※6 更なるコスト縮減を行うことで、トータルの負担の低減を図る。' },
  { estimate: `${ADDITIONAL}: ※4 医療情報の内訳`, fromFiscalYear: 2025, toFiscalYear: null, item: '支払基金及び国保中央会でシステム運用・管理する体制に要する経費', oku: '0.3', approximate: false, note: null },
  { estimate: `${ADDITIONAL}: ※4 医療情報の内訳`, fromFiscalYear: 2025, toFiscalYear: null, item: '医療情報管理システム保守', oku: '0.6', approximate: false, note: null },
  { estimate: `${ADDITIONAL}: ※4 医療情報の内訳`, fromFiscalYear: 2025, toFiscalYear: null, item: 'ネットワーク増速', oku: '0.5', approximate: false, note: null },
  {
    estimate: `${ADDITIONAL}: ※5`,
    fromFiscalYear: 2025,
    toFiscalYear: null,
    item: '救急時対応、ネットワーク設定変更の追加ランニング',
    oku: '0.1',
    approximate: true,
    note: 'ほとんど発生しない見込み（0.1億未満）',
  },
  { estimate: INITIAL, fromFiscalYear: 2022, toFiscalYear: 2022, item: '支払基金等の運用・保守', oku: '0.21', approximate: false, note: null },
  { estimate: INITIAL, fromFiscalYear: 2023, toFiscalYear: 2023, item: '支払基金等の運用・保守', oku: '0.33', approximate: false, note: null },
  { estimate: INITIAL, fromFiscalYear: 2024, toFiscalYear: null, item: '支払基金等の運用・保守', oku: '0.3', approximate: true, note: '約0.3億（0.23億）: 0.23 rounded up' },
  { estimate: INITIAL, fromFiscalYear: 2022, toFiscalYear: 2022, item: '医療情報', oku: '0.28', approximate: false, note: null },
  { estimate: INITIAL, fromFiscalYear: 2023, toFiscalYear: 2023, item: '医療情報', oku: '0.46', approximate: false, note: null },
  { estimate: INITIAL, fromFiscalYear: 2024, toFiscalYear: 2024, item: '医療情報', oku: '0.49', approximate: false, note: null },
  { estimate: INITIAL, fromFiscalYear: 2025, toFiscalYear: null, item: '医療情報', oku: '0.6', approximate: true, note: '約0.6億（0.52億）: 0.52 rounded up' },
  { estimate: CURRENT, fromFiscalYear: 2022, toFiscalYear: 2022, item: 'オンライン資格確認', oku: '16', approximate: false, note: null },
  { estimate: CURRENT, fromFiscalYear: 2022, toFiscalYear: 2022, item: 'レセプト振替', oku: '3', approximate: false, note: null },
  { estimate: CURRENT, fromFiscalYear: 2022, toFiscalYear: 2022, item: '特定健診・医療費・薬剤情報', oku: '3', approximate: false, note: null },
  {
    estimate: CURRENT,
    fromFiscalYear: 2022,
    toFiscalYear: 2022,
    item: '計',
    oku: '21',
    approximate: true,
    note: '※ 支払基金及び国保中央会でシステム管理する体制に要する経費を含む。The items as printed add up to 22: each is rounded.',
  },
];

/** 億円 as printed ("0.21") in yen, in whole numbers (1億 = 100,000,000). */
export function okuToYen(oku: string): number {
  const match = /^(\d+)(?:\.(\d{1,8}))?$/.exec(oku);
  if (!match) throw new Error(`not an amount in 億円: ${oku}`);
  const fraction = (match[2] ?? '').padEnd(8, '0');
  return Number(match[1]) * 100_000_000 + Number(fraction);
}
