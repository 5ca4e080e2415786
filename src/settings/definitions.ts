// Settings as data: their names in both languages, the argument type of a value, where the value
// lives (a CaseSetting row with a default, a column of Case, or for a member's own settings a
// column of Member) and how it reads. Case settings are the group's (leaders change them); member
// settings are each member's own.
import type { z } from 'zod';
import { choice, integer, time, timeZoneName, weekdayName as weekdayArg } from '../commands/args.js';
import { REMINDER_FREQUENCIES, type ReminderFrequency } from '../domain/reminders.js';
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

/** A member's own settings in a case. */
export interface MemberSettings {
  /** How often the member gets action reminders by DM. */
  reminders: ReminderFrequency;
}

export type SettingId = keyof CaseSettings;
export type MemberSettingId = keyof MemberSettings;
export type CaseColumn = 'suppressionThreshold' | 'locale' | 'timeZone';
export type MemberColumn = 'reminders';

/** Where a case setting lives; a member's own lives in a column of Member. */
export type CaseStore<T> = { in: 'setting'; default: T } | { in: 'case'; column: CaseColumn };
export type MemberStore = { in: 'member'; column: MemberColumn };

export interface SettingSpec<T, Store = CaseStore<T>> {
  words: { sv: string; en: string };
  aliases?: readonly string[];
  /** The value's argument type (src/commands/args.ts): problems come back as catalogue keys. */
  arg: () => z.ZodType<T>;
  store: Store;
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

export const MEMBER_SETTINGS: { [K in MemberSettingId]: SettingSpec<MemberSettings[K], MemberStore> } = {
  reminders: {
    words: { sv: 'påminnelser', en: 'reminders' },
    aliases: ['paminnelser'],
    arg: () => choice<ReminderFrequency>({ all: ['alla', 'all'], weekly: ['veckovis', 'weekly'], off: ['av', 'off'] }),
    store: { in: 'member', column: 'reminders' },
    show: (value, t) => t(`setting.reminders.${value}`),
  },
};

export const MEMBER_SETTING_IDS = Object.keys(MEMBER_SETTINGS) as MemberSettingId[];

/** A stored frequency read back (an unknown value reads as the default). */
export const reminderFrequency = (value: string): ReminderFrequency => (REMINDER_FREQUENCIES as readonly string[]).includes(value) ? (value as ReminderFrequency) : 'all';
