// The digest of the week that ends at `at`, as the case reads it: used by the weekly job and by
// the `sammanfattning` command.
import type { Message } from '../core/message.js';
import { translator } from '../i18n/index.js';
import { digestMessage } from '../render/digest.js';
import type { CaseSettings } from '../settings/definitions.js';
import type { Tx } from '../store/client.js';
import { digestDataOf } from '../store/digest.js';
import { withActivities } from './digest-activities.js';
import type { Case } from '../store/models.js';
import { addDays, isoWeek, toIso } from '../time/local-date.js';
import { localParts, todayIn, zonedToUtc } from '../time/zone.js';

/** The same wall-clock time a week earlier (a week across a DST change is not 168 hours). */
export function weekBefore(at: Date, timeZone: string): Date {
  const local = localParts(at, timeZone);
  return zonedToUtc({ ...addDays(local, -7), hour: local.hour, minute: local.minute }, timeZone);
}

export interface DigestCase {
  case: Case;
  settings: CaseSettings;
}

/** The digests of several cases for the week that ends at `at`, their weeks read together. */
export async function composeDigests(db: Tx, cases: readonly DigestCase[], at: Date): Promise<Map<number, Message>> {
  // A case's week runs in its own zone: cases that share a zone share a week and one read.
  const byZone = new Map<string, DigestCase[]>();
  for (const c of cases) byZone.set(c.settings.timeZone, [...(byZone.get(c.settings.timeZone) ?? []), c]);
  const messages = new Map<number, Message>();
  for (const [tz, inZone] of byZone) {
    const today = todayIn(at, tz);
    const data = await digestDataOf(db, inZone.map((c) => c.case.id), { since: weekBefore(at, tz), until: at, today: toIso(today) });
    const week = Number(isoWeek(today).slice(-2));
    for (const { case: theCase, settings } of inZone) {
      const view = { t: translator(settings.language), locale: settings.language, timeZone: tz, threshold: settings.threshold, title: theCase.title, week };
      messages.set(theCase.id, digestMessage(view, data.get(theCase.id)!));
    }
  }
  return withActivities(db, cases, at, messages, weekBefore);
}

export async function composeDigest(db: Tx, theCase: Case, settings: CaseSettings, at: Date): Promise<Message> {
  return (await composeDigests(db, [{ case: theCase, settings }], at)).get(theCase.id)!;
}
