// The digest's activities section: upcoming ones in the next two weeks and outcomes recorded this week.
import type { Section } from '../core/message.js';
import type { Locale, Translate } from '../i18n/index.js';
import { joinRich } from '../text/rich.js';
import { activityWhen, kindText, outcomeText } from './activity-card.js';
import type { Activity } from '../store/models.js';

export function digestActivitiesSection(t: Translate, locale: Locale, upcoming: readonly Activity[], held: readonly Activity[]): Section | null {
  const lines = [
    ...upcoming.map((a) => t('digest.activities.upcoming', { nr: a.number, title: a.title, when: activityWhen(t, a), kind: kindText(t, a.kind) })),
    ...held.map((a) => t('digest.activities.held', { nr: a.number, title: a.title, date: a.date, outcome: outcomeText(t, locale, a) ?? a.note ?? '' })),
  ];
  return lines.length ? { heading: t('digest.activities'), text: joinRich(lines, '\n') } : null;
}
