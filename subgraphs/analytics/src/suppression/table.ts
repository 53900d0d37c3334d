/**
 * A family of published counts over persons' data: groups broken down by any published subset of
 * its dimensions (a level, a bit mask over them), each group counted in total and split by each
 * measure (a guidance level, a risk held or not). Every answer about the family is a slice of
 * the same groups, so one suppression pattern holds for all of them.
 */
export interface MeasureSpec {
  readonly name: string;
  readonly values: readonly string[];
  /** The levels it is published at; every published level when absent. Must include every coarser level of each. */
  readonly levels?: readonly number[];
}

export interface FamilySpec {
  readonly dimensions: readonly string[];
  readonly measures: readonly MeasureSpec[];
  /** The levels published; all subsets of the dimensions when absent. Must include every coarser level of each. */
  readonly levels?: readonly number[];
}

/** The finest counts: a value for every dimension and every measure, and how many are so. */
export interface JointCount {
  readonly dimensions: readonly string[];
  readonly measures: readonly string[];
  readonly count: number;
}

/** One published group: its level, its value of each dimension ('' where not broken down by), and its cells. */
export interface Group {
  readonly level: number;
  readonly coordinates: readonly string[];
  readonly key: string;
  /** Slot 0 is the group's total; then each measure's values in order (see slotsOf). */
  readonly values: number[];
  readonly suppressed: boolean[];
  /** Whether the slot is published at this level (a measure may be published at some levels only). */
  readonly published: readonly boolean[];
}

export const TOTAL_SLOT = 0;

/** The first slot of each measure, and the number of slots. */
export function slotsOf(spec: FamilySpec): { readonly first: readonly number[]; readonly count: number } {
  const first: number[] = [];
  let next = 1;
  for (const measure of spec.measures) {
    first.push(next);
    next += measure.values.length;
  }
  return { first, count: next };
}

export const levelHas = (level: number, dimension: number): boolean => (level & (1 << dimension)) !== 0;

export const allLevels = (dimensions: number): number[] => Array.from({ length: 1 << dimensions }, (_, level) => level);

export const groupKey = (level: number, coordinates: readonly string[]): string => `${level}\u0001${coordinates.join('\u0001')}`;

/** A group's coordinates at a coarser level: the dimensions it drops become ''. */
export const project = (coordinates: readonly string[], level: number): string[] => coordinates.map((value, d) => (levelHas(level, d) ? value : ''));
