// Calendar months on local dates: "8 months from the notice" and "3 months left".
import { compareDates, type LocalDate } from './local-date.js';

/** The same day `months` later; a day the target month lacks becomes its last day (31 jan + 1 = 28 feb). */
export function addMonths(d: LocalDate, months: number): LocalDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, lastDay) };
}

/** Whole months from `from` to `to` (0 when `to` is less than a month later or earlier). */
export function wholeMonthsBetween(from: LocalDate, to: LocalDate): number {
  let months = Math.max(0, (to.year - from.year) * 12 + (to.month - from.month));
  while (months > 0 && compareDates(addMonths(from, months), to) > 0) months--;
  return months;
}
