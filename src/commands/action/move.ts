import { z } from 'zod';
import { isClosedStatus } from '../../domain/actions.js';
import { toIso } from '../../time/local-date.js';
import { shortNumber, upcomingDate } from '../args.js';
import { UserError } from '../context.js';
import { NUMBER_FIELD } from '../fields.js';
import { defineCommand } from '../spec.js';
import { changeAction } from './change.js';
import { ACTION_WORDS } from './words.js';

export const actionMove = defineCommand({
  id: 'action_move',
  words: ACTION_WORDS.move,
  role: 'member',
  fields: { number: NUMBER_FIELD, due: { sv: 'datum', en: 'date' } },
  positional: ['number', 'due'],
  // "5 dec" is two words.
  variadic: true,
  schema: ({ today }) => z.object({ number: shortNumber(), due: upcomingDate(today) }),
  async handler(ctx, { number, due }) {
    const to = toIso(due);
    await changeAction(ctx, number, () => 'progress', async (tx, action) => {
      if (isClosedStatus(action.status)) throw new UserError('action.is_closed', { nr: number, status: ctx.t(`action.status.${action.status}` as 'action.status.done') });
      if (action.dueDate === to) throw new UserError('action.same_due', { nr: number, due: to });
      await tx.action.update({ where: { id: action.id }, data: { dueDate: to } });
      return { audit: 'action.move', data: { from: action.dueDate, to }, reply: ctx.t('action.moved', { nr: number, due: to, was: action.dueDate }) };
    });
  },
});
