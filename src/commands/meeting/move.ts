import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { whenText } from '../../render/when.js';
import { caseTranslator } from '../../services/case-texts.js';
import { audit } from '../../store/audit.js';
import { markScheduleChanged } from '../../store/next-occurrences.js';
import { joinRich } from '../../text/rich.js';
import { localParts } from '../../time/zone.js';
import { dateTime, shortNumber } from '../args.js';
import { requireCase, UserError } from '../context.js';
import { NUMBER_FIELD } from '../fields.js';
import { defineCommand } from '../spec.js';
import { meetingMessage, meetingRef } from './card.js';
import { meetingStart, namedMeeting, refuseSameStart } from './support.js';
import { MEETING_WORDS } from './words.js';

// A new day, and a new time unless it keeps the old one. The agenda DM follows the new time (its
// period names the start), and the meeting's card is updated where it was posted.
export const meetingMove = defineCommand({
  id: 'meeting_move',
  words: MEETING_WORDS.move,
  aliases: ['mote flytta'],
  role: 'leader',
  fields: { number: NUMBER_FIELD, when: { sv: 'datum och tid', en: 'date and time' } },
  positional: ['number', 'when'],
  variadic: true,
  // Without a day (the card's Flytta button) it says how to give one.
  schema: ({ today }) => z.object({ number: shortNumber(), when: dateTime(today).optional() }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const now = ctx.clock.now();
    const t = caseTranslator(c);
    const when = args.when;
    if (!when) return ctx.reply(textMessage(ctx.t('meeting.move_how', { line: `${MEETING_WORDS.move[ctx.locale]} ${args.number}` })));
    await ctx.write(async (tx) => {
      const meeting = await namedMeeting(tx, ctx.t, c, args.number);
      if (meeting.startsAt <= now) throw new UserError('meeting.started', { number: meeting.number });
      const { hour, minute } = localParts(meeting.startsAt, c.timeZone);
      const { startsAt, skipped } = meetingStart(ctx.t, { date: when.date, time: when.time ?? { hour, minute } }, c, now);
      if (startsAt.getTime() === meeting.startsAt.getTime()) throw new UserError('meeting.move_same', { number: meeting.number, when: whenText(ctx.t, startsAt, c.timeZone) });
      await refuseSameStart(tx, ctx.t, c, startsAt);
      const moved = await tx.meeting.update({ where: { id: meeting.id }, data: { startsAt } });
      await markScheduleChanged(tx, c.id); // the agenda DM before it
      await audit(tx, { at: now, caseId: c.id, actorId: ctx.user.id, action: 'meeting.move', entity: 'Meeting', entityId: meeting.id, data: { number: meeting.number, from: meeting.startsAt, to: startsAt } });
      ctx.update(meetingRef(moved), await meetingMessage(tx, c, moved, now));
      const params = { name: ctx.user.displayName, number: meeting.number, from: whenText(t, meeting.startsAt, c.timeZone), to: whenText(t, startsAt, c.timeZone) };
      ctx.post(textMessage(joinRich([t('meeting.moved', params), ...(skipped ? [t('meeting.skipped_time', skipped)] : [])], ' ')));
    });
  },
});
