import { z } from 'zod';
import { currentMeeting } from '../../domain/meetings.js';
import { agendaCard } from '../../render/agenda-card.js';
import { cardMessage } from '../../render/card-text.js';
import { whenText } from '../../render/when.js';
import { cancelledAhead, meetingByNumber, meetingsOf } from '../../store/meetings.js';
import { currentAgenda } from '../../services/agenda.js';
import { requireCase, UserError } from '../context.js';
import { joinRich } from '../../text/rich.js';
import { shortNumber } from '../args.js';
import { NUMBER_FIELD } from '../fields.js';
import { defineCommand } from '../spec.js';
import { meetingMessage } from './card.js';
import { MEETING_WORDS } from './words.js';

export const meetingShow = defineCommand({
  id: 'meeting_show',
  words: MEETING_WORDS.show,
  aliases: ['möte', 'mote', 'mote visa', 'meeting'],
  role: 'observer',
  standIn: true,
  fields: { number: NUMBER_FIELD },
  positional: ['number'],
  schema: () => z.object({ number: shortNumber().optional() }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const now = ctx.clock.now();
    const own = { t: ctx.t, locale: ctx.locale };
    if (args.number !== undefined) {
      const meeting = await meetingByNumber(ctx.db, c.id, args.number);
      if (!meeting) throw new UserError('meeting.not_found', { number: args.number });
      return ctx.reply(await meetingMessage(ctx.db, c, meeting, now, own));
    }
    // Meetings called off that were still ahead, so nobody waits for them.
    const off = (await cancelledAhead(ctx.db, c.id, now)).map((m) => ctx.t('meeting.cancelled_line', { number: m.number, when: whenText(ctx.t, m.startsAt, c.timeZone) }));
    const agenda = await currentAgenda(ctx.db, c, now);
    if (agenda.meeting) return ctx.reply(await meetingMessage(ctx.db, c, agenda.meeting, now, { ...own, ...(off.length ? { lead: joinRich(off, '\n') } : {}) }));
    const latest = currentMeeting(await meetingsOf(ctx.db, c.id), now, c.timeZone);
    const lead = joinRich([ctx.t('meeting.none'), ...off, ...(latest ? [ctx.t('meeting.latest', { number: latest.number, when: whenText(ctx.t, latest.startsAt, c.timeZone) })] : [])], '\n');
    // Items waiting for a meeting are worth showing; an empty waiting list is not.
    ctx.reply(agenda.entries.length ? cardMessage(agendaCard(ctx.t, agenda, c.timeZone), lead) : { text: lead });
  },
});
