import { literal } from '../../text/rich.js';
import { defineCommand } from '../spec.js';
import { MINUTES_ARGS, minutesFor } from './data.js';

export const minutesShow = defineCommand({
  id: 'minutes',
  words: { sv: 'protokoll', en: 'minutes' },
  aliases: ['minnesanteckningar'],
  role: 'observer',
  ...MINUTES_ARGS,
  async handler(ctx, args) {
    ctx.reply({ text: literal((await minutesFor(ctx, args.meeting)).markdown) });
  },
});
