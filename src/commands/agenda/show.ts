import { z } from 'zod';
import { agendaCard } from '../../render/agenda-card.js';
import { cardMessage } from '../../render/card-text.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';
import { currentAgenda } from '../../services/agenda.js';

export const agendaShow = defineCommand({
  id: 'agenda_show',
  words: { sv: 'dagordning visa', en: 'agenda show' },
  aliases: ['dagordning', 'agenda'],
  role: 'observer',
  standIn: true,
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    ctx.reply(cardMessage(agendaCard(ctx.t, await currentAgenda(ctx.db, c, ctx.clock.now()), c.timeZone)));
  },
});
