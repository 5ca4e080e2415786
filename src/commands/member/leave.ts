import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { audit } from '../../store/audit.js';
import { joinRich } from '../../text/rich.js';
import { requireCase, requireMember } from '../context.js';
import { defineCommand } from '../spec.js';
import { keepALeader } from './last-leader.js';

// Leaving is a removal the member makes themselves: afterwards they see nothing and a join code
// does not readmit them (case/link.ts), as after `medlem ta bort`. Unlike a removal, their open
// actions stay theirs until a leader gives them to someone else; the leaders are told which.
export const memberLeave = defineCommand({
  id: 'member_leave',
  words: { sv: 'medlem lämna', en: 'member leave' },
  aliases: ['medlem lamna'],
  role: 'observer',
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    const me = requireMember(ctx);
    const now = ctx.clock.now();
    await ctx.write(async (tx) => {
      await keepALeader(tx, me, ctx.user.displayName);
      await tx.member.update({ where: { id: me.id }, data: { removedAt: now } });
      await audit(tx, { at: now, caseId: c.id, actorId: ctx.user.id, action: 'member.leave', entity: 'Member', entityId: me.id, data: { userId: ctx.user.id } });
      const open = await tx.action.findMany({ where: { ownerId: me.id, status: { in: ['open', 'in_progress'] } }, orderBy: { number: 'asc' } });
      const numbers = open.map((a) => `#${a.number}`).join(', ');
      const name = ctx.user.displayName;
      ctx.post(textMessage(joinRich([ctx.t('member.left', { name }), ...(open.length ? [ctx.t('member.left_actions', { name, numbers })] : [])], ' ')));
      ctx.reply(textMessage(joinRich([ctx.t('member.you_left', { title: c.title }), ...(open.length ? [ctx.t('member.you_left_actions', { numbers })] : [])], ' ')));
    });
  },
});
