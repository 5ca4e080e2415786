// The digest of the week that ends at `at`, as the case reads it: used by the weekly job and by
// the `sammanfattning` command.
import type { Message } from '../core/message.js';
import { translator, type Locale } from '../i18n/index.js';
import { digestMessage, somethingHappened } from '../render/digest.js';
import { formatDayRange } from '../render/when.js';
import type { CaseSettings } from '../settings/definitions.js';
import type { Tx } from '../store/client.js';
import { digestDataOf } from '../store/digest.js';
import { withActivities } from './digest-activities.js';
import type { Case } from '../store/models.js';
import { addDays, isoWeek, toIso } from '../time/local-date.js';
import { localParts, todayIn, zonedToUtc } from '../time/zone.js';

/** The same wall-clock time `days` days later (a week across a DST change is not 168 hours). */
function daysLater(at: Date, days: number, timeZone: string): Date {
  const local = localParts(at, timeZone);
  return zonedToUtc({ ...addDays(local, days), hour: local.hour, minute: local.minute }, timeZone);
}

/** The same wall-clock time a week earlier. */
export const weekBefore = (at: Date, timeZone: string): Date => daysLater(at, -7, timeZone);

export interface DigestCase {
  case: Case;
  settings: CaseSettings;
}

/** The digests of several cases for the week that ends at `at`, their weeks read together. */
/** A digest and whether it only says "nothing new" (the weekly job posts that once in a row). */
export interface ComposedDigest {
  message: Message;
  quiet: boolean;
}

/** The days a week ending at `at` covers, from its first day to the day before its end: "48" and "23–29 november 2026". */
function coveredDays(since: Date, at: Date, timeZone: string, locale: Locale): { week: string; range: string } {
  const first = todayIn(since, timeZone);
  const last = addDays(todayIn(at, timeZone), -1);
  const weeks = [...new Set([isoWeek(first), isoWeek(last)].map((w) => String(Number(w.slice(-2)))))];
  return { week: weeks.join('–'), range: formatDayRange(locale, first, last) };
}

/** The digests of several cases for the week that ends at `at`, their weeks read together. */
export async function composeDigests(db: Tx, cases: readonly DigestCase[], at: Date): Promise<Map<number, ComposedDigest>> {
  // A case's week runs in its own zone: cases that share a zone share a week and one read.
  const byZone = new Map<string, DigestCase[]>();
  for (const c of cases) byZone.set(c.settings.timeZone, [...(byZone.get(c.settings.timeZone) ?? []), c]);
  const digests = new Map<number, ComposedDigest>();
  for (const [tz, inZone] of byZone) {
    const since = weekBefore(at, tz);
    const ahead = daysLater(at, 7, tz);
    const data = await digestDataOf(db, inZone.map((c) => c.case.id), { since, until: at, today: toIso(todayIn(at, tz)), ahead });
    for (const { case: theCase, settings } of inZone) {
      const view = { t: translator(settings.language), locale: settings.language, timeZone: tz, threshold: settings.threshold, title: theCase.title, kind: theCase.kind, ...coveredDays(since, at, tz, settings.language) };
      const one = data.get(theCase.id)!;
      digests.set(theCase.id, { message: digestMessage(view, one), quiet: !somethingHappened(one) });
    }
  }
  await withActivities(db, cases, at, digests, weekBefore);
  return digests;
}

export async function composeDigest(db: Tx, theCase: Case, settings: CaseSettings, at: Date): Promise<ComposedDigest> {
  return (await composeDigests(db, [{ case: theCase, settings }], at)).get(theCase.id)!;
}
