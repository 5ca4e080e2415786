import { describe, expect, it } from 'vitest';
import { CATEGORIES, CELLS, cellValues, NEW_OCCUPATION, type Cell, type Counts, type Report } from '../../src/domain/figures.js';
import { reportCells, suppress } from '../../src/domain/suppression.js';

const zero = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Counts;
const report = (counts: Partial<Counts>, n = 211): Report => ({ date: '2026-12-01', source: 'TRR', base: 'varslade', n, counts: { ...zero, ...counts } });
const hiddenOf = (r: Report, threshold = 3) => {
  const { visibility } = reportCells(r, threshold);
  return Object.fromEntries(CELLS.filter((c) => visibility[c] !== 'shown').map((c) => [c, visibility[c]]));
};

// The sums a reader knows: the new-occupation parts add up to their total, and every cell to N.
const RELATIONS: Cell[][] = [
  [...NEW_OCCUPATION, 'newOccupation'],
  [...CATEGORIES, 'unaccounted'],
  ['newOccupation', ...CATEGORIES.filter((c) => !NEW_OCCUPATION.includes(c)), 'unaccounted'],
];

describe('small-count suppression', () => {
  it('marks counts from 1 up to below the threshold as small, never 0', () => {
    expect(hiddenOf(report({ permanent: 100, pension: 2, sick: 1, seeking: 108 }))).toEqual({ pension: 'small', sick: 'small' });
    expect(hiddenOf(report({ permanent: 100, pension: 3, seeking: 108 }))).toEqual({});
  });

  it('is off at threshold 0 and follows a higher threshold', () => {
    expect(hiddenOf(report({ permanent: 100, pension: 2, sick: 1, seeking: 108 }), 0)).toEqual({});
    expect(hiddenOf(report({ permanent: 100, pension: 4, sick: 4, seeking: 103 }), 5)).toEqual({ pension: 'small', sick: 'small' });
  });

  it('hides a second cell where one hidden cell could be worked out from a known sum', () => {
    // Eget företag 2 could be had as 37 − 20 − 10 − 5: studies, the smallest other part, is hidden too.
    const r = report({ permanent: 20, fixedTerm: 10, ownBusiness: 2, studies: 5, seeking: 174 });
    expect(hiddenOf(r)).toEqual({ ownBusiness: 'small', studies: 'hidden' });
    // A lone small pension could be had from N: the smallest other non-zero cell covers it.
    expect(hiddenOf(report({ permanent: 100, pension: 2, sick: 4, seeking: 105 }))).toEqual({ pension: 'small', sick: 'hidden' });
  });

  it('covers with cells outside new occupation first, and hides its total only as a last resort', () => {
    expect(hiddenOf(report({ permanent: 3, pension: 2, seeking: 150, other: 56 }))).toEqual({ pension: 'small', other: 'hidden' });
    // Nothing but the one part can cover pension, and that part then equals the total.
    expect(hiddenOf(report({ permanent: 3, pension: 2 }, 5))).toEqual({ pension: 'small', permanent: 'hidden', newOccupation: 'hidden' });
  });

  it('leaves no known sum with exactly one unknown cell (random reports)', () => {
    let seed = 7;
    const random = (max: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % (max + 1); };
    for (let i = 0; i < 500; i++) {
      const counts = Object.fromEntries(CATEGORIES.map((c) => [c, random(4) === 0 ? random(2) : random(30)])) as Counts;
      const r = report(counts, CATEGORIES.reduce((s, c) => s + counts[c], 0) + random(3));
      const values = cellValues(r);
      const visibility = suppress(values, 3);
      for (const relation of RELATIONS) {
        const unknown = relation.filter((c) => visibility[c] !== 'shown');
        // One unknown is fine only when nothing else in the sum could have covered it.
        if (unknown.length === 1) expect(relation.filter((c) => visibility[c] === 'shown' && values[c] > 0), JSON.stringify(counts)).toEqual([]);
      }
      for (const c of CELLS) if (values[c] >= 1 && values[c] < 3) expect(visibility[c]).toBe('small');
    }
  });
});
