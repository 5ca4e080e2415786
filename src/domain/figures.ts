// Placement figures (läge): the categories of a dated status report and what follows from them.
// Aggregate counts only; every share is of the report's own base N.
import { compareDates, daysBetween, type LocalDate } from '../time/local-date.js';
import { addMonths, wholeMonthsBetween } from '../time/months.js';

export const CATEGORIES = ['permanent', 'fixedTerm', 'ownBusiness', 'studies', 'pension', 'programme', 'seeking', 'sick', 'declined', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Counts = Record<Category, number>;

/** "Ny sysselsättning": a new job (permanent or fixed-term), an own business or studies. */
export const NEW_OCCUPATION: readonly Category[] = ['permanent', 'fixedTerm', 'ownBusiness', 'studies'];

export type Base = 'varslade' | 'uppsagda' | 'inskrivna';
/** The words that select each base, Swedish first. */
export const BASE_WORDS: Record<Base, readonly string[]> = {
  varslade: ['varslade', 'notified'],
  uppsagda: ['uppsagda', 'dismissed'],
  inskrivna: ['inskrivna', 'enrolled'],
};

export interface Report {
  /** The local day the figures describe, 'YYYY-MM-DD'. */
  date: string;
  source: string;
  base: Base;
  n: number;
  /** A category left out of the report counts 0 here and is listed in `unreported`. */
  counts: Counts;
  /** Categories left out of the report: not reported, which is not the same as none. */
  unreported?: readonly Category[];
}

/** What a report shows: each category, new occupation, and those the report does not account for. */
export type Cell = Category | 'newOccupation' | 'unaccounted';
export const CELLS: readonly Cell[] = ['newOccupation', ...CATEGORIES, 'unaccounted'];

export function accounted(counts: Counts): number {
  return CATEGORIES.reduce((sum, c) => sum + counts[c], 0);
}

export function newOccupation(counts: Counts): number {
  return NEW_OCCUPATION.reduce((sum, c) => sum + counts[c], 0);
}

export function cellValues(report: Report): Record<Cell, number> {
  return { ...report.counts, newOccupation: newOccupation(report.counts), unaccounted: report.n - accounted(report.counts) };
}

/** A count as a percentage of n. */
export function share(count: number, n: number): number {
  return (count / n) * 100;
}

export interface Change {
  since: Report;
  /** People in new occupation now minus then. */
  count: number;
  /** Percentage points of the new-occupation share. */
  points: number;
}

export function changeSince(previous: Report, current: Report): Change {
  const now = newOccupation(current.counts);
  const then = newOccupation(previous.counts);
  return { since: previous, count: now - then, points: share(now, current.n) - share(then, previous.n) };
}

export interface Picture {
  latest: Report;
  /** The report before the latest from the same source (sources count differently). */
  previous?: Report;
  /** Every report of the latest report's source, oldest first. */
  series: Report[];
  /** Every source's reports: the trend, one line per source. */
  sources: SourceSeries[];
}

/** The current picture from every report of a case; null before the first report. */
export function picture(reports: readonly Report[]): Picture | null {
  const sources = seriesBySource(reports);
  const latest = [...reports].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  if (!latest) return null;
  const series = sources.find((s) => s.source === latest.source)!.reports;
  const previous = series.at(-2);
  return previous ? { latest, previous, series, sources } : { latest, series, sources };
}

export interface SourceSeries {
  source: string;
  /** The source's reports, oldest first. */
  reports: Report[];
}

/** Every source's reports, oldest first, the sources in the order they first reported. */
export function seriesBySource(reports: readonly Report[]): SourceSeries[] {
  const bySource = new Map<string, Report[]>();
  for (const r of [...reports].sort((a, b) => a.date.localeCompare(b.date))) {
    const list = bySource.get(r.source);
    if (list) list.push(r);
    else bySource.set(r.source, [r]);
  }
  return [...bySource].map(([source, list]) => ({ source, reports: list }));
}

export interface Target {
  percent: number;
  /** Months from the start to reach it; absent when the target has no deadline. */
  months?: number;
  /** The notice date, or the day the case was created when it has none. */
  start: LocalDate;
  fromNotice: boolean;
}

export interface TargetProgress {
  target: Target;
  /** The new-occupation share of the latest report. */
  now: number;
  reached: boolean;
  /** People still needed to reach the target (0 once reached). */
  needed: number;
  deadline?: LocalDate;
  /** Time left until the deadline: whole months, or days in the last month; absent once it has passed. */
  left?: { months: number; days: number };
}

export function targetProgress(target: Target, latest: Report, today: LocalDate): TargetProgress {
  const count = newOccupation(latest.counts);
  const now = share(count, latest.n);
  // A small epsilon keeps 70 % of 200 at 140 despite binary floating point.
  const needed = Math.max(0, Math.ceil((target.percent * latest.n) / 100 - 1e-9) - count);
  const progress: TargetProgress = { target, now, reached: needed === 0, needed };
  if (target.months === undefined) return progress;
  const deadline = addMonths(target.start, target.months);
  if (compareDates(today, deadline) >= 0) return { ...progress, deadline };
  const months = wholeMonthsBetween(today, deadline);
  const days = months > 0 ? 0 : daysBetween(today, deadline);
  return { ...progress, deadline, left: { months, days } };
}
