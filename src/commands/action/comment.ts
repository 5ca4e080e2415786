import { z } from 'zod';
import { requireMember } from '../context.js';
import { freeText, shortNumber } from '../args.js';
import { NUMBER_FIELD } from '../fields.js';
import { storedText } from '../people.js';
import { defineCommand } from '../spec.js';
import { changeAction } from './change.js';
import { ACTION_WORDS } from './words.js';

export const actionComment = defineCommand({
  id: 'action_comment',
  words: ACTION_WORDS.comment,
  role: 'member',
  fields: { number: NUMBER_FIELD, text: { sv: 'text', en: 'text' } },
  positional: ['number', 'text'],
  variadic: true,
  schema: () => z.object({ number: shortNumber(), text: freeText(1000) }),
  async handler(ctx, args) {
    const author = requireMember(ctx);
    await changeAction(ctx, args.number, () => 'comment', async (tx, action) => {
      const comment = await tx.actionComment.create({ data: { actionId: action.id, authorId: author.id, text: await storedText(tx, ctx, args.text), createdAt: ctx.clock.now() } });
      return { audit: 'action.comment', data: { commentId: comment.id }, reply: ctx.t('action.commented', { nr: args.number }) };
    });
  },
});
