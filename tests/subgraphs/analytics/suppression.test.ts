import { buildGroups } from '../../../subgraphs/analytics/src/suppression/groups';
import { suppress } from '../../../subgraphs/analytics/src/suppression/suppress';
import { FamilySpec, JointCount } from '../../../subgraphs/analytics/src/suppression/table';
import { determinedCells } from './determined';
import { equationsOf, givenAway, shownValues, withheldCells } from './lines';

const SEX_BY_INSURER: FamilySpec = { dimensions: ['insurer', 'sex'], measures: [] };
const joint = (rows: Array<[string, string, number]>): JointCount[] => rows.map(([insurer, sex, count]) => ({ dimensions: [insurer, sex], measures: [], count }));
const cell = (level: number, coordinates: string[], slot = 0) => `${level}\u0001${coordinates.join('\u0001')}#${slot}`;

describe('suppression: a two-way table with its totals (crafted)', () => {
  const rows = joint([['A', 'F', 3], ['A', 'M', 50], ['B', 'F', 40], ['B', 'M', 60]]);

  it('withholds the cell under 10 and, so it cannot be subtracted out, the other three corners of its rectangle; the totals stay', () => {
    const byLevel = buildGroups(SEX_BY_INSURER, rows);
    expect(suppress(SEX_BY_INSURER, byLevel)).toEqual({ primary: 1, secondary: 3 });
    const shown = shownValues(byLevel);
    expect([['A', 'F'], ['A', 'M'], ['B', 'F'], ['B', 'M']].map((c) => shown.get(cell(3, c)))).toEqual([null, null, null, null]);
    expect([cell(1, ['A', '']), cell(1, ['B', '']), cell(2, ['', 'F']), cell(2, ['', 'M']), cell(0, ['', ''])].map((id) => shown.get(id))).toEqual([53, 100, 43, 110, 153]);
  });

  it('the independent check finds the cell given away when only the primary cell is withheld, and nothing once suppressed', () => {
    const primaryOnly = buildGroups(SEX_BY_INSURER, rows);
    for (const groups of primaryOnly.values()) for (const g of groups.values()) g.values.forEach((v, slot) => (g.suppressed[slot] = v < 10));
    expect(determinedCells(equationsOf(SEX_BY_INSURER, primaryOnly), withheldCells(primaryOnly))).toEqual([cell(3, ['A', 'F'])]);

    const suppressed = buildGroups(SEX_BY_INSURER, rows);
    suppress(SEX_BY_INSURER, suppressed);
    expect(determinedCells(equationsOf(SEX_BY_INSURER, suppressed), withheldCells(suppressed))).toEqual([]);
  });

  it('a total under 10 is withheld with its parts, and cannot be worked out from the grand total and the other rows', () => {
    const byLevel = buildGroups(SEX_BY_INSURER, joint([['A', 'F', 4], ['A', 'M', 5], ['B', 'F', 40], ['B', 'M', 60], ['C', 'F', 30], ['C', 'M', 45]]));
    suppress(SEX_BY_INSURER, byLevel);
    const shown = shownValues(byLevel);
    expect([cell(1, ['A', '']), cell(3, ['A', 'F']), cell(3, ['A', 'M'])].map((id) => shown.get(id))).toEqual([null, null, null]);
    expect(shown.get(cell(0, ['', '']))).toBe(184);
    expect(givenAway(SEX_BY_INSURER, byLevel)).toEqual([]);
  });
});

describe('suppression: measures split each group', () => {
  const spec: FamilySpec = { dimensions: ['insurer'], measures: [{ name: 'level', values: ['INTENSIVE', 'MOTIVATIONAL', 'INFORMATION'] }] };
  const rows = (counts: Array<[string, string, number]>): JointCount[] => counts.map(([insurer, level, count]) => ({ dimensions: [insurer], measures: [level], count }));

  it('a value nobody has is a cell of 0, under 10: withheld, with a partner in its group and the same two in another group', () => {
    const byLevel = buildGroups(spec, rows([['A', 'MOTIVATIONAL', 30], ['A', 'INFORMATION', 70], ['B', 'INTENSIVE', 20], ['B', 'MOTIVATIONAL', 25], ['B', 'INFORMATION', 55]]));
    suppress(spec, byLevel);
    const a = byLevel.get(1)!.get('1\u0001A')!;
    const b = byLevel.get(1)!.get('1\u0001B')!;
    expect(a.values).toEqual([100, 0, 30, 70]);
    expect(a.suppressed).toEqual([false, true, true, false]);
    expect(b.suppressed).toEqual([false, true, true, false]);
    expect(givenAway(spec, byLevel)).toEqual([]);
  });
});

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('suppression: random tables of three dimensions and two measures, one published at coarse levels only', () => {
  const spec: FamilySpec = {
    dimensions: ['insurer', 'prefecture', 'sex'],
    measures: [{ name: 'level', values: ['I', 'M', 'N'] }, { name: 'risk', values: ['YES', 'NO'], levels: [0, 1] }],
  };

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('table %i: nothing under 10 shown, none worked out from what is shown', (seed) => {
    const next = random(seed);
    const rows: JointCount[] = [];
    for (const insurer of ['A', 'B', 'C', 'D'].slice(0, 2 + Math.floor(next() * 3))) {
      // Some insurers have members in one prefecture only, as a municipality's 国保 does.
      const prefectures = next() < 0.4 ? ['13'] : ['01', '13', '27'];
      for (const prefecture of prefectures) {
        for (const sex of ['F', 'M']) {
          for (const level of ['I', 'M', 'N']) {
            for (const risk of ['YES', 'NO']) {
              const count = next() < 0.3 ? 0 : Math.floor(next() ** 2 * 30);
              if (count > 0) rows.push({ dimensions: [insurer, prefecture, sex], measures: [level, risk], count });
            }
          }
        }
      }
    }
    const byLevel = buildGroups(spec, rows);
    suppress(spec, byLevel);
    for (const value of shownValues(byLevel).values()) expect(value === null || value >= 10).toBe(true);
    expect(givenAway(spec, byLevel)).toEqual([]);
  });
});
