// Argument types for command schemas. Each is a zod schema over the raw token value whose
// issues carry a catalogue key as message and the values the text needs as params, so that
// the bot can explain a bad argument in the user's language.
import { z } from 'zod';
import type { MessageKey, Params } from '../i18n/index.js';
import { parseDate, parseTime, parseWeekday } from '../parse/dates.js';
import { parseMention, type Mention } from '../parse/tokenize.js';
import type { LocalDate, TimeOfDay } from '../time/local-date.js';
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

const shown = (raw: Raw): string => (typeof raw === 'string' ? raw : typeof raw === 'object' ? `@${raw.name ?? raw.id}` : '');

export function text(max = 500) {
  return fromRaw<string>((raw): Outcome<string> => {
    if (typeof raw !== 'string' || !raw.trim()) return { problem: 'arg.text' };
    return raw.length > max ? { problem: 'arg.too_long', params: { max } } : { value: raw.trim() };
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
  const choices = Object.values<readonly string[]>(words).map((ws) => ws[0]).join(' | ');
  return fromRaw<V>((raw): Outcome<V> => {
    const v = lookup.get(shown(raw).toLowerCase());
    return v ? { value: v } : { problem: 'arg.choice', params: { choices, value: shown(raw) } };
  });
}

export function date(today: LocalDate) {
  return fromRaw<LocalDate>((raw): Outcome<LocalDate> => {
    const r = parseDate(shown(raw), today);
    if (r.ok) return { value: r.date };
    return { problem: r.reason === 'format' ? 'arg.date' : 'arg.no_such_day', params: { value: shown(raw) } };
  });
}

export function mention() {
  return fromRaw<Mention>((raw): Outcome<Mention> => {
    const m = typeof raw === 'object' ? raw : typeof raw === 'string' ? parseMention(raw) : null;
    return m ? { value: m } : { problem: 'arg.mention', params: { value: shown(raw) } };
  });
}

export function joinCode() {
  return fromRaw<string>((raw): Outcome<string> => {
    const s = shown(raw).toUpperCase().replace(/[\s-]/g, '');
    return /^[A-Z0-9]{6}$/.test(s) ? { value: s } : { problem: 'arg.code', params: { value: shown(raw) } };
  });
}

/** A flag word such as `anonym`: present or not. */
export function flag() {
  return z.literal(true).optional().transform((v) => v === true);
}

/** A time of day such as 08:00 or 8.00. */
export function timeOfDay() {
  return fromRaw<TimeOfDay>((raw): Outcome<TimeOfDay> => {
    const time = parseTime(shown(raw));
    return time ? { value: time } : { problem: 'arg.time', params: { value: shown(raw) } };
  });
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
