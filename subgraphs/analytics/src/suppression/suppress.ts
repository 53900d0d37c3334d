import { Layout, layoutOf } from './groups';
import { FamilySpec, Group, groupKey, levelHas, project, TOTAL_SLOT } from './table';

/** The NDB rule: a count under 10 is never shown. */
export const SMALLEST_SHOWN = 10;

/** One cell: a slot of a group. */
export interface Cell {
  readonly group: Group;
  readonly slot: number;
}

export interface SuppressionCounts {
  /** Cells withheld because they are under the threshold. */
  readonly primary: number;
  /** Cells withheld so that no cell under the threshold can be worked out from the others. */
  readonly secondary: number;
}

/** Candidates tried for each choice while looking for a cell's protection; enough in practice, bounded so a refresh stays linear. */
const EXTENSIONS_TRIED = 8;
const PARTNERS_TRIED = 6;

/** A set of cells whose values can all move together (+1 or -1 each) without any total or published cell changing. */
interface Protection {
  readonly cells: readonly Cell[];
  /** What withholding them costs: the counts no longer shown. */
  readonly cost: number;
}

/**
 * The groups of a family at its finest level, looked up by what they share: the finest groups
 * under a group of any level, and the finest groups that differ from one only in one dimension.
 */
class Lattice {
  readonly layout: Layout;
  readonly finest: number;
  private readonly under = new Map<string, Group[]>();
  private readonly siblings = new Map<string, Group[]>();
  private readonly finestKeys: Set<string>;
  private readonly sortedSiblings = new Map<Group, Array<readonly Group[] | undefined>>();

  constructor(
    readonly spec: FamilySpec,
    readonly byLevel: ReadonlyMap<number, ReadonlyMap<string, Group>>,
  ) {
    this.layout = layoutOf(spec);
    this.finest = (1 << spec.dimensions.length) - 1;
    const finestGroups = byLevel.get(this.finest);
    if (!finestGroups) throw new Error('the finest level (every dimension) must be published');
    this.finestKeys = new Set(finestGroups.keys());
    for (const group of finestGroups.values()) {
      for (const level of this.layout.levels) push(this.under, groupKey(level, project(group.coordinates, level)), group);
      for (let d = 0; d < spec.dimensions.length; d++) push(this.siblings, `${d}|${group.coordinates.map((v, i) => (i === d ? '*' : v)).join('\u0001')}`, group);
    }
  }

  finestUnder(group: Group): readonly Group[] {
    return this.under.get(group.key) ?? [];
  }

  /** Finest groups that differ from `group` (a finest group) in dimension `d` only, smallest first. */
  siblingsAlong(group: Group, d: number): readonly Group[] {
    let byDimension = this.sortedSiblings.get(group);
    if (!byDimension) this.sortedSiblings.set(group, (byDimension = []));
    let list = byDimension[d];
    if (!list) {
      const all = this.siblings.get(`${d}|${group.coordinates.map((v, i) => (i === d ? '*' : v)).join('\u0001')}`) ?? [];
      list = byDimension[d] = all.filter((g) => g !== group).sort(bySize).slice(0, PARTNERS_TRIED);
    }
    return list;
  }

  hasFinest(coordinates: readonly string[]): boolean {
    return this.finestKeys.has(groupKey(this.finest, coordinates));
  }

  group(level: number, coordinates: readonly string[]): Group {
    const group = this.byLevel.get(level)?.get(groupKey(level, project(coordinates, level)));
    if (!group) throw new Error('a group under an existing finest group is missing');
    return group;
  }

  measurePublishedAt(measure: number, level: number): boolean {
    return this.layout.measureLevels[measure]!.has(level);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const isWithheld = (cell: Cell): boolean => cell.group.suppressed[cell.slot]!;
const valueOf = (cell: Cell): number => cell.group.values[cell.slot]!;
const bySize = (a: Group, b: Group): number => a.values[TOTAL_SLOT]! - b.values[TOTAL_SLOT]! || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * A protection of `target` built as a hypercube: from a finest group `base` under the target's
 * group, each dimension of the target's level is paired with another value (a partner) wherever
 * the finest groups of every combination exist; dimensions without one keep the target's value.
 * The corners carry alternating signs, so every total over a paired dimension is unchanged; every
 * group at a level that keeps all paired dimensions has the corners' cells (through `base`'s values
 * for the other dimensions), so each line from one of them to a finer one changes alike. A measure
 * cell pairs with another value of its measure (the group's total is unchanged); a total moves
 * with one value of each measure.
 */
function hypercube(lattice: Lattice, target: Cell, base: Group): Protection {
  const { spec, layout } = lattice;
  const level = target.group.level;
  const paired: Array<{ dimension: number; values: readonly [string, string] }> = [];
  for (let d = 0; d < spec.dimensions.length; d++) {
    if (!levelHas(level, d)) continue;
    for (const candidate of lattice.siblingsAlong(base, d)) {
      const partner = candidate.coordinates[d]!;
      const corners = cornersOf(base.coordinates, paired);
      if (corners.every((corner) => lattice.hasFinest(corner.map((v, i) => (i === d ? partner : v))))) {
        paired.push({ dimension: d, values: [base.coordinates[d]!, partner] });
        break;
      }
    }
  }
  const pairedMask = paired.reduce((mask, { dimension }) => mask | (1 << dimension), 0);
  const corners = cornersOf(base.coordinates, paired);
  const touchedLevels = layout.levels.filter((l) => (l & pairedMask) === pairedMask);
  const cellsAt = (slotOf: (level: number) => number | null): Cell[] =>
    touchedLevels.flatMap((l) => {
      const slot = slotOf(l);
      return slot === null ? [] : corners.map((corner) => ({ group: lattice.group(l, corner), slot }));
    });
  const cells: Cell[] = [];
  const measure = layout.measureOfSlot[target.slot]!;
  if (measure >= 0) {
    const first = layout.firstSlot[measure]!;
    const others = spec.measures[measure]!.values.map((_, i) => first + i).filter((slot) => slot !== target.slot);
    const slotAt = (slot: number) => (l: number) => (lattice.measurePublishedAt(measure, l) ? slot : null);
    const partner = cheapest(others, (slot) => cellsAt(slotAt(slot)));
    cells.push(...cellsAt(slotAt(target.slot)), ...cellsAt(slotAt(partner)));
  } else {
    cells.push(...cellsAt(() => TOTAL_SLOT));
    spec.measures.forEach((m, i) => {
      const first = layout.firstSlot[i]!;
      const slotAt = (slot: number) => (l: number) => (lattice.measurePublishedAt(i, l) ? slot : null);
      const value = cheapest(m.values.map((_, k) => first + k), (slot) => cellsAt(slotAt(slot)));
      cells.push(...cellsAt(slotAt(value)));
    });
  }
  return { cells, cost: costOf(cells) };
}

/** Every combination of the paired dimensions' two values, over `base`'s coordinates. */
function cornersOf(base: readonly string[], paired: ReadonlyArray<{ dimension: number; values: readonly [string, string] }>): string[][] {
  let corners: string[][] = [[...base]];
  for (const { dimension, values } of paired) {
    corners = corners.flatMap((corner) => values.map((value) => corner.map((v, i) => (i === dimension ? value : v))));
  }
  return corners;
}

/** The counts newly withheld; cells already withheld cost nothing. */
function costOf(cells: readonly Cell[]): number {
  let cost = 0;
  for (const cell of cells) if (!isWithheld(cell)) cost += valueOf(cell) + 1;
  return cost;
}

/** The option whose cells cost least to withhold, the first on a tie. */
function cheapest(options: readonly number[], cellsFor: (slot: number) => Cell[]): number {
  let best = options[0]!;
  let bestCost = Infinity;
  for (const option of options) {
    const cost = costOf(cellsFor(option));
    if (cost < bestCost) {
      best = option;
      bestCost = cost;
    }
  }
  return best;
}

/** The least costly protection of a cell among those tried from several finest groups under it. */
function protectionOf(lattice: Lattice, target: Cell): Protection {
  const bases = lattice.finestUnder(target.group).slice().sort(bySize).slice(0, EXTENSIONS_TRIED);
  let best: Protection | null = null;
  for (const base of bases) {
    const protection = hypercube(lattice, target, base);
    if (best === null || protection.cost < best.cost) best = protection;
    if (best.cost === 0) break;
  }
  if (best === null) throw new Error('a published group has no finest group under it');
  return best;
}

/**
 * Withholds the cells of a family's groups (in place): every cell under `threshold` (primary
 * suppression), and with each of them the cells of a protection (secondary suppression): cells
 * that could all move together, the withheld cell among them, while every total and every cell
 * still shown stays as it is. So no withheld count under the threshold can be worked out from
 * what is shown, by subtracting along a row or column of one answer or by combining any number
 * of answers, coarser or finer: they are all read from these groups. Cells are taken finest level
 * first; a cell already moved by an earlier protection needs none of its own.
 */
export function suppress(spec: FamilySpec, byLevel: ReadonlyMap<number, ReadonlyMap<string, Group>>, threshold = SMALLEST_SHOWN): SuppressionCounts {
  const lattice = new Lattice(spec, byLevel);
  const targets: Cell[] = [];
  for (const level of [...lattice.layout.levels].reverse()) {
    for (const group of byLevel.get(level)!.values()) {
      group.values.forEach((value, slot) => {
        if (!group.published[slot] || value >= threshold) return;
        group.suppressed[slot] = true;
        targets.push({ group, slot });
      });
    }
  }
  const moved = new Map<Group, boolean[]>();
  const isMoved = (cell: Cell) => moved.get(cell.group)?.[cell.slot] === true;
  const markMoved = (cell: Cell) => {
    let slots = moved.get(cell.group);
    if (!slots) moved.set(cell.group, (slots = []));
    slots[cell.slot] = true;
  };
  let secondary = 0;
  for (const target of targets) {
    if (isMoved(target)) continue;
    for (const cell of protectionOf(lattice, target).cells) {
      markMoved(cell);
      if (isWithheld(cell)) continue;
      cell.group.suppressed[cell.slot] = true;
      secondary++;
    }
  }
  return { primary: targets.length, secondary };
}
