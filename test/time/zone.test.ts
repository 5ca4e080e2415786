import { describe, expect, it } from 'vitest';
import { addDays, weekday } from '../../src/time/local-date.js';
import { localParts, todayIn, zonedToUtc } from '../../src/time/zone.js';

const TZ = 'Europe/Stockholm';
const at = (y: number, mo: number, d: number, h: number, mi = 0) => zonedToUtc({ year: y, month: mo, day: d, hour: h, minute: mi }, TZ).toISOString();

describe('time zones', () => {
  it('converts wall-clock time in winter and summer', () => {
    expect(at(2026, 12, 7, 8)).toBe('2026-12-07T07:00:00.000Z');
    expect(at(2026, 6, 1, 8)).toBe('2026-06-01T06:00:00.000Z');
  });

  it('handles the spring-forward day: 08:00 exists once, 02:30 moves past the gap', () => {
    expect(at(2026, 3, 29, 8)).toBe('2026-03-29T06:00:00.000Z');
    expect(at(2026, 3, 29, 1, 30)).toBe('2026-03-29T00:30:00.000Z');
    expect(at(2026, 3, 29, 2, 30)).toBe('2026-03-29T01:30:00.000Z'); // = 03:30 CEST
    expect(localParts(new Date(at(2026, 3, 29, 2, 30)), TZ)).toMatchObject({ hour: 3, minute: 30 });
  });

  it('handles the fall-back day: 08:00 once, the repeated 02:30 is the first one', () => {
    expect(at(2026, 10, 25, 8)).toBe('2026-10-25T07:00:00.000Z');
    expect(at(2026, 10, 25, 2, 30)).toBe('2026-10-25T00:30:00.000Z');
  });

  it('gives the local day of an instant', () => {
    expect(todayIn(new Date('2026-11-22T23:30:00Z'), TZ)).toEqual({ year: 2026, month: 11, day: 23 });
    expect(todayIn(new Date('2026-11-22T22:59:00Z'), TZ)).toEqual({ year: 2026, month: 11, day: 22 });
  });

  it('counts days across DST without drifting', () => {
    expect(addDays({ year: 2026, month: 3, day: 28 }, 2)).toEqual({ year: 2026, month: 3, day: 30 });
    expect(weekday({ year: 2026, month: 3, day: 29 })).toBe(7);
  });
});
