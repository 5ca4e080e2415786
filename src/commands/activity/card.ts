// An activity's card as the commands post and update it, with buttons in the viewer's language.
import type { EntityRef } from '../../core/event.js';
import type { Button, Message } from '../../core/message.js';
import { activityCard } from '../../render/activity-card.js';
import { cardMessage } from '../../render/card-text.js';
import type { ActivityView } from '../../store/activities.js';
import type { RichText } from '../../text/rich.js';
import type { CommandContext } from '../context.js';
import { ACTIVITY_WORDS } from './words.js';

export function activityRef(a: { caseId: number; id: number }): EntityRef {
  return { caseId: a.caseId, entity: 'activity', id: a.id };
}

// Cancelling is for a leader or the creator; the command checks who clicked.
function buttons({ t, locale }: Pick<CommandContext, 't' | 'locale'>, a: ActivityView): Button[] {
  const show = { label: t('activity.button.show'), command: `${ACTIVITY_WORDS.show[locale]} ${a.number}` };
  if (a.status !== 'planned') return [show];
  return [show, { label: t('activity.button.cancel'), command: `${ACTIVITY_WORDS.cancel[locale]} ${a.number}`, style: 'danger' }];
}

export function activityMessage(ctx: Pick<CommandContext, 't' | 'locale'>, a: ActivityView, text?: RichText): Message {
  return cardMessage(activityCard(ctx.t, ctx.locale, a, buttons(ctx, a)), text);
}
