// Argument types for command schemas. Each is a zod schema over the raw token value whose
// issues carry a catalogue key as message and the values the text needs as params, so that
// the bot can explain a bad argument in the user's language.
import { z } from 'zod';
import { normalJoinCode } from '../domain/join-codes.js';
import { findPersonalNumber } from '../domain/personal-numbers.js';
import type { MessageKey, Params } from '../i18n/index.js';
import { isDateForm, parseDate, parseTime, parseWeekday, splitDayAndTime } from '../parse/dates.js';
import { mentionList, parseMention } from '../parse/tokenize.js';
import { mentionLabel, mentionsAsLabels, type Mention } from '../text/mention.js';
import { compareDates, toIso, type LocalDate, type TimeOfDay } from '../time/local-date.js';
import { isTimeZone } from '../time/zone.js';

export type Raw = string | Mention | true;

export type Outcome<T> = { value: T } | { problem: MessageKey; params?: Params };

function fromRaw<T>(parse: (raw: Raw) => Outcome<T>) {
  return z.custom<Raw>((v) => v !== undefined, { error: 'arg.missing' }).transform((raw, ctx) => {
    const out = parse(raw);
    if ('value' in out) return out.value;
    ctx.addIssue({ code: 'custom', message: out.problem, params: out.params ?? {} });
    return z.NEVER;
  });
}

/** A value as the user reads it: mentions in it as names. */
const shown = (raw: Raw): string => (typeof raw === 'string' ? mentionsAsLabels(raw) : typeof raw === 'object' ? mentionLabel(raw) : '');

/** Every text the group keeps may reach a channel, a direct message or published minutes. */
function personalNumberProblem(read: string): Outcome<never> | null {
  const found = findPersonalNumber(read);
  return found ? { problem: found.kind === 'personal' ? 'arg.personal_number' : 'arg.coordination_number', params: { value: found.masked } } : null;
}

/** A text as the user reads it, if it is one of at most `max` characters and names no one by number. */
function readText(raw: Raw, max: number): Outcome<string> {
  const read = typeof raw === 'string' ? shown(raw).trim() : '';
  if (!read) return { problem: 'arg.text' };
  if (read.length > max) return { problem: 'arg.too_long', params: { max } };
  return personalNumberProblem(read) ?? { value: read };
}

/** A short text such as a name, a place or a source: mentions in it become the names they read as. */
export function text(max = 500) {
  return fromRaw<string>((raw) => readText(raw, max));
}

/**
 * Free text that may mention people (an action, a poll question, a decision): its mention tokens
 * are kept, to be resolved to users inside the command's transaction (`storedText`, people.ts).
 */
export class TypedText {
  constructor(readonly text: string) {}
  /** Audit entries record it as it was typed. */
  toJSON(): string {
    return this.text;
  }
}

export function freeText(max = 500) {
  return fromRaw<TypedText>((raw): Outcome<TypedText> => {
    const read = readText(raw, max);
    return 'value' in read ? { value: new TypedText(String(raw).trim()) } : read;
  });
}

export function integer(min: number, max: number) {
  return fromRaw<number>((raw): Outcome<number> => {
    const s = shown(raw);
    if (!/^-?\d+$/.test(s)) return { problem: 'arg.integer', params: { value: s } };
    const n = Number(s);
    return n < min || n > max ? { problem: 'arg.range', params: { min, max, value: s } } : { value: n };
  });
}

/** One of fixed values; each value has the words that select it (Swedish first, then English). */
export function choice<V extends string>(words: Record<V, readonly string[]>) {
  const lookup = new Map<string, V>();
  for (const [value, ws] of Object.entries(words) as [V, readonly string[]][]) for (const w of ws) lookup.set(w.toLowerCase(), value);
  // The catalogue shows the Swedish words as {choices} and the English ones as {choices_en}.
  const listed = (i: number) => Object.values<readonly string[]>(words).map((ws) => ws[i] ?? ws[0]).join(' | ');
  const choices = listed(0);
  const choicesEn = listed(1);
  return fromRaw<V>((raw): Outcome<V> => {
    const v = lookup.get(shown(raw).toLowerCase());
    return v ? { value: v } : { problem: 'arg.choice', params: { choices, choices_en: choicesEn, value: shown(raw) } };
  });
}

/**
 * Argument types whose value may be typed as several words after its key, unquoted — `senast=5 dec`,
 * `stänger=fredag 16:00` — each with the test of whether the words taken together are such a value.
 * The binder (registry.ts) asks it; one mechanism for every date and time field.
 */
const phrases = new WeakMap<z.ZodType, (value: string) => boolean>();

function spanning<S extends z.ZodType>(schema: S, isPhrase: (value: string) => boolean): S {
  phrases.set(schema, isPhrase);
  return schema;
}

/** The schema one wrapper in: inside optional and default, or the input of a transform. */
function inner(schema: z.ZodType): z.ZodType | undefined {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) return schema.unwrap() as z.ZodType;
  if (schema instanceof z.ZodPipe) return schema.in as z.ZodType;
  return undefined;
}

/** The first schema, from the outside in, that `found` accepts. */
function within<T>(schema: z.ZodType, found: (s: z.ZodType) => T | undefined): T | undefined {
  for (let s: z.ZodType | undefined = schema; s; s = inner(s)) {
    const hit = found(s);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** The phrase test of a field of a command's schema, when its value may span several words. */
export function phraseTest(schema: z.ZodType, field: string): ((value: string) => boolean) | undefined {
  const fieldSchema = within(schema, (s) => (s instanceof z.ZodObject ? (s.shape as Record<string, z.ZodType>)[field] ?? null : undefined));
  return fieldSchema ? within(fieldSchema, (s) => phrases.get(s)) : undefined;
}

function dateOutcome(value: string, today: LocalDate): Outcome<LocalDate> {
  const r = parseDate(value, today);
  if (r.ok) return { value: r.date };
  return { problem: r.reason === 'format' ? 'arg.date' : 'arg.no_such_day', params: { value } };
}

const isDate = (today: LocalDate) => (value: string) => isDateForm(value, today);

export function date(today: LocalDate) {
  return spanning(fromRaw<LocalDate>((raw) => dateOutcome(shown(raw), today)), isDate(today));
}

/** A date on the allowed side of today; the problem names the date and today. */
function dateBounded(today: LocalDate, allowed: (cmp: number) => boolean, problem: 'arg.date_past' | 'arg.future_date') {
  return spanning(fromRaw<LocalDate>((raw): Outcome<LocalDate> => {
    const out = dateOutcome(shown(raw), today);
    if ('value' in out && !allowed(compareDates(out.value, today))) return { problem, params: { value: shown(raw), date: toIso(out.value), today: toIso(today) } };
    return out;
  }), isDate(today));
}

/** A date today or later, such as a due date. */
export const upcomingDate = (today: LocalDate) => dateBounded(today, (cmp) => cmp >= 0, 'arg.date_past');

/** A date that is not after today: the day something was counted. */
export const pastDate = (today: LocalDate) => dateBounded(today, (cmp) => cmp <= 0, 'arg.future_date');

export type { TimeOfDay };

/** A time of day such as 13:00 or 8.00. */
export function time() {
  return fromRaw<TimeOfDay>((raw): Outcome<TimeOfDay> => {
    const t = parseTime(shown(raw));
    return t ? { value: t } : { problem: 'arg.time', params: { value: shown(raw) } };
  });
}

export interface DayAndTime {
  date: LocalDate;
  time?: TimeOfDay;
}

/** A day, optionally followed by a time: `fredag`, `5 dec 13:00`, `2026-12-01 10:00`. */
export function dateTime(today: LocalDate, { timeRequired = false } = {}) {
  const schema = fromRaw<DayAndTime>((raw): Outcome<DayAndTime> => {
    const s = shown(raw).trim();
    const split = splitDayAndTime(s);
    const day = dateOutcome(split.day, today);
    if (!('value' in day)) return day;
    if (split.time === undefined) return timeRequired ? { problem: 'arg.time_missing', params: { value: s } } : { value: { date: day.value } };
    const t = parseTime(split.time);
    return t ? { value: { date: day.value, time: t } } : { problem: 'arg.time', params: { value: split.time } };
  });
  // A day, or a day and a time that is one: `stänger=fredag 25:00` leaves 25:00 to be read as the time it is not.
  return spanning(schema, (value) => {
    const split = splitDayAndTime(value);
    return isDateForm(split.day, today) && (split.time === undefined || parseTime(split.time) !== null);
  });
}

/** A short per-case number such as an action's, written 12 or #12. */
export function shortNumber() {
  return fromRaw<number>((raw): Outcome<number> => {
    const s = shown(raw);
    const m = /^#?(\d{1,9})$/.exec(s);
    return m && Number(m[1]) > 0 ? { value: Number(m[1]) } : { problem: 'arg.short_number', params: { value: s } };
  });
}

/** Options separated by `|`: `"Ja|Nej|Avstår"`, each a distinct short text. */
export function optionList(min: number, max: number, maxLength = 100) {
  return fromRaw<string[]>((raw): Outcome<string[]> => {
    const options = shown(raw).split('|').map((o) => o.trim());
    if (options.some((o) => !o) || options.length < min || options.length > max) return { problem: 'arg.options_count', params: { min, max, value: shown(raw) } };
    const long = options.find((o) => o.length > maxLength);
    if (long) return { problem: 'arg.too_long', params: { max: maxLength } };
    const twice = options.find((o, i) => options.findIndex((other) => other.toLowerCase() === o.toLowerCase()) !== i);
    if (twice) return { problem: 'arg.options_duplicate', params: { value: twice } };
    return personalNumberProblem(options.join(' ')) ?? { value: options };
  });
}

/** A web address for a meeting link. */
export function link() {
  return fromRaw<string>((raw): Outcome<string> => {
    const s = shown(raw).trim();
    return /^https?:\/\/[^\s/]+\S*$/i.test(s) && s.length <= 500 ? { value: s } : { problem: 'arg.link', params: { value: s } };
  });
}

export type MeetingRef = { number: number } | { date: LocalDate };

/** A meeting by its number (`2`, `#2`) or its day (`2026-12-01`, `1 dec`). */
export function meetingRef(today: LocalDate) {
  return spanning(fromRaw<MeetingRef>((raw): Outcome<MeetingRef> => {
    const s = shown(raw).trim();
    if (/^#?\d{1,6}$/.test(s)) return { value: { number: Number(s.replace('#', '')) } };
    const day = parseDate(s, today);
    return day.ok ? { value: { date: day.date } } : { problem: 'arg.meeting', params: { value: s } };
  }), isDate(today));
}

export function mention() {
  return fromRaw<Mention>((raw): Outcome<Mention> => {
    const m = typeof raw === 'object' ? raw : typeof raw === 'string' ? parseMention(raw) : null;
    return m ? { value: m } : { problem: 'arg.mention', params: { value: shown(raw) } };
  });
}

/** One or more people: `@anna,@erik`, or a quoted "@anna @erik". */
export function people() {
  return fromRaw<Mention[]>((raw): Outcome<Mention[]> => {
    const list = typeof raw === 'object' ? [raw] : typeof raw === 'string' ? mentionList(raw) : null;
    return list ? { value: list } : { problem: 'arg.people', params: { value: shown(raw) } };
  });
}

/** A join code as typed: in any case, with or without its dash. */
export function joinCode() {
  return fromRaw<string>((raw): Outcome<string> => {
    const code = normalJoinCode(shown(raw));
    return code ? { value: code } : { problem: 'arg.code', params: { value: shown(raw) } };
  });
}

/** A flag word such as `anonym`: present or not. */
export function flag() {
  return z.literal(true).optional().transform((v) => v === true);
}

/** A weekday name in Swedish or English: 1 (Monday) … 7 (Sunday). */
export function weekdayName() {
  return fromRaw<number>((raw): Outcome<number> => {
    const day = parseWeekday(shown(raw));
    return day ? { value: day } : { problem: 'arg.weekday', params: { value: shown(raw) } };
  });
}

/** An IANA time zone such as Europe/Stockholm. */
export function timeZoneName() {
  return fromRaw<string>((raw): Outcome<string> => (isTimeZone(shown(raw)) ? { value: shown(raw) } : { problem: 'arg.time_zone', params: { value: shown(raw) } }));
}
