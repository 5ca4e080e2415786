// Days and times as people read them, in the reader's language and the case's time zone.
import type { Locale, Params, Translate } from '../i18n/index.js';
import { toIso, weekday, type LocalDate, type TimeOfDay } from '../time/local-date.js';
import { isSkippedTime, localParts, type LocalDateTime } from '../time/zone.js';

/** The time of day of an instant in a zone: `10:00`. */
export function clockText(instant: Date, timeZone: string): string {
  return formatTime(localParts(instant, timeZone));
}

/** An instant as people in the case's zone read it: `tisdag 2026-11-24 kl. 10:00`. */
export function whenText(t: Translate, instant: Date, timeZone: string): string {
  const local = localParts(instant, timeZone);
  return t('when.datetime', { weekday: t(`when.weekday.${weekday(local)}` as 'when.weekday.1'), date: toIso(local), time: clockText(instant, timeZone) });
}

const tag = (locale: Locale) => (locale === 'sv' ? 'sv-SE' : 'en-GB');

// Making an Intl formatter costs far more than using one: one per locale and kind is kept.
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, kind: 'weekday' | 'day'): Intl.DateTimeFormat {
  const key = `${locale}:${kind}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = kind === 'weekday' ? { weekday: 'long', timeZone: 'UTC' } : { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' };
    formats.set(key, (format = new Intl.DateTimeFormat(tag(locale), options)));
  }
  return format;
}

/** 08:00 */
export function formatTime(time: TimeOfDay): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/** 1 (Monday) … 7 (Sunday) → "måndag" / "Monday". */
export function weekdayName(locale: Locale, isoWeekday: number): string {
  // 2024-01-01 was a Monday.
  return dateFormat(locale, 'weekday').format(new Date(Date.UTC(2024, 0, isoWeekday)));
}

/** "måndag 7 december" / "Monday 7 December". */
export function formatDay(locale: Locale, day: LocalDate): string {
  return dateFormat(locale, 'day').format(new Date(Date.UTC(day.year, day.month - 1, day.day)));
}

/** "23–29 november 2026", "30 november–6 december 2026", "28 december 2026–3 januari 2027". */
export function formatDayRange(locale: Locale, first: LocalDate, last: LocalDate): string {
  // Built by hand: Intl's formatRange spaces the dash differently per language and ICU version.
  const month = (d: LocalDate) => monthName(locale, d.month);
  const end = `${last.day} ${month(last)} ${last.year}`;
  if (first.year !== last.year) return `${first.day} ${month(first)} ${first.year}–${end}`;
  if (first.month !== last.month) return `${first.day} ${month(first)}–${end}`;
  return `${first.day}–${end}`;
}

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
function monthName(locale: Locale, month: number): string {
  let format = monthFormats.get(locale);
  if (!format) monthFormats.set(locale, (format = new Intl.DateTimeFormat(tag(locale), { month: 'long', timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(2024, month - 1, 1)));
}

/** "tisdag 1 december 13:00" in the given zone. */
export function formatInstant(locale: Locale, at: Date, timeZone: string): string {
  const local = localParts(at, timeZone);
  return `${formatDay(locale, local)} ${formatTime(local)}`;
}

/**
 * The parameters of a note that the clocks never show `local` that day (summer time begins) and
 * what `instant`, the time it became, shows instead; null for a time that exists.
 */
export function skippedTime(local: LocalDateTime, instant: Date, timeZone: string): Params | null {
  return isSkippedTime(local, timeZone) ? { time: formatTime(local), date: toIso(local), actual: clockText(instant, timeZone) } : null;
}
