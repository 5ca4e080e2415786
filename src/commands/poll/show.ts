import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';
import { settleDuePolls } from './closing.js';
import { pollCardFor } from '../../services/poll-card.js';
import { ONE_POLL, requirePoll } from './support.js';

export const pollShow = defineCommand({
  id: 'poll_show',
  words: { sv: 'omröstning visa', en: 'poll show' },
  aliases: ['omrostning visa'],
  role: 'observer',
  standIn: true,
  ...ONE_POLL,
  async handler(ctx, args) {
    const c = requireCase(ctx);
    await ctx.write(async (tx) => {
      await settleDuePolls(ctx, tx);
      ctx.reply(await pollCardFor(tx, ctx.ballotSecret, c, await requirePoll(tx, c.id, args.poll)));
    });
  },
});
