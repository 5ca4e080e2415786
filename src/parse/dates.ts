// Dates and times as people type them: 2026-12-05, 5/12, 5 dec, idag, imorgon, måndag…söndag.
import { addDays, isValidDate, weekday, type LocalDate, type TimeOfDay } from '../time/local-date.js';

export type DateResult = { ok: true; date: LocalDate } | { ok: false; reason: 'format' | 'no_such_day' };

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mar: 3, mars: 3, march: 3,
  apr: 4, april: 4, maj: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7,
  aug: 8, augusti: 8, august: 8, sep: 9, sept: 9, september: 9, okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const WEEKDAYS: Record<string, number> = {
  måndag: 1, monday: 1, tisdag: 2, tuesday: 2, onsdag: 3, wednesday: 3, torsdag: 4, thursday: 4,
  fredag: 5, friday: 5, lördag: 6, saturday: 6, söndag: 7, sunday: 7,
};

const RELATIVE: Record<string, number> = { idag: 0, today: 0, imorgon: 1, tomorrow: 1, igår: -1, yesterday: -1 };

function exact(year: number, month: number, day: number): DateResult {
  return isValidDate(year, month, day) ? { ok: true, date: { year, month, day } } : { ok: false, reason: 'no_such_day' };
}

/**
 * A day and month without a year: the year that puts the date nearest to today, so "5/1" typed
 * in November is next January and "15/11" typed in December is last month.
 */
function nearest(month: number, day: number, today: LocalDate): DateResult {
  if (month < 1 || month > 12 || day < 1 || day > 31) return { ok: false, reason: 'no_such_day' };
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day) - Date.UTC(today.year, today.month - 1, today.day));
  const year = [today.year - 1, today.year, today.year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
  return exact(year, month, day);
}

/** A weekday name in Swedish or English → 1 (Monday) … 7 (Sunday). */
export function parseWeekday(input: string): number | null {
  return WEEKDAYS[input.trim().toLowerCase()] ?? null;
}

export function parseDate(input: string, today: LocalDate): DateResult {
  const text = input.trim().toLowerCase().replace(/\.$/, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return exact(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})(?:[/-](\d{4}))?$/.exec(text);
  if (m) return m[3] ? exact(Number(m[3]), Number(m[2]), Number(m[1])) : nearest(Number(m[2]), Number(m[1]), today);
  m = /^(\d{1,2})\s*([\p{L}]+)\.?(?:\s+(\d{4}))?$/u.exec(text);
  if (m && MONTHS[m[2]!]) return m[3] ? exact(Number(m[3]), MONTHS[m[2]!]!, Number(m[1])) : nearest(MONTHS[m[2]!]!, Number(m[1]), today);
  if (text in RELATIVE) return { ok: true, date: addDays(today, RELATIVE[text]!) };
  const wd = WEEKDAYS[text];
  if (wd) return { ok: true, date: addDays(today, ((wd - weekday(today) + 6) % 7) + 1) };
  return { ok: false, reason: 'format' };
}

/** Whether a text is written as a date, even one that is not in the calendar (31/2): then it is meant as one. */
export function isDateForm(input: string, today: LocalDate): boolean {
  const r = parseDate(input, today);
  return r.ok || r.reason === 'no_such_day';
}

/** A day and a time written after it (`fredag 16:00`, `5 dec 13.30`): the two parts, the time as typed. */
export function splitDayAndTime(input: string): { day: string; time?: string } {
  const m = /^(.*\S)\s+(\d{1,2}[:.]\d{2})$/.exec(input.trim());
  return m ? { day: m[1]!, time: m[2]! } : { day: input.trim() };
}

export function parseTime(input: string): TimeOfDay | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(input.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}
