import { isValidDate } from '../../src/time/local-date.js';
import { zonedToUtc } from '../../src/time/zone.js';

/** `2026-12-07T08:00` in the given zone, or with an explicit offset (`Z`, `+01:00`). */
export function parseClock(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  if (!isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  if (m[7]) return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[7].length === 5 ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : m[7]}`);
  return new Date(zonedToUtc({ year, month, day, hour, minute }, timeZone).getTime() + second * 1000);
}
