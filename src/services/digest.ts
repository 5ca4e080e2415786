// The digest of the week that ends at `at`, as the case reads it: used by the weekly job and by
// the `sammanfattning` command.
import type { Message } from '../core/message.js';
import { translator } from '../i18n/index.js';
import { digestMessage } from '../render/digest.js';
import type { CaseSettings } from '../settings/definitions.js';
import type { Tx } from '../store/client.js';
import { digestData } from '../store/digest.js';
import type { Case } from '../store/models.js';
import { addDays, isoWeek, toIso } from '../time/local-date.js';
import { localParts, todayIn, zonedToUtc } from '../time/zone.js';

/** The same wall-clock time a week earlier (a week across a DST change is not 168 hours). */
export function weekBefore(at: Date, timeZone: string): Date {
  const local = localParts(at, timeZone);
  return zonedToUtc({ ...addDays(local, -7), hour: local.hour, minute: local.minute }, timeZone);
}

export async function composeDigest(db: Tx, theCase: Case, settings: CaseSettings, at: Date): Promise<Message> {
  const tz = settings.timeZone;
  const today = todayIn(at, tz);
  const data = await digestData(db, theCase.id, weekBefore(at, tz), at, toIso(today));
  const week = Number(isoWeek(today).slice(-2));
  return digestMessage({ t: translator(settings.language), locale: settings.language, timeZone: tz, threshold: settings.threshold, title: theCase.title, week }, data);
}
