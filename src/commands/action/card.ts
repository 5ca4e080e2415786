// An action's card as the commands post and update it, with buttons in the viewer's language.
import type { EntityRef } from '../../core/event.js';
import type { Button, Message } from '../../core/message.js';
import { isClosedStatus, STATUS_WORDS, weekLater } from '../../domain/actions.js';
import { actionCard, actionDetailCard } from '../../render/action-card.js';
import { cardMessage } from '../../render/card-text.js';
import type { ActionDetail, ActionView } from '../../store/actions.js';
import type { CommandContext } from '../context.js';
import { ACTION_WORDS } from './words.js';

export function actionRef(a: ActionView): EntityRef {
  return { caseId: a.caseId, entity: 'action', id: a.id };
}

/** What the action's status allows; a card also links to the full view once comments build up a history. */
function buttons({ t, locale, today }: Pick<CommandContext, 't' | 'locale' | 'today'>, a: ActionView, withShow = true): Button[] {
  const show = withShow && a.comments.length ? [{ label: t('action.button.show'), command: `${ACTION_WORDS.show[locale]} ${a.number}` }] : [];
  if (isClosedStatus(a.status)) return show;
  const inProgress = STATUS_WORDS.in_progress[locale === 'sv' ? 0 : 1];
  return [
    { label: t('action.button.done'), command: `${ACTION_WORDS.done[locale]} ${a.number}`, style: 'primary' as const },
    ...(a.status === 'in_progress' ? [] : [{ label: t('action.button.in_progress'), command: `${ACTION_WORDS.status[locale]} ${a.number} ${inProgress}` }]),
    { label: t('action.button.postpone'), command: `${ACTION_WORDS.move[locale]} ${a.number} ${weekLater(a.dueDate, today)}` },
    ...show,
  ];
}

export function actionMessage(ctx: Pick<CommandContext, 't' | 'locale' | 'today'>, a: ActionView): Message {
  return cardMessage(actionCard(ctx.t, a, ctx.today, buttons(ctx, a)));
}

/** One action in full, with every comment, in the viewer's language (`åtgärd visa`). */
export function actionDetailMessage(ctx: Pick<CommandContext, 't' | 'locale' | 'today' | 'timeZone'>, a: ActionDetail): Message {
  return cardMessage(actionDetailCard(ctx.t, ctx.locale, a, ctx.today, ctx.timeZone, buttons(ctx, a, false)));
}
