// Vega's number and time locale for a UI language, taken from Intl so that month and day
// names need no translation of their own.
import type { Locale as VegaLocale, TimeLocale } from 'vega';
import type { Locale } from '../i18n/index.js';

const TAGS: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

function names<T extends readonly string[]>(tag: string, option: Intl.DateTimeFormatOptions, dates: readonly Date[]): T {
  const format = new Intl.DateTimeFormat(tag, { ...option, timeZone: 'UTC' });
  return dates.map((d) => format.format(d)) as unknown as T;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2026, i, 15)));
// 2026-11-22 is a Sunday: Vega's weeks start on Sunday.
const DAYS = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2026, 10, 22 + i)));

const made = new Map<Locale, VegaLocale>();

/** Made once per language: every chart specification carries it. */
export function vegaLocale(locale: Locale): VegaLocale {
  let found = made.get(locale);
  if (!found) made.set(locale, (found = localeFor(TAGS[locale])));
  return found;
}

function localeFor(tag: string): VegaLocale {
  const decimal = new Intl.NumberFormat(tag).format(1.5).charAt(1);
  return {
    number: { decimal, thousands: '\u00a0', grouping: [3], currency: ['', ''] },
    time: {
      dateTime: '%Y-%m-%d %H:%M', date: '%Y-%m-%d', time: '%H:%M:%S', periods: ['AM', 'PM'],
      days: names<TimeLocale['days']>(tag, { weekday: 'long' }, DAYS), shortDays: names<TimeLocale['shortDays']>(tag, { weekday: 'short' }, DAYS),
      months: names<TimeLocale['months']>(tag, { month: 'long' }, MONTHS), shortMonths: names<TimeLocale['shortMonths']>(tag, { month: 'short' }, MONTHS),
    },
  };
}
