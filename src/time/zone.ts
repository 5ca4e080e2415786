// Conversions between instants and wall-clock time in an IANA zone, built on Intl so that the
// tz database of the runtime decides DST.
import type { LocalDate } from './local-date.js';

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
}

/** Whether the runtime knows `tz` as an IANA time zone. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

export function localParts(instant: Date, tz: string): LocalDateTime & { second: number } {
  const parts = Object.fromEntries(formatter(tz).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second),
  };
}

export function todayIn(instant: Date, tz: string): LocalDate {
  const { year, month, day } = localParts(instant, tz);
  return { year, month, day };
}

/** Offset of the zone from UTC at an instant, in minutes. */
function offsetMinutes(instant: Date, tz: string): number {
  const p = localParts(instant, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the zone's clocks show `local`. A time skipped by spring-forward maps to
 * the same distance after the gap (02:30 → 03:30); a time shown twice at fall-back maps to the
 * first of the two.
 */
export function zonedToUtc(local: LocalDateTime, tz: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const candidates = new Set([offsetMinutes(new Date(wall - 86_400_000), tz), offsetMinutes(new Date(wall + 86_400_000), tz)]);
  const matches = [...candidates]
    .map((off) => new Date(wall - off * 60_000))
    .filter((d) => offsetMinutes(d, tz) * 60_000 === wall - d.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  if (matches[0]) return matches[0];
  // In the gap: use the offset from before the transition, which lands after the gap.
  return new Date(wall - offsetMinutes(new Date(wall - 86_400_000), tz) * 60_000);
}

/** Whether the zone's clocks never show `local` that day: the hour skipped when summer time begins. */
export function isSkippedTime(local: LocalDateTime, tz: string): boolean {
  const shown = localParts(zonedToUtc(local, tz), tz);
  return shown.day !== local.day || shown.hour !== local.hour || shown.minute !== local.minute;
}
