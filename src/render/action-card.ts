// An action's card and its one-line form in lists.
import type { Button, Card, Field } from '../core/message.js';
import { isOverdue } from '../domain/actions.js';
import type { Translate } from '../i18n/index.js';
import type { ActionDetail, ActionView } from '../store/actions.js';
import { joinRich, literal, richText, type RichText } from '../text/rich.js';
import { daysBetween, fromIso, type LocalDate } from '../time/local-date.js';
import { formatInstant, whenText } from './when.js';
import type { Locale } from '../i18n/index.js';

const owner = (t: Translate, a: ActionView): RichText => (a.owner ? literal(a.owner.user.displayName) : t('action.unassigned'));
const status = (t: Translate, a: ActionView) => t(`action.status.${a.status}` as 'action.status.open');

function due(t: Translate, a: ActionView, today: LocalDate): RichText {
  if (!isOverdue(a, today)) return literal(a.dueDate);
  return richText`${a.dueDate} (${t('action.overdue', { days: daysBetween(fromIso(a.dueDate), today) })})`;
}

function baseFields(t: Translate, a: ActionView, today: LocalDate): Field[] {
  return [
    { label: t('action.field.owner'), value: owner(t, a) },
    { label: t('action.field.org'), value: a.organisation ? literal(a.organisation.name) : t('none') },
    { label: t('action.field.due'), value: due(t, a, today) },
    { label: t('action.field.status'), value: status(t, a) },
  ];
}

export function actionCard(t: Translate, a: ActionView, today: LocalDate, buttons: Button[]): Card {
  const fields = baseFields(t, a, today);
  const last = a.comments.at(-1);
  if (last) {
    fields.push({ label: t('action.field.comments'), value: literal(String(a.comments.length)) });
    fields.push({ label: t('action.field.last_comment'), value: t('action.comment', { text: last.text, author: last.author.user.displayName }) });
  }
  return { title: t('action.title', { nr: a.number, text: a.text }), sections: [{ fields, ...(buttons.length ? { buttons } : {}) }] };
}

export function actionLine(t: Translate, a: ActionView, today: LocalDate): RichText {
  const who = a.organisation ? richText`${owner(t, a)}, ${a.organisation.name}` : owner(t, a);
  return t('action.line', { nr: a.number, text: a.text, owner: who, due: due(t, a, today), status: status(t, a) });
}

/** The decision an action carries out: at which meeting, or from which poll. */
function decisionText(t: Translate, d: NonNullable<ActionDetail['decision']>, timeZone: string): RichText {
  if (d.poll) return t('action.decision_poll', { poll: d.poll.number, text: d.text });
  if (d.meeting) return t('action.decision_meeting', { meeting: d.meeting.number, when: whenText(t, d.meeting.startsAt, timeZone), text: d.text });
  return literal(d.text);
}

/** One action in full, for `åtgärd visa`: its fields, the decision it carries out and every comment with who and when. */
export function actionDetailCard(t: Translate, locale: Locale, a: ActionDetail, today: LocalDate, timeZone: string, buttons: Button[]): Card {
  const fields = [
    ...baseFields(t, a, today),
    { label: t('action.field.created'), value: richText`${formatInstant(locale, a.createdAt, timeZone)}` },
    ...(a.decision ? [{ label: t('action.field.decision'), value: decisionText(t, a.decision, timeZone) }] : []),
  ];
  const comments = a.comments.map((c) => t('action.comment_line', { when: formatInstant(locale, c.createdAt, timeZone), author: c.author.user.displayName, text: c.text }));
  return {
    title: t('action.title', { nr: a.number, text: a.text }),
    sections: [
      { fields },
      { heading: t('action.comments_heading', { count: a.comments.length }), text: comments.length ? joinRich(comments, '\n') : t('action.no_comments') },
      ...(buttons.length ? [{ buttons }] : []),
    ],
  };
}
