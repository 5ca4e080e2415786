// `ersättare @x till=<datum> [från=<datum>] [för=@y]`: x acts for member y (the sender unless a
// leader names another) and y's organisation from the first day to the last, both included.
import { z } from 'zod';
import { audit } from '../../store/audit.js';
import { activeMember } from '../../store/cases.js';
import { standinsOn } from '../../store/standins.js';
import { compareDates, toIso } from '../../time/local-date.js';
import { date, mention } from '../args.js';
import { requireCase, UserError } from '../context.js';
import { PERSON_FIELD } from '../fields.js';
import { mentionedUser } from '../people.js';
import { defineCommand } from '../spec.js';
import { FOR_FIELD, replacedMember, standinLine } from './support.js';

export const standinAdd = defineCommand({
  id: 'standin_add',
  words: { sv: 'ersättare', en: 'standin' },
  aliases: ['ersattare', 'stand-in'],
  role: 'member',
  fields: { person: PERSON_FIELD, until: { sv: 'till', en: 'until' }, from: { sv: 'från', en: 'from' }, for: FOR_FIELD },
  positional: ['person'],
  schema: ({ today }) => z.object({ person: mention(), until: date(today), from: date(today).optional(), for: mention().optional() }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const from = args.from ?? ctx.today;
    if (compareDates(args.until, ctx.today) < 0) throw new UserError('standin.until_past', { until: toIso(args.until) });
    if (compareDates(args.until, from) < 0) throw new UserError('standin.until_before_from', { from: toIso(from), until: toIso(args.until) });
    await ctx.write(async (tx) => {
      const replaced = await replacedMember(tx, ctx, c.id, args.for);
      if (replaced.member.organisationId === null) throw new UserError('standin.no_organisation', { name: replaced.user.displayName });
      const user = await mentionedUser(tx, ctx, args.person);
      if (user.id === replaced.user.id) throw new UserError('standin.self', { name: user.displayName });
      // A member acts for their own organisation; as a stand-in they would hold two votes.
      if (await activeMember(tx, c.id, user.id)) throw new UserError('standin.is_member', { name: user.displayName });
      const now = ctx.clock.now();
      // Naming the same person again for the same member replaces the earlier period.
      await tx.standin.updateMany({ where: { caseId: c.id, memberId: replaced.member.id, userId: user.id, endedAt: null }, data: { endedAt: now } });
      const row = await tx.standin.create({
        data: { caseId: c.id, memberId: replaced.member.id, userId: user.id, createdById: ctx.user.id, from: toIso(from), until: toIso(args.until), createdAt: now },
      });
      await audit(tx, { at: now, caseId: c.id, actorId: ctx.user.id, action: 'standin.add', entity: 'Standin', entityId: row.id, data: { memberId: replaced.member.id, userId: user.id, from: row.from, until: row.until } });
      const shown = (await standinsOn(tx, c.id, row.from, user.id)).find((s) => s.id === row.id)!;
      const line = standinLine(ctx.t, ctx.locale, shown);
      ctx.post({ text: ctx.t('standin.added', { actor: ctx.user.displayName, line }) });
      ctx.dm(user, { text: ctx.t('standin.added_dm', { line, case: c.title }) });
    });
  },
});
