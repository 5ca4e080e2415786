// An activity's card, its one-line form in lists, its day and time, and its outcome in words.
import type { Button, Card, Field } from '../core/message.js';
import { OUTCOME_COUNTS, type Outcome } from '../domain/activities.js';
import { formatNumber, type Locale, type Translate } from '../i18n/index.js';
import type { ActivityView } from '../store/activities.js';
import { joinRich, literal, type RichText } from '../text/rich.js';
import { fromIso, weekday } from '../time/local-date.js';

type Dated = { date: string; time: string | null };

/** "fredag 2027-03-12 kl. 10:00", or without the time when it has none. */
export function activityWhen(t: Translate, a: Dated): RichText {
  const day = t(`when.weekday.${weekday(fromIso(a.date))}` as 'when.weekday.1');
  return a.time ? t('when.datetime', { weekday: day, date: a.date, time: a.time }) : t('activity.when_day', { weekday: day, date: a.date });
}

export const kindText = (t: Translate, kind: string) => t(`activity.kind.${kind}` as 'activity.kind.fair');
export const activityStatusText = (t: Translate, status: string) => t(`activity.status.${status}` as 'activity.status.planned');

/** "deltagare 500 · utställare 67 · elever 160", only the counts recorded; null when none is. */
export function outcomeText(t: Translate, locale: Locale, o: Outcome): RichText | null {
  const parts = OUTCOME_COUNTS.filter((k) => o[k] !== null).map((k) => t(`activity.count.${k}`, { n: formatNumber(locale, o[k]!) }));
  return parts.length ? joinRich(parts, ' · ') : null;
}

export function activityCard(t: Translate, locale: Locale, a: ActivityView, buttons: Button[]): Card {
  const fields: Field[] = [
    { label: t('activity.field.when'), value: activityWhen(t, a) },
    { label: t('activity.field.place'), value: a.place ? literal(a.place) : t('none') },
    { label: t('activity.field.kind'), value: kindText(t, a.kind) },
    { label: t('activity.field.status'), value: activityStatusText(t, a.status) },
    { label: t('activity.field.public'), value: t(a.public ? 'activity.public.yes' : 'activity.public.no') },
  ];
  if (a.poll) fields.push({ label: t('activity.field.poll'), value: literal(`#${a.poll.number}`) });
  const outcome = outcomeText(t, locale, a);
  if (outcome) fields.push({ label: t('activity.field.outcome'), value: outcome });
  if (a.note) fields.push({ label: t('activity.field.note'), value: literal(a.note) });
  fields.push({ label: t('activity.field.created_by'), value: literal(a.createdBy.user.displayName) });
  return { title: t('activity.title', { nr: a.number, title: a.title }), sections: [{ fields, ...(buttons.length ? { buttons } : {}) }] };
}

export function activityLine(t: Translate, locale: Locale, a: ActivityView): RichText {
  const outcome = a.status === 'held' ? outcomeText(t, locale, a) : null;
  const line = t('activity.line', { nr: a.number, title: a.title, when: activityWhen(t, a), kind: kindText(t, a.kind), status: activityStatusText(t, a.status) });
  return outcome ? joinRich([line, outcome], ' – ') : line;
}
