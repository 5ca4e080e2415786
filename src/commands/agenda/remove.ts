import { textMessage } from '../../core/message.js';
import { audit } from '../../store/audit.js';
import { requireCase, requireMember } from '../context.js';
import { defineCommand } from '../spec.js';
import { ONE_ITEM, requireMayChange, requireOpenItem } from './support.js';

export const agendaRemove = defineCommand({
  id: 'agenda_remove',
  words: { sv: 'dagordning ta bort', en: 'agenda remove' },
  role: 'member',
  ...ONE_ITEM,
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const member = requireMember(ctx);
    await ctx.write(async (tx) => {
      const item = await requireOpenItem(tx, c.id, args.item, ctx.t);
      requireMayChange(member, item);
      await tx.agendaItem.update({ where: { id: item.id }, data: { status: 'removed', closedAt: ctx.clock.now() } });
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'agenda.remove', entity: 'AgendaItem', entityId: item.id, data: { number: item.number } });
      ctx.post(textMessage(ctx.t('agenda.removed', { name: ctx.user.displayName, number: item.number, text: item.text })));
    });
  },
});
