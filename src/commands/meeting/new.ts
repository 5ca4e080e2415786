import { z } from 'zod';
import { audit } from '../../store/audit.js';
import { nextNumber } from '../../store/numbers.js';
import { markScheduleChanged } from '../../store/next-occurrences.js';
import { caseTranslator } from '../../services/case-texts.js';
import { joinRich } from '../../text/rich.js';
import { dateTime, link, text } from '../args.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';
import { meetingMessage, meetingRef } from './card.js';
import { meetingStart, refuseSameStart } from './support.js';
import { MEETING_WORDS } from './words.js';

export const meetingNew = defineCommand({
  id: 'meeting_new',
  words: MEETING_WORDS.new,
  aliases: ['mote ny'],
  role: 'member',
  fields: { when: { sv: 'datum och tid', en: 'date and time', aliases: ['datum', 'date'] }, place: { sv: 'plats', en: 'place' }, link: { sv: 'länk', en: 'link', aliases: ['lank'] } },
  positional: ['when'],
  variadic: true,
  schema: ({ today }) => z.object({ when: dateTime(today, { timeRequired: true }), place: text(200).optional(), link: link().optional() }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const now = ctx.clock.now();
    // The card is shared and updated in place, so it speaks the case's language.
    const t = caseTranslator(c);
    const { startsAt, skipped } = meetingStart(ctx.t, args.when, c, now);
    await ctx.write(async (tx) => {
      await refuseSameStart(tx, ctx.t, c, startsAt);
      const number = await nextNumber(tx, 'Meeting', c.id);
      const meeting = await tx.meeting.create({ data: { caseId: c.id, number, startsAt, place: args.place ?? null, link: args.link ?? null, createdAt: now } });
      await markScheduleChanged(tx, c.id); // the agenda DM before it
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'meeting.create', entity: 'Meeting', entityId: meeting.id, data: { number, startsAt, place: meeting.place, link: meeting.link } });
      const lead = joinRich([t('meeting.created', { name: ctx.user.displayName, number }), ...(skipped ? [t('meeting.skipped_time', skipped)] : [])], ' ');
      ctx.post(await meetingMessage(tx, c, meeting, now, { lead }), meetingRef(meeting));
    });
  },
});
