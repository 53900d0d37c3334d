import { layoutOf } from '../../../subgraphs/analytics/src/suppression/groups';
import { FamilySpec, Group, groupKey, levelHas, project, TOTAL_SLOT } from '../../../subgraphs/analytics/src/suppression/table';
import { determinedCells, Equation } from './determined';

export const cellId = (group: Group, slot: number): string => `${group.key}#${slot}`;

/**
 * Every sum that holds between a family's published cells, written out independently of the
 * suppression: a group's total is the sum of each measure's values, and a cell is the sum of the
 * same cell of the groups one dimension finer under it.
 */
export function equationsOf(spec: FamilySpec, byLevel: ReadonlyMap<number, ReadonlyMap<string, Group>>): Equation[] {
  const layout = layoutOf(spec);
  const equations: Equation[] = [];
  for (const [level, groups] of byLevel) {
    for (const group of groups.values()) {
      spec.measures.forEach((measure, m) => {
        if (!layout.measureLevels[m]!.has(level)) return;
        equations.push({ total: cellId(group, TOTAL_SLOT), parts: measure.values.map((_, i) => cellId(group, layout.firstSlot[m]! + i)) });
      });
    }
    for (let d = 0; d < spec.dimensions.length; d++) {
      if (!levelHas(level, d)) continue;
      const coarser = level & ~(1 << d);
      const children = new Map<string, Group[]>();
      for (const group of groups.values()) {
        const parentKey = groupKey(coarser, project(group.coordinates, coarser));
        children.set(parentKey, [...(children.get(parentKey) ?? []), group]);
      }
      for (const [parentKey, parts] of children) {
        const parent = byLevel.get(coarser)!.get(parentKey)!;
        parent.values.forEach((_, slot) => {
          if (parent.published[slot] && parts[0]!.published[slot]) equations.push({ total: cellId(parent, slot), parts: parts.map((p) => cellId(p, slot)) });
        });
      }
    }
  }
  return equations;
}

export function withheldCells(byLevel: ReadonlyMap<number, ReadonlyMap<string, Group>>): Set<string> {
  const ids = new Set<string>();
  for (const groups of byLevel.values()) for (const group of groups.values()) group.suppressed.forEach((s, slot) => s && ids.add(cellId(group, slot)));
  return ids;
}

/** The cells shown: each published cell's value, or null when withheld. */
export function shownValues(byLevel: ReadonlyMap<number, ReadonlyMap<string, Group>>): Map<string, number | null> {
  const cells = new Map<string, number | null>();
  for (const groups of byLevel.values()) {
    for (const group of groups.values()) group.values.forEach((v, slot) => group.published[slot] && cells.set(cellId(group, slot), group.suppressed[slot] ? null : v));
  }
  return cells;
}

/** The cells under the threshold that the shown ones give away (should be none). */
export function givenAway(spec: FamilySpec, byLevel: ReadonlyMap<number, ReadonlyMap<string, Group>>, threshold = 10): string[] {
  const values = new Map<string, number>();
  for (const groups of byLevel.values()) for (const group of groups.values()) group.values.forEach((v, slot) => values.set(cellId(group, slot), v));
  return determinedCells(equationsOf(spec, byLevel), withheldCells(byLevel)).filter((id) => values.get(id)! < threshold);
}
