import { describe, expect, it } from 'vitest';
import { parseDate, parseTime } from '../../src/parse/dates.js';
import { toIso, type LocalDate } from '../../src/time/local-date.js';

const sunday22Nov: LocalDate = { year: 2026, month: 11, day: 22 };
const iso = (input: string, today = sunday22Nov) => {
  const r = parseDate(input, today);
  return r.ok ? toIso(r.date) : r.reason;
};

describe('parseDate', () => {
  it('reads ISO dates and refuses days that do not exist', () => {
    expect(iso('2026-12-05')).toBe('2026-12-05');
    expect(iso('2028-02-29')).toBe('2028-02-29');
    expect(iso('2027-02-29')).toBe('no_such_day');
    expect(iso('2026-11-31')).toBe('no_such_day');
    expect(iso('2026-13-01')).toBe('no_such_day');
  });

  it('reads Swedish short dates, choosing the year nearest today', () => {
    expect(iso('5/12')).toBe('2026-12-05');
    expect(iso('5/1')).toBe('2027-01-05');
    expect(iso('15/11')).toBe('2026-11-15');
    expect(iso('5/12/2027')).toBe('2027-12-05');
    expect(iso('31/11')).toBe('no_such_day');
    expect(iso('29/2', { year: 2028, month: 1, day: 10 })).toBe('2028-02-29');
    expect(iso('29/2')).toBe('no_such_day');
  });

  it('reads day and month name in Swedish and English', () => {
    expect(iso('5 dec')).toBe('2026-12-05');
    expect(iso('5 december')).toBe('2026-12-05');
    expect(iso('12 maj 2027')).toBe('2027-05-12');
    expect(iso('3 okt.')).toBe('2026-10-03');
    expect(iso('3 oct')).toBe('2026-10-03');
    expect(iso('31 nov')).toBe('no_such_day');
  });

  it('reads words relative to today', () => {
    expect(iso('idag')).toBe('2026-11-22');
    expect(iso('imorgon')).toBe('2026-11-23');
    expect(iso('Tomorrow')).toBe('2026-11-23');
    expect(iso('igår')).toBe('2026-11-21');
    expect(iso('imorgon', { year: 2026, month: 12, day: 31 })).toBe('2027-01-01');
  });

  it('reads weekdays as the next such day, never today', () => {
    expect(iso('måndag')).toBe('2026-11-23');
    expect(iso('söndag')).toBe('2026-11-29');
    expect(iso('fredag')).toBe('2026-11-27');
    expect(iso('monday')).toBe('2026-11-23');
  });

  it('refuses what is not a date', () => {
    for (const bad of ['', 'snart', '12', '2026-1', '5.12.26x', 'dec 5']) expect(iso(bad)).toBe('format');
  });
});

describe('parseTime', () => {
  it('reads hh:mm and refuses impossible times', () => {
    expect(parseTime('13:00')).toEqual({ hour: 13, minute: 0 });
    expect(parseTime('8.30')).toEqual({ hour: 8, minute: 30 });
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('12:60')).toBeNull();
    expect(parseTime('noon')).toBeNull();
  });
});
