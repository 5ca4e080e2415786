import { z } from 'zod';
import { shortNumber } from '../args.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';
import { activityMessage } from './card.js';
import { requireActivity } from './support.js';
import { ACTIVITY_FIELD, ACTIVITY_WORDS } from './words.js';

export const activityShow = defineCommand({
  id: 'activity_show',
  words: ACTIVITY_WORDS.show,
  aliases: ['aktivitet', 'activity'],
  role: 'observer',
  standIn: true,
  readOnly: true,
  fields: { number: ACTIVITY_FIELD },
  positional: ['number'],
  schema: () => z.object({ number: shortNumber() }),
  async handler(ctx, args) {
    ctx.reply(activityMessage(ctx, await requireActivity(ctx.db, requireCase(ctx).id, args.number)));
  },
});
