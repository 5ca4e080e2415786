import { z } from 'zod';
import { agendaCard } from '../../render/agenda-card.js';
import { cardMessage } from '../../render/card-text.js';
import { audit } from '../../store/audit.js';
import { integer, shortNumber } from '../args.js';
import { requireCase, requireMember, UserError } from '../context.js';
import { defineCommand } from '../spec.js';
import { currentAgenda } from '../../services/agenda.js';
import { ITEM_FIELD, requireMayChange, requireOpenItem } from './support.js';

export const agendaMove = defineCommand({
  id: 'agenda_move',
  words: { sv: 'dagordning flytta', en: 'agenda move' },
  role: 'member',
  fields: { item: ITEM_FIELD, place: { sv: 'plats', en: 'place' } },
  positional: ['item', 'place'],
  schema: () => z.object({ item: shortNumber(), place: integer(1, 1000) }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const member = requireMember(ctx);
    const now = ctx.clock.now();
    await ctx.write(async (tx) => {
      const item = await requireOpenItem(tx, c.id, args.item, ctx.t);
      requireMayChange(member, item);
      const { entries } = await currentAgenda(tx, c, now);
      if (args.place > entries.length) throw new UserError('agenda.bad_place', { count: entries.length });
      const order = entries.map((e) => e.item).filter((i) => i.id !== item.id);
      order.splice(args.place - 1, 0, item);
      for (const [index, entry] of order.entries()) {
        if (entry.position !== index + 1) await tx.agendaItem.update({ where: { id: entry.id }, data: { position: index + 1 } });
      }
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'agenda.move', entity: 'AgendaItem', entityId: item.id, data: { number: item.number, place: args.place } });
      ctx.reply(cardMessage(agendaCard(ctx.t, await currentAgenda(tx, c, now), c.timeZone), ctx.t('agenda.moved', { number: item.number, place: args.place })));
    });
  },
});
