// Small-count suppression for shared channels: a count from 1 up to the case's threshold would
// point at identifiable people at a named company, so it is shown only as "<threshold". Because
// the cells of a report add up (the new-occupation parts to their total, every cell to N), one
// hidden cell in such a sum could be worked out from the others; a second cell of that sum is
// then hidden as well (secondary suppression), the smallest non-zero one, until no sum has
// exactly one unknown. The new-occupation total is the group's key figure: cells outside it are
// preferred as cover, then its parts, and the total itself only when nothing else can be.
import { CATEGORIES, CELLS, NEW_OCCUPATION, cellValues, type Category, type Cell, type Report } from './figures.js';

/** shown; small: below the threshold ("<3"); hidden: not small but would reveal one that is. */
export type Visibility = 'shown' | 'small' | 'hidden';

/** Sets of cells whose sum is known (N, or a shown total); see the note at the top. */
const RELATIONS: readonly (readonly Cell[])[] = [
  [...NEW_OCCUPATION, 'newOccupation'],
  [...CATEGORIES, 'unaccounted'],
  ['newOccupation', ...CATEGORIES.filter((c) => !NEW_OCCUPATION.includes(c)), 'unaccounted'],
];

const coverRank = (c: Cell) => (c === 'newOccupation' ? 2 : NEW_OCCUPATION.includes(c as Category) ? 1 : 0);

/** A threshold of 0 turns suppression off. */
export function isSmall(value: number, threshold: number): boolean {
  return value >= 1 && value < threshold;
}

export function suppress(values: Readonly<Record<Cell, number>>, threshold: number): Record<Cell, Visibility> {
  const seen = Object.fromEntries(CELLS.map((c) => [c, isSmall(values[c], threshold) ? 'small' : 'shown'])) as Record<Cell, Visibility>;
  for (let changed = true; changed;) {
    changed = false;
    for (const relation of RELATIONS) {
      if (relation.filter((c) => seen[c] !== 'shown').length !== 1) continue;
      const candidates = relation.filter((c) => seen[c] === 'shown' && values[c] > 0).sort((a, b) => coverRank(a) - coverRank(b) || values[a] - values[b]);
      const cover = candidates[0];
      if (!cover) continue;
      seen[cover] = 'hidden';
      changed = true;
    }
  }
  return seen;
}

export function anySuppressed(visibility: Readonly<Record<Cell, Visibility>>): boolean {
  return Object.values(visibility).some((v) => v !== 'shown');
}

/** A report's cells and how each may be shown at a threshold (0: all exact). */
export function reportCells(report: Report, threshold: number): { values: Record<Cell, number>; visibility: Record<Cell, Visibility> } {
  const values = cellValues(report);
  return { values, visibility: suppress(values, threshold) };
}

/** A count as a shared channel may show it: "<threshold" when small. */
export function shownCount(count: number, threshold: number, format: (n: number) => string = String): string {
  return isSmall(count, threshold) ? `<${threshold}` : format(count);
}
