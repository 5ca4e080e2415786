import { describe, expect, it } from 'vitest';
import { accounted, CATEGORIES, cellValues, changeSince, newOccupation, picture, targetProgress, type Counts, type Report, type Target } from '../../src/domain/figures.js';
import { fromIso } from '../../src/time/local-date.js';

const zero = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Counts;
const report = (date: string, counts: Partial<Counts>, extra: Partial<Report> = {}): Report => ({ date, source: 'TRR', base: 'varslade', n: 211, counts: { ...zero, ...counts }, ...extra });

describe('placement figures', () => {
  const latest = report('2027-01-29', { permanent: 80, fixedTerm: 25, ownBusiness: 9, studies: 11, pension: 2, seeking: 50 });

  it('counts new occupation as new jobs, own business and studies, and what is not accounted for', () => {
    expect(newOccupation(latest.counts)).toBe(125);
    expect(accounted(latest.counts)).toBe(177);
    expect(cellValues(latest)).toMatchObject({ newOccupation: 125, unaccounted: 34, pension: 2 });
  });

  it('measures the change in people and in percentage points of each report\'s own N', () => {
    const change = changeSince(report('2026-11-15', { permanent: 88 }), latest);
    expect(change.count).toBe(37);
    expect(change.points).toBeCloseTo((37 / 211) * 100, 10);
    expect(changeSince(report('2026-11-15', { permanent: 50 }, { n: 100 }), report('2026-12-01', { permanent: 50 }, { n: 200 })).points).toBeCloseTo(-25, 10);
  });

  it('takes the latest report by date and compares it with the previous one from the same source', () => {
    const af = report('2026-12-01', { permanent: 1 }, { source: 'AF' });
    const pic = picture([latest, report('2026-10-01', { permanent: 5 }), af, report('2026-11-15', { permanent: 9 })])!;
    expect(pic.latest).toBe(latest);
    expect(pic.previous?.date).toBe('2026-11-15');
    expect(pic.series.map((r) => r.date)).toEqual(['2026-10-01', '2026-11-15', '2027-01-29']);
    expect(pic.sources.map((s) => [s.source, s.reports.map((r) => r.date)])).toEqual([['TRR', ['2026-10-01', '2026-11-15', '2027-01-29']], ['AF', ['2026-12-01']]]);
    expect(picture([af])).toEqual({ latest: af, series: [af], sources: [{ source: 'AF', reports: [af] }] });
    expect(picture([])).toBeNull();
  });

  describe('target progress', () => {
    const target: Target = { percent: 70, months: 8, start: fromIso('2026-09-01'), fromNotice: true };

    it('says how far it is, how many are needed and how many whole months are left', () => {
      const p = targetProgress(target, latest, fromIso('2027-01-29'));
      expect(p.now).toBeCloseTo(59.24, 2);
      expect(p.needed).toBe(23); // 70 % of 211 is 147,7: 148 people
      expect(p.reached).toBe(false);
      expect(p.left).toEqual({ months: 3, days: 0 });
    });

    it('counts days in the last month, and nothing once the deadline has passed', () => {
      expect(targetProgress(target, latest, fromIso('2027-04-20')).left).toEqual({ months: 0, days: 11 });
      const late = targetProgress(target, latest, fromIso('2027-05-01'));
      expect(late.left).toBeUndefined();
      expect(late.deadline).toEqual(fromIso('2027-05-01'));
    });

    it('is reached exactly at the target without floating-point surprises', () => {
      const p = targetProgress({ ...target, months: undefined }, report('2027-01-29', { permanent: 140 }, { n: 200 }), fromIso('2027-01-29'));
      expect(p).toMatchObject({ reached: true, needed: 0 });
      expect(p.deadline).toBeUndefined();
    });
  });
});
