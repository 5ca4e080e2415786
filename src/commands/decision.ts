import { z } from 'zod';
import { textMessage } from '../core/message.js';
import { currentMeeting } from '../domain/meetings.js';
import { whenText } from '../render/when.js';
import { agendaItemByNumber } from '../store/agenda.js';
import { audit } from '../store/audit.js';
import type { Translate } from '../i18n/index.js';
import type { Tx } from '../store/client.js';
import { meetingsOf } from '../store/meetings.js';
import type { Case, Meeting } from '../store/models.js';
import { ITEM_FIELD, MEETING_FIELD } from './agenda/support.js';
import { freeText, shortNumber } from './args.js';
import { requireCase, requireMember, UserError } from './context.js';
import { storedText } from './people.js';
import { namedMeeting } from './meeting/support.js';
import { defineCommand } from './spec.js';

/** The named meeting, else the current one (domain/meetings.ts). */
async function meetingFor(tx: Tx, t: Translate, c: Case, number: number | undefined, now: Date): Promise<Meeting> {
  if (number !== undefined) return namedMeeting(tx, t, c, number);
  const current = currentMeeting(await meetingsOf(tx, c.id), now, c.timeZone);
  if (!current) throw new UserError('decision.no_meeting');
  return current;
}

export const decision = defineCommand({
  id: 'decision',
  words: { sv: 'beslut', en: 'decision' },
  aliases: ['decide'],
  role: 'member',
  fields: { text: { sv: 'text', en: 'text' }, item: ITEM_FIELD, meeting: MEETING_FIELD },
  positional: ['text'],
  variadic: true,
  schema: () => z.object({ text: freeText(1000), item: shortNumber().optional(), meeting: shortNumber().optional() }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const member = requireMember(ctx);
    const now = ctx.clock.now();
    await ctx.write(async (tx) => {
      const meeting = await meetingFor(tx, ctx.t, c, args.meeting, now);
      const item = args.item === undefined ? null : await agendaItemByNumber(tx, c.id, args.item);
      if (args.item !== undefined && !item) throw new UserError('agenda.not_found', { number: args.item });
      if (item?.status === 'removed') throw new UserError('decision.item_removed', { number: item.number });
      // An item is settled at its meeting: before that, the decision would claim a meeting not yet held.
      if (item && meeting.startsAt > now) throw new UserError('decision.meeting_ahead', { number: item.number, meeting: meeting.number, when: whenText(ctx.t, meeting.startsAt, c.timeZone) });
      if (item?.status === 'open') await tx.agendaItem.update({ where: { id: item.id }, data: { status: 'handled', meetingId: meeting.id, closedAt: now } });
      const text = await storedText(tx, ctx, args.text);
      const created = await tx.decision.create({ data: { caseId: c.id, meetingId: meeting.id, agendaItemId: item?.id ?? null, text, createdById: member.id, createdAt: now } });
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'decision.create', entity: 'Decision', entityId: created.id, data: { meeting: meeting.number, item: item?.number ?? null, text } });
      const params = { meeting: meeting.number, when: whenText(ctx.t, meeting.startsAt, c.timeZone), text };
      ctx.post(textMessage(item ? ctx.t('decision.recorded_item', { ...params, item: item.number }) : ctx.t('decision.recorded', params)));
    });
  },
});
