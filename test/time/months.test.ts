import { describe, expect, it } from 'vitest';
import { fromIso, toIso } from '../../src/time/local-date.js';
import { addMonths, wholeMonthsBetween } from '../../src/time/months.js';

const add = (iso: string, months: number) => toIso(addMonths(fromIso(iso), months));
const between = (a: string, b: string) => wholeMonthsBetween(fromIso(a), fromIso(b));

describe('calendar months', () => {
  it('adds months across years and clamps to the last day of a shorter month', () => {
    expect(add('2026-09-01', 8)).toBe('2027-05-01');
    expect(add('2027-01-31', 1)).toBe('2027-02-28');
    expect(add('2028-01-31', 1)).toBe('2028-02-29');
    expect(add('2026-12-15', -12)).toBe('2025-12-15');
  });

  it('counts whole months only', () => {
    expect(between('2027-01-29', '2027-05-01')).toBe(3);
    expect(between('2027-02-01', '2027-05-01')).toBe(3);
    expect(between('2027-02-02', '2027-05-01')).toBe(2);
    expect(between('2027-04-15', '2027-05-01')).toBe(0);
    expect(between('2027-06-01', '2027-05-01')).toBe(0);
  });
});
