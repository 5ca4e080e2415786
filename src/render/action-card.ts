// An action's card and its one-line form in lists.
import type { Button, Card, Field } from '../core/message.js';
import { isOverdue } from '../domain/actions.js';
import type { Translate } from '../i18n/index.js';
import type { ActionView } from '../store/actions.js';
import { literal, richText, type RichText } from '../text/rich.js';
import { daysBetween, fromIso, type LocalDate } from '../time/local-date.js';

const owner = (t: Translate, a: ActionView): RichText => (a.owner ? literal(a.owner.user.displayName) : t('action.unassigned'));
const status = (t: Translate, a: ActionView) => t(`action.status.${a.status}` as 'action.status.open');

function due(t: Translate, a: ActionView, today: LocalDate): RichText {
  if (!isOverdue(a, today)) return literal(a.dueDate);
  return richText`${a.dueDate} (${t('action.overdue', { days: daysBetween(fromIso(a.dueDate), today) })})`;
}

export function actionCard(t: Translate, a: ActionView, today: LocalDate, buttons: Button[]): Card {
  const fields: Field[] = [
    { label: t('action.field.owner'), value: owner(t, a) },
    { label: t('action.field.org'), value: a.organisation ? literal(a.organisation.name) : t('none') },
    { label: t('action.field.due'), value: due(t, a, today) },
    { label: t('action.field.status'), value: status(t, a) },
  ];
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
