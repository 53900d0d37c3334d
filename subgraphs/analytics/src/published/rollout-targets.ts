/** A target of the rollout, as both seeds state it (令和元年9月 デジタル・ガバメント閣僚会議決定). */
export interface RolloutTarget {
  /** The last day it is to be met by. */
  readonly by: string;
  /** The share of all facilities (percent); 「概ね全て」 (nearly all) is taken as 100. */
  readonly percent: number;
  readonly wording: string;
}

export const ROLLOUT_TARGETS: readonly RolloutTarget[] = [
  { by: '2021-03-31', percent: 60, wording: '医療機関等の6割程度での導入（令和3年3月時点）' },
  { by: '2023-03-31', percent: 100, wording: '概ね全ての医療機関等での導入（令和5年3月末）' },
];
