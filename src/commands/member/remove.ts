import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { actionById } from '../../store/actions.js';
import { audit } from '../../store/audit.js';
import { mention } from '../args.js';
import { requireCase } from '../context.js';
import { actionMessage, actionRef } from '../action/card.js';
import { PERSON_FIELD } from '../fields.js';
import { mentionedMember } from '../people.js';
import { defineCommand } from '../spec.js';
import { joinRich } from '../../text/rich.js';
import { keepALeader } from './last-leader.js';

// A member who leaves keeps nothing: every action they owned becomes unassigned, each with its
// own audit entry, and the cards of those actions are re-rendered.
export const memberRemove = defineCommand({
  id: 'member_remove',
  words: { sv: 'medlem ta bort', en: 'member remove' },
  role: 'leader',
  fields: { person: PERSON_FIELD },
  positional: ['person'],
  schema: () => z.object({ person: mention() }),
  async handler(ctx, { person }) {
    const c = requireCase(ctx);
    await ctx.write(async (tx) => {
      const { user, member } = await mentionedMember(tx, ctx, c.id, person);
      const params = { name: user.displayName, actor: ctx.user.displayName };
      await keepALeader(tx, member, user.displayName);
      await tx.member.update({ where: { id: member.id }, data: { removedAt: ctx.clock.now() } });
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'member.remove', entity: 'Member', entityId: member.id, data: { userId: user.id } });
      const owned = await tx.action.findMany({ where: { ownerId: member.id }, orderBy: { number: 'asc' } });
      for (const action of owned) {
        await tx.action.update({ where: { id: action.id }, data: { ownerId: null } });
        await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'action.unassign', entity: 'Action', entityId: action.id, data: { number: action.number, ownerId: member.id } });
        const view = await actionById(tx, action.id);
        ctx.update(actionRef(view), actionMessage(ctx, view));
      }
      const unassigned = owned.length ? [ctx.t('member.unassigned', { numbers: owned.map((a) => `#${a.number}`).join(', ') })] : [];
      ctx.post(textMessage(joinRich([ctx.t('member.removed', params), ...unassigned], '\n')));
    });
  },
});
