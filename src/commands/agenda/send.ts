import { z } from 'zod';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';
import { agendaDm, agendaRecipients, currentAgenda } from '../../services/agenda.js';

// Sends now what the scheduler will later send before each meeting. Sending changes nothing stored.
export const agendaSend = defineCommand({
  id: 'agenda_send',
  words: { sv: 'dagordning skicka', en: 'agenda send' },
  role: 'leader',
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    const agenda = await currentAgenda(ctx.db, c, ctx.clock.now());
    if (!agenda.meeting) return ctx.reply({ text: ctx.t('agenda.no_meeting_to_send') });
    if (!agenda.entries.length) return ctx.reply({ text: ctx.t('agenda.nothing_to_send', { number: agenda.meeting.number }) });
    const message = agendaDm(c, agenda);
    const recipients = await agendaRecipients(ctx.db, c, agenda.meeting);
    for (const user of recipients) ctx.dm(user, message);
    ctx.reply({ text: ctx.t('agenda.sent', { number: agenda.meeting.number, count: recipients.length }) });
  },
});
