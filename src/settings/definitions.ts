// Per-case settings as data: their names in both languages, the argument type of a value, where
// the value lives (a CaseSetting row with a default, or a column of Case) and how it reads.
import type { z } from 'zod';
import { choice, integer, time, timeZoneName, weekdayName as weekdayArg } from '../commands/args.js';
import type { Locale, Translate } from '../i18n/index.js';
import { formatTime, weekdayName } from '../render/when.js';
import type { TimeOfDay } from '../time/local-date.js';

export interface CaseSettings {
  /** 1 (Monday) … 7 (Sunday). */
  digestDay: number;
  digestTime: TimeOfDay;
  /** When action reminders and the figures reminder go out on working days. */
  reminderTime: TimeOfDay;
  /** How many hours before a meeting each member gets the agenda. */
  agendaHours: number;
  /** After how many days without a new status report the reporters are reminded. */
  figuresDays: number;
  /** Counts from 1 up to below this are shown as "<N"; 0 shows every count. */
  threshold: number;
  language: Locale;
  timeZone: string;
}

export type SettingId = keyof CaseSettings;
export type CaseColumn = 'suppressionThreshold' | 'locale' | 'timeZone';

export interface SettingSpec<T> {
  words: { sv: string; en: string };
  aliases?: readonly string[];
  /** The value's argument type (src/commands/args.ts): problems come back as catalogue keys. */
  arg: () => z.ZodType<T>;
  store: { in: 'setting'; default: T } | { in: 'case'; column: CaseColumn };
  show: (value: T, t: Translate, locale: Locale) => string;
}

const hours = (n: number, t: Translate) => t('setting.unit.hours', { n });
const days = (n: number, t: Translate) => t('setting.unit.days', { n });

export const SETTINGS: { [K in SettingId]: SettingSpec<CaseSettings[K]> } = {
  digestDay: {
    words: { sv: 'sammanfattningsdag', en: 'digestday' },
    arg: weekdayArg,
    store: { in: 'setting', default: 1 },
    show: (value, _t, locale) => weekdayName(locale, value),
  },
  digestTime: {
    words: { sv: 'sammanfattningstid', en: 'digesttime' },
    arg: time,
    store: { in: 'setting', default: { hour: 8, minute: 0 } },
    show: formatTime,
  },
  reminderTime: {
    words: { sv: 'påminnelsetid', en: 'remindertime' },
    aliases: ['paminnelsetid'],
    arg: time,
    store: { in: 'setting', default: { hour: 9, minute: 0 } },
    show: formatTime,
  },
  agendaHours: {
    words: { sv: 'dagordningstimmar', en: 'agendahours' },
    arg: () => integer(1, 168),
    store: { in: 'setting', default: 24 },
    show: hours,
  },
  figuresDays: {
    words: { sv: 'lägesdagar', en: 'statusdays' },
    aliases: ['lagesdagar', 'figuresdays'],
    arg: () => integer(7, 365),
    store: { in: 'setting', default: 30 },
    show: days,
  },
  threshold: {
    words: { sv: 'tröskel', en: 'threshold' },
    aliases: ['troskel'],
    arg: () => integer(0, 10),
    store: { in: 'case', column: 'suppressionThreshold' },
    show: (value, t) => (value === 0 ? t('setting.threshold_off') : String(value)),
  },
  language: {
    words: { sv: 'språk', en: 'language' },
    aliases: ['sprak'],
    arg: () => choice<Locale>({ sv: ['sv', 'svenska', 'swedish'], en: ['en', 'engelska', 'english'] }),
    store: { in: 'case', column: 'locale' },
    show: (value, t) => t(`setting.language.${value}`),
  },
  timeZone: {
    words: { sv: 'tidszon', en: 'timezone' },
    arg: timeZoneName,
    store: { in: 'case', column: 'timeZone' },
    show: (value) => value,
  },
};

export const SETTING_IDS = Object.keys(SETTINGS) as SettingId[];
