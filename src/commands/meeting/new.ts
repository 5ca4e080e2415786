import { z } from 'zod';
import { meetingCard } from '../../render/agenda-card.js';
import { cardMessage } from '../../render/card-text.js';
import { whenText } from '../../render/when.js';
import { audit } from '../../store/audit.js';
import { nextNumber } from '../../store/numbers.js';
import { markScheduleChanged } from '../../store/next-occurrences.js';
import { zonedToUtc } from '../../time/zone.js';
import { dateTime, link, text } from '../args.js';
import { currentAgenda } from '../../services/agenda.js';
import { requireCase, UserError } from '../context.js';
import { defineCommand } from '../spec.js';

export const meetingNew = defineCommand({
  id: 'meeting_new',
  words: { sv: 'möte ny', en: 'meeting new' },
  aliases: ['mote ny'],
  role: 'member',
  fields: { when: { sv: 'datum och tid', en: 'date and time', aliases: ['datum', 'date'] }, place: { sv: 'plats', en: 'place' }, link: { sv: 'länk', en: 'link', aliases: ['lank'] } },
  positional: ['when'],
  variadic: true,
  schema: ({ today }) => z.object({ when: dateTime(today, { timeRequired: true }), place: text(200).optional(), link: link().optional() }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const now = ctx.clock.now();
    const startsAt = zonedToUtc({ ...args.when.date, ...args.when.time! }, c.timeZone);
    if (startsAt <= now) throw new UserError('meeting.past', { when: whenText(ctx.t, startsAt, c.timeZone) });
    await ctx.write(async (tx) => {
      const same = await tx.meeting.findFirst({ where: { caseId: c.id, startsAt } });
      if (same) throw new UserError('meeting.duplicate', { number: same.number, when: whenText(ctx.t, startsAt, c.timeZone) });
      const number = await nextNumber(tx, 'Meeting', c.id);
      const meeting = await tx.meeting.create({ data: { caseId: c.id, number, startsAt, place: args.place ?? null, link: args.link ?? null, createdAt: now } });
      await markScheduleChanged(tx, c.id); // the agenda DM before it
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'meeting.create', entity: 'Meeting', entityId: meeting.id, data: { number, startsAt, place: meeting.place, link: meeting.link } });
      const card = meetingCard(ctx.t, meeting, await currentAgenda(tx, c, now), now, c.timeZone);
      ctx.post(cardMessage(card, ctx.t('meeting.created', { name: ctx.user.displayName, number })), { caseId: c.id, entity: 'meeting', id: meeting.id });
    });
  },
});
