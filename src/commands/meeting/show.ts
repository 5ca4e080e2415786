import { z } from 'zod';
import { currentMeeting } from '../../domain/meetings.js';
import { agendaCard, meetingCard } from '../../render/agenda-card.js';
import { cardMessage } from '../../render/card-text.js';
import { whenText } from '../../render/when.js';
import { meetingsOf } from '../../store/meetings.js';
import { currentAgenda } from '../../services/agenda.js';
import { requireCase } from '../context.js';
import { joinRich } from '../../text/rich.js';
import { defineCommand } from '../spec.js';

export const meetingShow = defineCommand({
  id: 'meeting_show',
  words: { sv: 'möte visa', en: 'meeting show' },
  aliases: ['möte', 'mote', 'mote visa', 'meeting'],
  role: 'observer',
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    const now = ctx.clock.now();
    const agenda = await currentAgenda(ctx.db, c, now);
    if (agenda.meeting) return ctx.reply(cardMessage(meetingCard(ctx.t, agenda.meeting, agenda, now, c.timeZone)));
    const latest = currentMeeting(await meetingsOf(ctx.db, c.id), now, c.timeZone);
    const lead = joinRich([ctx.t('meeting.none'), ...(latest ? [ctx.t('meeting.latest', { number: latest.number, when: whenText(ctx.t, latest.startsAt, c.timeZone) })] : [])], '\n');
    // Items waiting for a meeting are worth showing; an empty waiting list is not.
    ctx.reply(agenda.entries.length ? cardMessage(agendaCard(ctx.t, agenda, c.timeZone), lead) : { text: lead });
  },
});
