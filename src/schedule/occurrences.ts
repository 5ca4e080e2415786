// When a job falls due: wall-clock times in a case's time zone turned into instants. A day is
// visited once, so a job at 08:00 runs once on the days DST starts and ends; a time skipped at
// spring-forward (02:30) falls right after the gap (03:30), and a time shown twice at fall-back
// counts once, at its first showing (zonedToUtc).
import { addDays, compareDates, toIso, type LocalDate, type TimeOfDay } from '../time/local-date.js';
import { todayIn, zonedToUtc } from '../time/zone.js';

export interface DayOccurrence {
  day: LocalDate;
  at: Date;
}

/** The instant `time` is shown on `day` in `timeZone`. */
export function instantOn(day: LocalDate, time: TimeOfDay, timeZone: string): Date {
  return zonedToUtc({ ...day, ...time }, timeZone);
}

/** Every day on which `time` falls in (from, to] and that `accept` lets through, in order. */
export function dailyAt(time: TimeOfDay, timeZone: string, from: Date, to: Date, accept: (day: LocalDate) => boolean = () => true): DayOccurrence[] {
  const out: DayOccurrence[] = [];
  const last = addDays(todayIn(to, timeZone), 1);
  for (let day = addDays(todayIn(from, timeZone), -1); compareDates(day, last) <= 0; day = addDays(day, 1)) {
    const at = instantOn(day, time, timeZone);
    if (at > from && at <= to && accept(day)) out.push({ day, at });
  }
  return out;
}

/** Whether `at` lies in (from, to]. */
export function within(at: Date, from: Date, to: Date): boolean {
  return at > from && at <= to;
}

/** Whether two instants fall on the same calendar day in `timeZone`. */
export function sameLocalDay(a: Date, b: Date, timeZone: string): boolean {
  return toIso(todayIn(a, timeZone)) === toIso(todayIn(b, timeZone));
}
