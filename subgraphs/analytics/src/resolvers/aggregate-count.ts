import { AggregateCount } from '../generated/resolvers';
import { percentAsPrinted } from '../published/percent';

/** A stored cell as answered: its value, or null and suppressed; with its share of `total` where both are shown. */
export function aggregateCount(value: number | null, total?: number | null): AggregateCount {
  return {
    value,
    suppressed: value === null,
    percent: value === null || total === undefined || total === null ? null : percentAsPrinted(value, total),
  };
}
