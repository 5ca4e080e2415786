// The frame of every change to an existing action: find it by number, check who may make the
// change, apply it, record it, re-render its card everywhere and confirm to the sender.
import { textMessage } from '../../core/message.js';
import { mayChange, type ActionChange } from '../../domain/actions.js';
import type { MemberRole } from '../../domain/roles.js';
import { actionById, actionByNumber, type ActionView } from '../../store/actions.js';
import { audit } from '../../store/audit.js';
import type { Tx } from '../../store/client.js';
import type { RichText } from '../../text/rich.js';
import { requireCase, requireMember, UserError, type CommandContext } from '../context.js';
import { actionMessage, actionRef } from './card.js';

export interface ChangeOutcome {
  /** The audit action, e.g. `action.status`, and what to record with it. */
  audit: string;
  data: Record<string, unknown>;
  /** The confirmation the sender sees. */
  reply: RichText;
}

export async function changeAction(
  ctx: CommandContext,
  number: number,
  needs: (action: ActionView) => ActionChange,
  apply: (tx: Tx, action: ActionView) => Promise<ChangeOutcome>,
): Promise<void> {
  const c = requireCase(ctx);
  const me = requireMember(ctx);
  await ctx.write(async (tx) => {
    const action = await actionByNumber(tx, c.id, number);
    if (!action) throw new UserError('action.not_found', { nr: number });
    const change = needs(action);
    if (!mayChange(change, { role: me.role as MemberRole, isOwner: action.ownerId === me.id })) {
      throw new UserError(change === 'progress' ? 'action.owner_only' : 'action.leader_only', { nr: number });
    }
    const outcome = await apply(tx, action);
    await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: outcome.audit, entity: 'Action', entityId: action.id, data: { number, ...outcome.data } });
    const fresh = await actionById(tx, action.id);
    ctx.update(actionRef(fresh), actionMessage(ctx, fresh));
    ctx.reply(textMessage(outcome.reply));
  });
}
