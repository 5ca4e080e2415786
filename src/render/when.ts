import type { Translate } from '../i18n/index.js';
import { toIso, weekday } from '../time/local-date.js';
import { localParts } from '../time/zone.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** The time of day of an instant in a zone: `10:00`. */
export function clockText(instant: Date, timeZone: string): string {
  const local = localParts(instant, timeZone);
  return `${pad(local.hour)}:${pad(local.minute)}`;
}

/** An instant as people in the case's zone read it: `tisdag 2026-11-24 kl. 10:00`. */
export function whenText(t: Translate, instant: Date, timeZone: string): string {
  const local = localParts(instant, timeZone);
  return t('when.datetime', { weekday: t(`when.weekday.${weekday(local)}` as 'when.weekday.1'), date: toIso(local), time: clockText(instant, timeZone) });
}
