// Swedish working days: not Saturday or Sunday, not a public holiday, and not midsummer, Christmas
// or New Year's Eve, which Swedish law treats like public holidays when a deadline falls on them
// (lag 1930:173 om beräkning av lagstadgad tid). date-holidays types those eves as 'bank'; in its
// Swedish data 'bank' holds exactly these three.
import { createRequire } from 'node:module';
import type HolidaysClass from 'date-holidays';
import { addDays, toIso, weekday, type LocalDate } from '../time/local-date.js';

// date-holidays carries every country's rules and takes longer to load than the rest of the
// scheduler; it is required on first use, so a start that needs no working day does not pay it.
const require = createRequire(import.meta.url);
let swedish: HolidaysClass | undefined;
const byYear = new Map<number, Set<string>>();

function holidaysOf(year: number): Set<string> {
  let days = byYear.get(year);
  if (!days) {
    swedish ??= new (require('date-holidays') as typeof HolidaysClass)('SE', { types: ['public', 'bank'] });
    days = new Set(swedish.getHolidays(year).map((h) => h.date.slice(0, 10)));
    byYear.set(year, days);
  }
  return days;
}

export function isSwedishWorkingDay(day: LocalDate): boolean {
  return weekday(day) <= 5 && !holidaysOf(day.year).has(toIso(day));
}

/** The first working day after `day`. */
export function nextWorkingDay(day: LocalDate): LocalDate {
  let next = addDays(day, 1);
  while (!isSwedishWorkingDay(next)) next = addDays(next, 1);
  return next;
}
