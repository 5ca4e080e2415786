import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { agendaMeeting } from '../../domain/meetings.js';
import { audit } from '../../store/audit.js';
import { meetingsOf } from '../../store/meetings.js';
import { nextNumber } from '../../store/numbers.js';
import { freeText } from '../args.js';
import { requireCase, requireMember } from '../context.js';
import { storedText } from '../people.js';
import { defineCommand } from '../spec.js';

export const agendaAdd = defineCommand({
  id: 'agenda_add',
  words: { sv: 'dagordning lägg till', en: 'agenda add' },
  aliases: ['dagordning lagg till', 'dagordning ny'],
  role: 'member',
  fields: { text: { sv: 'punkt', en: 'item' } },
  positional: ['text'],
  variadic: true,
  schema: () => z.object({ text: freeText(300) }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const member = requireMember(ctx);
    const now = ctx.clock.now();
    await ctx.write(async (tx) => {
      const number = await nextNumber(tx, 'AgendaItem', c.id);
      const last = await tx.agendaItem.aggregate({ where: { caseId: c.id }, _max: { position: true } });
      const text = await storedText(tx, ctx, args.text);
      const item = await tx.agendaItem.create({ data: { caseId: c.id, number, position: (last._max.position ?? 0) + 1, text, proposedById: member.id, createdAt: now } });
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'agenda.add', entity: 'AgendaItem', entityId: item.id, data: { number, text } });
      const meeting = agendaMeeting(await meetingsOf(tx, c.id), now, c.timeZone);
      const params = { name: ctx.user.displayName, number, text };
      ctx.post(textMessage(meeting ? ctx.t('agenda.added', { ...params, meeting: meeting.number }) : ctx.t('agenda.added_waiting', params)));
    });
  },
});
