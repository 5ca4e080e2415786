import { z } from 'zod';
import { actionDetail } from '../../store/actions.js';
import { shortNumber } from '../args.js';
import { requireCase, UserError } from '../context.js';
import { NUMBER_FIELD } from '../fields.js';
import { defineCommand } from '../spec.js';
import { actionDetailMessage } from './card.js';
import { ACTION_WORDS } from './words.js';

// The card shows the last comment only; this shows the whole history and the decision behind it.
export const actionShow = defineCommand({
  id: 'action_show',
  words: ACTION_WORDS.show,
  aliases: ['atgard visa'],
  role: 'observer',
  standIn: true,
  readOnly: true,
  fields: { number: NUMBER_FIELD },
  positional: ['number'],
  schema: () => z.object({ number: shortNumber() }),
  async handler(ctx, { number }) {
    const c = requireCase(ctx);
    const action = await actionDetail(ctx.db, c.id, number);
    if (!action) throw new UserError('action.not_found', { nr: number });
    ctx.reply(actionDetailMessage(ctx, action));
  },
});
