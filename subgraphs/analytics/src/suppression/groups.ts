import { allLevels, FamilySpec, Group, groupKey, JointCount, levelHas, project, slotsOf, TOTAL_SLOT } from './table';

/** Every published level, coarsest first, and the levels each measure is published at. */
export interface Layout {
  readonly levels: readonly number[];
  readonly measureLevels: ReadonlyArray<ReadonlySet<number>>;
  readonly firstSlot: readonly number[];
  readonly slotCount: number;
  /** The measure each slot belongs to (-1 for the total). */
  readonly measureOfSlot: readonly number[];
}

const bits = (level: number): number => {
  let n = 0;
  for (let l = level; l > 0; l &= l - 1) n++;
  return n;
};

/** Whether every level one dimension coarser than each of `levels` is among them. */
function closedDownwards(levels: ReadonlySet<number>, dimensions: number): boolean {
  for (const level of levels) {
    for (let d = 0; d < dimensions; d++) if (levelHas(level, d) && !levels.has(level & ~(1 << d))) return false;
  }
  return true;
}

export function layoutOf(spec: FamilySpec): Layout {
  const levels = [...(spec.levels ?? allLevels(spec.dimensions.length))].sort((a, b) => bits(a) - bits(b) || a - b);
  const published = new Set(levels);
  if (!closedDownwards(published, spec.dimensions.length)) throw new Error('every coarser level of a published level must be published');
  const measureLevels = spec.measures.map((measure) => {
    // A withheld value is protected by moving it against another value of the same measure.
    if (measure.values.length < 2) throw new Error(`measure ${measure.name}: it needs two values at least`);
    const at = new Set(measure.levels ?? levels);
    if (![...at].every((level) => published.has(level)) || !closedDownwards(at, spec.dimensions.length)) {
      throw new Error(`measure ${measure.name}: its levels must be published and include every coarser one`);
    }
    return at;
  });
  const { first, count } = slotsOf(spec);
  const measureOfSlot = [-1];
  spec.measures.forEach((measure, m) => measure.values.forEach(() => measureOfSlot.push(m)));
  return { levels, measureLevels, firstSlot: first, slotCount: count, measureOfSlot };
}

/**
 * The published groups of a family from its finest counts: at every published level, one group
 * per combination of values that has any count, with its total and each measure's split (a
 * measure value nobody has is a cell of 0). Groups by level, then by key.
 */
export function buildGroups(spec: FamilySpec, joint: Iterable<JointCount>): Map<number, Map<string, Group>> {
  const layout = layoutOf(spec);
  const byLevel = new Map<number, Map<string, Group>>(layout.levels.map((level) => [level, new Map()]));
  const valueIndex = spec.measures.map((measure) => new Map(measure.values.map((value, i) => [value, i])));
  for (const row of joint) {
    if (row.count <= 0) continue;
    const slots = row.measures.map((value, m) => {
      const index = valueIndex[m]!.get(value);
      if (index === undefined) throw new Error(`measure ${spec.measures[m]!.name} has no value ${value}`);
      return layout.firstSlot[m]! + index;
    });
    for (const level of layout.levels) {
      const coordinates = project(row.dimensions, level);
      const key = groupKey(level, coordinates);
      const groups = byLevel.get(level)!;
      let group = groups.get(key);
      if (!group) {
        const published = Array.from({ length: layout.slotCount }, (_, slot) => slot === TOTAL_SLOT || layout.measureLevels[layout.measureOfSlot[slot]!]!.has(level));
        group = { level, coordinates, key, values: new Array<number>(layout.slotCount).fill(0), suppressed: new Array<boolean>(layout.slotCount).fill(false), published };
        groups.set(key, group);
      }
      group.values[TOTAL_SLOT]! += row.count;
      for (const slot of slots) if (group.published[slot]) group.values[slot]! += row.count;
    }
  }
  return byLevel;
}
