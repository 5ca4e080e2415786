// Adds the activities section to each case's digest: planned activities in the next 14 days and
// outcomes recorded in the week. Kept apart from the digest itself, which calls it last.
import type { Message } from '../core/message.js';
import { DIGEST_DAYS_AHEAD } from '../domain/activities.js';
import { translator } from '../i18n/index.js';
import { cardMessage } from '../render/card-text.js';
import { digestActivitiesSection } from '../render/digest-activities.js';
import type { CaseSettings } from '../settings/definitions.js';
import type { Tx } from '../store/client.js';
import type { Case } from '../store/models.js';
import { addDays, toIso } from '../time/local-date.js';
import { todayIn } from '../time/zone.js';

const ORDER = [{ date: 'asc' as const }, { time: 'asc' as const }, { number: 'asc' as const }];

/**
 * Adds to the digests in place. `weekStart` is when the digest's week began in a zone (the digest's own rule). Two queries for
 * all the cases, however many (the Monday digests run together); each case's window is applied here.
 */
export async function withActivities(
  db: Tx, cases: readonly { case: Case; settings: CaseSettings }[], at: Date, digests: Map<number, { message: Message; quiet: boolean }>, weekStart: (at: Date, timeZone: string) => Date,
): Promise<void> {
  if (!cases.length) return;
  const windows = new Map(cases.map(({ case: c, settings }) => {
    const today = todayIn(at, settings.timeZone);
    return [c.id, { from: toIso(today), to: toIso(addDays(today, DIGEST_DAYS_AHEAD)), since: weekStart(at, settings.timeZone) }];
  }));
  const all = [...windows.values()];
  const caseId = { in: [...windows.keys()] };
  const [upcoming, held] = await Promise.all([
    db.activity.findMany({ where: { caseId, status: 'planned', date: { gte: min(all.map((w) => w.from)), lte: max(all.map((w) => w.to)) } }, orderBy: ORDER }),
    db.activity.findMany({ where: { caseId, status: 'held', heldAt: { gt: new Date(Math.min(...all.map((w) => w.since.getTime()))), lte: at } }, orderBy: ORDER }),
  ]);
  for (const { case: c, settings } of cases) {
    const digest = digests.get(c.id);
    const w = windows.get(c.id)!;
    const section = digestActivitiesSection(translator(settings.language), settings.language,
      upcoming.filter((a) => a.caseId === c.id && a.date >= w.from && a.date <= w.to),
      held.filter((a) => a.caseId === c.id && a.heldAt! > w.since));
    // An activity ahead or held is news: that week's digest is not a quiet one.
    if (section && digest?.message.card) digests.set(c.id, { message: cardMessage({ ...digest.message.card, sections: [...digest.message.card.sections, section] }), quiet: false });
  }
}

const min = (xs: string[]) => xs.reduce((a, b) => (b < a ? b : a));
const max = (xs: string[]) => xs.reduce((a, b) => (b > a ? b : a));
