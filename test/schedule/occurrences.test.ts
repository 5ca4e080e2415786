import { describe, expect, it } from 'vitest';
import { nextDailyAt, sameLocalDay } from '../../src/schedule/occurrences.js';
import { isSwedishWorkingDay, nextWorkingDay } from '../../src/schedule/working-days.js';
import { fromIso, isoWeek, toIso, weekday } from '../../src/time/local-date.js';

const TZ = 'Europe/Stockholm';
const at = (iso: string) => new Date(iso);

/** The first `n` instants at which `time` falls after `from`, each found from the one before. */
function daily(time: { hour: number; minute: number }, from: string, n: number, timeZone = TZ): string[] {
  const out: string[] = [];
  for (let after = at(from); out.length < n; ) {
    after = nextDailyAt(time, timeZone, after)!.at;
    out.push(after.toISOString());
  }
  return out;
}

describe('daily occurrences in a time zone', () => {
  it('runs a job at 08:00 exactly once on the day DST starts and on the day it ends', () => {
    expect(daily({ hour: 8, minute: 0 }, '2026-03-28T12:00:00Z', 2)).toEqual(['2026-03-29T06:00:00.000Z', '2026-03-30T06:00:00.000Z']); // 08:00 CEST
    expect(daily({ hour: 8, minute: 0 }, '2026-10-24T12:00:00Z', 2)).toEqual(['2026-10-25T07:00:00.000Z', '2026-10-26T07:00:00.000Z']); // 08:00 CET
  });

  it('does not lose 02:30 on the spring-forward day: it runs at 03:30, right after the gap', () => {
    expect(daily({ hour: 2, minute: 30 }, '2026-03-28T12:00:00Z', 2)).toEqual(['2026-03-29T01:30:00.000Z', '2026-03-30T00:30:00.000Z']); // 03:30 CEST
  });

  it('runs 02:30 once on the fall-back day, when the clocks show it twice', () => {
    expect(daily({ hour: 2, minute: 30 }, '2026-10-24T12:00:00Z', 2)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']); // the first 02:30, CEST
  });

  it('finds the next day after the instant, never the instant itself, among the days accepted', () => {
    expect(daily({ hour: 9, minute: 0 }, '2026-11-23T08:00:00Z', 3)).toEqual(['2026-11-24T08:00:00.000Z', '2026-11-25T08:00:00.000Z', '2026-11-26T08:00:00.000Z']);
    const monday = nextDailyAt({ hour: 8, minute: 0 }, TZ, at('2026-11-24T12:00:00Z'), (day) => weekday(day) === 1);
    expect(monday && { day: toIso(monday.day), at: monday.at.toISOString() }).toEqual({ day: '2026-11-30', at: '2026-11-30T07:00:00.000Z' });
    expect(nextDailyAt({ hour: 8, minute: 0 }, TZ, at('2026-11-24T12:00:00Z'), () => false)).toBeNull();
  });

  it('follows the case time zone', () => {
    expect(daily({ hour: 9, minute: 0 }, '2026-11-23T00:00:00Z', 1, 'America/New_York')).toEqual(['2026-11-23T14:00:00.000Z']);
    expect(sameLocalDay(at('2026-11-23T22:30:00Z'), at('2026-11-23T23:30:00Z'), TZ)).toBe(false);
    expect(sameLocalDay(at('2026-11-23T22:30:00Z'), at('2026-11-23T23:30:00Z'), 'UTC')).toBe(true);
  });
});

describe('Swedish working days', () => {
  const working = (iso: string) => isSwedishWorkingDay(fromIso(iso));

  it('skips weekends, public holidays and the eves treated as holidays', () => {
    for (const day of ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27', '2026-12-31', '2027-01-01', '2027-01-06', '2026-06-19', '2026-11-28'])
      expect(working(day), day).toBe(false);
    for (const day of ['2026-12-23', '2026-12-28', '2027-01-07', '2026-11-23']) expect(working(day), day).toBe(true);
  });

  it('finds the next working day across Christmas', () => {
    expect(toIso(nextWorkingDay(fromIso('2026-12-23')))).toBe('2026-12-28');
    expect(toIso(nextWorkingDay(fromIso('2027-01-05')))).toBe('2027-01-07');
  });

  it('names ISO weeks', () => {
    expect(isoWeek(fromIso('2026-11-23'))).toBe('2026-W48');
    expect(isoWeek(fromIso('2027-01-03'))).toBe('2026-W53');
    expect(isoWeek(fromIso('2027-01-04'))).toBe('2027-W01');
  });
});
