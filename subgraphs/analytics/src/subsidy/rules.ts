/**
 * The subsidies for introducing online eligibility confirmation, as data with the card-reader
 * applications each covers (seed 001, 「加速化プラン」を踏まえた追加的な財政補助について). Every cap
 * is a cost including consumption tax (※ 消費税分（10％）も補助対象であり、上記の上限額は、消費税分を含む費用額).
 */

/** The columns of the seed's table: 病院, 大型チェーン薬局, 診療所, 薬局（大型チェーン薬局以外）. */
export type SubsidyCategory = 'HOSPITAL' | 'LARGE_CHAIN_PHARMACY' | 'CLINIC' | 'PHARMACY';

/** A share of the cost: 1/2, 3/4, or 1/1 (実費補助, the actual cost). */
export interface Share {
  readonly numerator: number;
  readonly denominator: number;
}

export interface CategoryRule {
  /** 顔認証付きカードリーダー提供台数: readers given free at most. */
  readonly freeReaders: number;
  /**
   * 基準とする事業額: the cost reckoned at most (yen), by the readers introduced. The row for the
   * most readers not above the count applies (a hospital with four readers is reckoned as with three).
   */
  readonly caps: ReadonlyArray<{ readonly readers: number; readonly capYen: number }>;
  readonly share: Share;
}

export interface SubsidyRuleSet {
  readonly id: 'FUND' | 'ACCELERATION_PLAN';
  readonly name: string;
  /** When it was announced; null where the seeds do not say. */
  readonly announcedOn: string | null;
  /** The first and last day (null: open) of the card-reader applications it covers. */
  readonly applicationsFrom: string;
  readonly applicationsUntil: string | null;
  readonly source: string;
  readonly categories: Readonly<Record<SubsidyCategory, CategoryRule>>;
}

const HALF: Share = { numerator: 1, denominator: 2 };
const THREE_QUARTERS: Share = { numerator: 3, denominator: 4 };
const ACTUAL_COST: Share = { numerator: 1, denominator: 1 };

const HOSPITAL_CAPS = [
  { readers: 1, capYen: 2_101_000 },
  { readers: 2, capYen: 2_002_000 },
  { readers: 3, capYen: 1_903_000 },
] as const;
const SMALL_CAPS = [{ readers: 1, capYen: 429_000 }] as const;

/** 大型チェーン薬局: a pharmacy whose group receives 40,000 prescriptions a month or more (グループで処方箋の受付が月4万回以上). */
export const LARGE_CHAIN_PRESCRIPTIONS_PER_MONTH = 40_000;

/** The day card-reader applications opened (※ 8/7から申込受付を開始, seeds 000 and 001). */
export const APPLICATIONS_OPENED = '2020-08-07';

/** Oldest first; where two cover an application, the later one applies (it revises the earlier). */
export const SUBSIDY_RULE_SETS: readonly SubsidyRuleSet[] = [
  {
    id: 'FUND',
    name: '医療情報化支援基金による補助【見直し前】',
    announcedOn: null,
    applicationsFrom: APPLICATIONS_OPENED,
    applicationsUntil: null,
    source: 'Seed 001, 「加速化プラン」を踏まえた追加的な財政補助について, the row 【見直し前】.',
    categories: {
      HOSPITAL: { freeReaders: 3, caps: HOSPITAL_CAPS, share: HALF },
      LARGE_CHAIN_PHARMACY: { freeReaders: 1, caps: SMALL_CAPS, share: HALF },
      CLINIC: { freeReaders: 1, caps: SMALL_CAPS, share: THREE_QUARTERS },
      PHARMACY: { freeReaders: 1, caps: SMALL_CAPS, share: THREE_QUARTERS },
    },
  },
  {
    id: 'ACCELERATION_PLAN',
    name: '「加速化プラン」を踏まえた追加的な導入支援策',
    announcedOn: '2020-11-17',
    applicationsFrom: APPLICATIONS_OPENED,
    // 「令和３年３月までに顔認証付きカードリーダーの申込を⾏った医療機関・薬局」に限定.
    applicationsUntil: '2021-03-31',
    source: 'Seed 001, 「加速化プラン」を踏まえた追加的な財政補助について (令和2年11月17日 閣議後記者会見にて厚生労働大臣発表), the row 【追加的な導入支援策】: 実費補助 up to the same costs, the large chain pharmacies with the clinics and other pharmacies.',
    categories: {
      HOSPITAL: { freeReaders: 3, caps: HOSPITAL_CAPS, share: ACTUAL_COST },
      LARGE_CHAIN_PHARMACY: { freeReaders: 1, caps: SMALL_CAPS, share: ACTUAL_COST },
      CLINIC: { freeReaders: 1, caps: SMALL_CAPS, share: ACTUAL_COST },
      PHARMACY: { freeReaders: 1, caps: SMALL_CAPS, share: ACTUAL_COST },
    },
  },
];

/** 消費税 rates (percent) from the day each came in force. */
export const CONSUMPTION_TAX: ReadonlyArray<{ readonly from: string; readonly percent: number }> = [
  { from: '2014-04-01', percent: 8 },
  { from: '2019-10-01', percent: 10 },
];
