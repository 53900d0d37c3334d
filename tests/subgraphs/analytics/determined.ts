/**
 * An independent check of a suppression pattern: which withheld cells can be worked out exactly
 * from the published ones by any linear combination of the sums that hold between cells. Each
 * equation says that a total is the sum of its parts; a withheld cell is determined when its unit
 * vector lies in the span of the equations restricted to the withheld cells. Exact arithmetic
 * modulo a prime (the coefficients are small integers), so a dependency is never missed by rounding.
 */
const PRIME = 1_000_003;

const mod = (n: number): number => ((n % PRIME) + PRIME) % PRIME;

function inverse(a: number): number {
  let [t, newT, r, newR] = [0, 1, PRIME, mod(a)];
  while (newR !== 0) {
    const q = Math.floor(r / newR);
    [t, newT] = [newT, t - q * newT];
    [r, newR] = [newR, r - q * newR];
  }
  return mod(t);
}

export interface Equation {
  /** Cell ids: the total, then its parts. */
  readonly total: string;
  readonly parts: readonly string[];
}

/** The withheld cells (among `withheld`) that the equations determine. */
export function determinedCells(equations: readonly Equation[], withheld: ReadonlySet<string>): string[] {
  const unknowns = [...withheld];
  const column = new Map(unknowns.map((id, i) => [id, i]));
  const rows: Array<Map<number, number>> = [];
  for (const { total, parts } of equations) {
    const row = new Map<number, number>();
    const add = (id: string, coefficient: number) => {
      const c = column.get(id);
      if (c === undefined) return;
      row.set(c, mod((row.get(c) ?? 0) + coefficient));
      if (row.get(c) === 0) row.delete(c);
    };
    add(total, -1);
    for (const part of parts) add(part, 1);
    if (row.size > 0) rows.push(row);
  }
  // Reduced row echelon form, column by column.
  const pivotRowOf = new Map<number, Map<number, number>>();
  let remaining = rows;
  for (let c = 0; c < unknowns.length; c++) {
    const index = remaining.findIndex((row) => row.has(c));
    if (index < 0) continue;
    const pivot = remaining[index]!;
    remaining = remaining.filter((_, i) => i !== index);
    const scale = inverse(pivot.get(c)!);
    for (const [k, v] of pivot) pivot.set(k, mod(v * scale));
    const eliminate = (row: Map<number, number>) => {
      const factor = row.get(c);
      if (factor === undefined) return;
      for (const [k, v] of pivot) {
        const next = mod((row.get(k) ?? 0) - factor * v);
        if (next === 0) row.delete(k);
        else row.set(k, next);
      }
    };
    remaining.forEach(eliminate);
    for (const row of pivotRowOf.values()) eliminate(row);
    pivotRowOf.set(c, pivot);
  }
  // A pivot variable is determined when its row has no free variable left in it.
  return unknowns.filter((_, c) => {
    const row = pivotRowOf.get(c);
    return row !== undefined && [...row.keys()].every((k) => k === c);
  });
}
