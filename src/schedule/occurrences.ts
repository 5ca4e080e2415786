// When a job falls due: wall-clock times in a case's time zone turned into instants. Days are
// visited one by one, so a job at 08:00 falls due once on the days DST starts and ends; a time
// skipped at spring-forward (02:30) falls right after the gap (03:30), and a time shown twice at
// fall-back counts once, at its first showing (zonedToUtc).
import { addDays, toIso, type LocalDate, type TimeOfDay } from '../time/local-date.js';
import { todayIn, zonedToUtc } from '../time/zone.js';

export interface DayOccurrence {
  day: LocalDate;
  at: Date;
}

/** The longest run of days a daily job may skip (a weekday job, a year of holidays): beyond it, none. */
const MAX_DAYS = 400;

/** The instant `time` is shown on `day` in `timeZone`. */
export function instantOn(day: LocalDate, time: TimeOfDay, timeZone: string): Date {
  return zonedToUtc({ ...day, ...time }, timeZone);
}

/** The first day that `accept` lets through on which `time` falls after `after`. */
export function nextDailyAt(time: TimeOfDay, timeZone: string, after: Date, accept: (day: LocalDate) => boolean = () => true): DayOccurrence | null {
  // From the day before: near midnight a time of that day may still lie after `after`.
  let day = addDays(todayIn(after, timeZone), -1);
  for (let i = 0; i < MAX_DAYS; i++, day = addDays(day, 1)) {
    if (!accept(day)) continue;
    const at = instantOn(day, time, timeZone);
    if (at > after) return { day, at };
  }
  return null;
}

/** Whether two instants fall on the same calendar day in `timeZone`. */
export function sameLocalDay(a: Date, b: Date, timeZone: string): boolean {
  return toIso(todayIn(a, timeZone)) === toIso(todayIn(b, timeZone));
}
