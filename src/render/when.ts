import type { Locale } from '../i18n/index.js';

/** An instant as people in the case's time zone read it: "tis 1 dec. 13:00" / "Tue 1 Dec, 13:00". */
export function formatInstant(locale: Locale, instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
  }).format(instant);
}
