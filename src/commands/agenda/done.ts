import { textMessage } from '../../core/message.js';
import { currentMeeting } from '../../domain/meetings.js';
import { audit } from '../../store/audit.js';
import { meetingsOf } from '../../store/meetings.js';
import { requireCase, UserError } from '../context.js';
import { defineCommand } from '../spec.js';
import { ONE_ITEM, requireOpenItem } from './support.js';

// An item is handled when this marks it, or when a decision names it (`beslut … punkt=<nr>`);
// an item still open when its meeting ends carries over to the next meeting.
export const agendaDone = defineCommand({
  id: 'agenda_done',
  words: { sv: 'dagordning klar', en: 'agenda done' },
  aliases: ['dagordning behandlad'],
  role: 'member',
  ...ONE_ITEM,
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const now = ctx.clock.now();
    await ctx.write(async (tx) => {
      const item = await requireOpenItem(tx, c.id, args.item, ctx.t);
      const meeting = currentMeeting(await meetingsOf(tx, c.id), now, c.timeZone);
      if (!meeting) throw new UserError('agenda.no_meeting');
      await tx.agendaItem.update({ where: { id: item.id }, data: { status: 'handled', meetingId: meeting.id, closedAt: now } });
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'agenda.done', entity: 'AgendaItem', entityId: item.id, data: { number: item.number, meeting: meeting.number } });
      ctx.post(textMessage(ctx.t('agenda.done', { number: item.number, meeting: meeting.number, text: item.text })));
    });
  },
});
