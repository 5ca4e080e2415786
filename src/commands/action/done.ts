import { z } from 'zod';
import { shortNumber } from '../args.js';
import { NUMBER_FIELD } from '../fields.js';
import { defineCommand } from '../spec.js';
import { setStatus } from './status.js';
import { ACTION_WORDS } from './words.js';

export const actionDone = defineCommand({
  id: 'action_done',
  words: ACTION_WORDS.done,
  role: 'member',
  fields: { number: NUMBER_FIELD },
  positional: ['number'],
  schema: () => z.object({ number: shortNumber() }),
  handler: (ctx, { number }) => setStatus(ctx, number, 'done'),
});
