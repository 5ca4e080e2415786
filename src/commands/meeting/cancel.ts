import { z } from 'zod';
import { textMessage, type Message } from '../../core/message.js';
import { agendaMeeting } from '../../domain/meetings.js';
import { whenText } from '../../render/when.js';
import { caseTranslator } from '../../services/case-texts.js';
import { audit } from '../../store/audit.js';
import { meetingsOf } from '../../store/meetings.js';
import type { Meeting } from '../../store/models.js';
import { markScheduleChanged } from '../../store/next-occurrences.js';
import { joinRich } from '../../text/rich.js';
import { flag, shortNumber } from '../args.js';
import { requireCase, UserError, type CommandContext } from '../context.js';
import { NUMBER_FIELD } from '../fields.js';
import { defineCommand } from '../spec.js';
import { meetingMessage, meetingRef } from './card.js';
import { namedMeeting } from './support.js';
import { CONFIRM_FIELD, MEETING_WORDS } from './words.js';

/** Asks before cancelling: the answer carries the line that does it, as a button. */
function confirmMessage(ctx: CommandContext, meeting: Meeting, timeZone: string): Message {
  const line = `${MEETING_WORDS.cancel[ctx.locale]} ${meeting.number} ${CONFIRM_FIELD[ctx.locale]}`;
  const text = ctx.t('meeting.confirm_cancel', { number: meeting.number, when: whenText(ctx.t, meeting.startsAt, timeZone), line });
  return { text, card: { title: ctx.t('meeting.confirm_cancel_title', { number: meeting.number }), sections: [{ text, buttons: [{ label: ctx.t('meeting.button.cancel_confirm'), command: line, style: 'danger' }] }] } };
}

// A cancelled meeting keeps its number and row (the log and the card still show it); it leaves
// the schedule, so its agenda DM is not sent, and its agenda goes to the next meeting.
export const meetingCancel = defineCommand({
  id: 'meeting_cancel',
  words: MEETING_WORDS.cancel,
  aliases: ['möte stall in', 'mote ställ in', 'mote stall in'],
  role: 'leader',
  fields: { number: NUMBER_FIELD, confirm: CONFIRM_FIELD },
  positional: ['number'],
  flags: ['confirm'],
  schema: () => z.object({ number: shortNumber(), confirm: flag() }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const now = ctx.clock.now();
    const t = caseTranslator(c);
    await ctx.write(async (tx) => {
      const meeting = await namedMeeting(tx, ctx.t, c, args.number);
      if (meeting.startsAt <= now) throw new UserError('meeting.started', { number: meeting.number });
      if (!args.confirm) return ctx.reply(confirmMessage(ctx, meeting, c.timeZone));
      const cancelled = await tx.meeting.update({ where: { id: meeting.id }, data: { status: 'cancelled' } });
      await markScheduleChanged(tx, c.id); // its agenda DM goes
      await audit(tx, { at: now, caseId: c.id, actorId: ctx.user.id, action: 'meeting.cancel', entity: 'Meeting', entityId: meeting.id, data: { number: meeting.number, startsAt: meeting.startsAt } });
      ctx.update(meetingRef(cancelled), await meetingMessage(tx, c, cancelled, now));
      const next = agendaMeeting(await meetingsOf(tx, c.id), now, c.timeZone);
      const agenda = next ? t('meeting.agenda_to_next', { number: next.number }) : t('meeting.agenda_waits');
      ctx.post(textMessage(joinRich([t('meeting.cancelled', { name: ctx.user.displayName, number: meeting.number, when: whenText(t, meeting.startsAt, c.timeZone) }), agenda], ' ')));
    });
  },
});
