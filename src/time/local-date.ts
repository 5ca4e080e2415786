// A calendar day without a time zone: due dates, report dates, meeting days.
export interface LocalDate {
  year: number;
  month: number; // 1–12
  day: number;
}

/** A wall-clock time of day: 08:00 is { hour: 8, minute: 0 }. */
export interface TimeOfDay {
  hour: number;
  minute: number;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIso(d: LocalDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function fromIso(iso: string): LocalDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function weekday(d: LocalDate): number {
  return ((new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7) + 1;
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return daysBetween(b, a);
}

/** The ISO week a day belongs to, as `2026-W49` (weeks start on Monday; week 1 holds 4 January). */
export function isoWeek(d: LocalDate): string {
  const thursday = addDays(d, 4 - weekday(d));
  const week = Math.floor(daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday) / 7) + 1;
  return `${thursday.year}-W${String(week).padStart(2, '0')}`;
}
