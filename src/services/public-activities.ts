// The public page's activities: the case's public ones only — upcoming (planned from today on) and
// held with their outcome counts — and their feed entries. Never a note (it may name someone),
// never who added one, never a cancelled or non-public activity.
import type { Locale, Translate } from '../i18n/index.js';
import { activityWhen, kindText, outcomeText } from '../render/activity-card.js';
import type { FeedEntry } from '../render/public/feed.js';
import { plain } from '../render/public/html.js';
import type { PublicSection } from '../render/public/page.js';
import type { Db } from '../store/client.js';
import type { Activity, Case } from '../store/models.js';
import type { LocalDate } from '../time/local-date.js';
import { toIso } from '../time/local-date.js';

const ORDER = [{ date: 'asc' as const }, { time: 'asc' as const }, { number: 'asc' as const }];

const publicActivities = (db: Db, c: Case) => db.activity.findMany({ where: { caseId: c.id, public: true, status: { in: ['planned', 'held'] } }, orderBy: ORDER });

/** "mässa, Folkets hus" and, once held, "deltagare 500 · utställare 67". */
function details(t: Translate, locale: Locale, a: Activity): string {
  const about = plain(kindText(t, a.kind)) + (a.place ? `, ${a.place}` : '');
  const outcome = a.status === 'held' ? outcomeText(t, locale, a) : null;
  return outcome ? `${about}\n${plain(outcome)}` : about;
}

const item = (t: Translate, locale: Locale, a: Activity) => ({ title: a.title, when: plain(activityWhen(t, a)), text: details(t, locale, a), links: [] });

export async function publicActivitySections(db: Db, c: Case, t: Translate, locale: Locale, today: LocalDate): Promise<PublicSection[]> {
  const all = await publicActivities(db, c);
  const upcoming = all.filter((a) => a.status === 'planned' && a.date >= toIso(today));
  // Latest first: what the group achieved most recently.
  const held = all.filter((a) => a.status === 'held').reverse();
  return [
    { id: 'activities', heading: 'public.activities', empty: 'public.activities_none', items: upcoming.map((a) => item(t, locale, a)) },
    { id: 'activities-held', heading: 'public.activities.held', empty: 'public.activities.held_none', items: held.map((a) => item(t, locale, a)) },
  ];
}

/** One entry when a public activity is announced, one more when it is held. */
export async function publicActivityFeedEntries(db: Db, c: Case, t: Translate, locale: Locale, page: string): Promise<FeedEntry[]> {
  return (await publicActivities(db, c)).flatMap((a) => {
    const content = `${plain(activityWhen(t, a))}\n${details(t, locale, a)}`;
    const created: FeedEntry = { key: `activity/${a.id}`, title: plain(t('public.feed.activity', { title: a.title, date: a.date })), content, published: a.createdAt, updated: a.createdAt, link: page };
    if (a.status !== 'held' || !a.heldAt) return [created];
    return [created, { key: `activity/${a.id}/held`, title: plain(t('public.feed.activity_held', { title: a.title, date: a.date })), content, published: a.heldAt, updated: a.heldAt, link: page }];
  });
}
