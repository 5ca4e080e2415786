import { z } from 'zod';
import { isClosedStatus, STATUS_WORDS, statusChange, type SettableStatus } from '../../domain/actions.js';
import { choice, shortNumber } from '../args.js';
import { UserError, type CommandContext } from '../context.js';
import { NUMBER_FIELD } from '../fields.js';
import { defineCommand } from '../spec.js';
import { changeAction } from './change.js';
import { ACTION_WORDS } from './words.js';

/** Sets the status of action #number; closing stamps closedAt, reopening clears it. */
export async function setStatus(ctx: CommandContext, number: number, status: SettableStatus): Promise<void> {
  const label = ctx.t(`action.status.${status}`);
  await changeAction(ctx, number, (a) => statusChange(a.status, status), async (tx, action) => {
    if (action.status === status) throw new UserError('action.already', { nr: number, status: label });
    await tx.action.update({ where: { id: action.id }, data: { status, closedAt: isClosedStatus(status) ? ctx.clock.now() : null } });
    return { audit: 'action.status', data: { from: action.status, to: status }, reply: ctx.t('action.status_set', { nr: number, status: label }) };
  });
}

export const actionStatus = defineCommand({
  id: 'action_status',
  words: ACTION_WORDS.status,
  role: 'member',
  fields: { number: NUMBER_FIELD, status: { sv: 'status', en: 'status' } },
  positional: ['number', 'status'],
  // `in progress` is two words: the status takes the rest of the line.
  variadic: true,
  schema: () => z.object({ number: shortNumber(), status: choice(STATUS_WORDS) }),
  handler: (ctx, { number, status }) => setStatus(ctx, number, status),
});
