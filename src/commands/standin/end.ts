// `ersättare avsluta [för=@y]`: ends today every stand-in of the member (the sender, or whom a
// leader names) that is in force or still to come.
import { z } from 'zod';
import { audit } from '../../store/audit.js';
import { standinsFrom } from '../../store/standins.js';
import { toIso } from '../../time/local-date.js';
import { mention } from '../args.js';
import { requireCase, UserError } from '../context.js';
import { defineCommand } from '../spec.js';
import { FOR_FIELD, replacedMember, standinLine } from './support.js';

export const standinEnd = defineCommand({
  id: 'standin_end',
  words: { sv: 'ersättare avsluta', en: 'standin end' },
  aliases: ['ersattare avsluta'],
  role: 'member',
  fields: { for: FOR_FIELD },
  schema: () => z.object({ for: mention().optional() }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    await ctx.write(async (tx) => {
      const replaced = await replacedMember(tx, ctx, c.id, args.for);
      const rows = (await standinsFrom(tx, c.id, toIso(ctx.today))).filter((s) => s.memberId === replaced.member.id);
      if (!rows.length) throw new UserError('standin.none_for', { name: replaced.user.displayName });
      const now = ctx.clock.now();
      ctx.post({ text: ctx.t('standin.ended', { actor: ctx.user.displayName, lines: rows.map((s) => standinLine(ctx.t, ctx.locale, s)).join('; ') }) });
      for (const s of rows) {
        await tx.standin.update({ where: { id: s.id }, data: { endedAt: now } });
        await audit(tx, { at: now, caseId: c.id, actorId: ctx.user.id, action: 'standin.end', entity: 'Standin', entityId: s.id, data: { memberId: s.memberId, userId: s.userId } });
        ctx.dm(s.user, { text: ctx.t('standin.ended_dm', { line: standinLine(ctx.t, ctx.locale, s), case: c.title }) });
      }
    });
  },
});
