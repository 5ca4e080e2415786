import { requireCase, requireMember, UserError } from '../context.js';
import { defineCommand } from '../spec.js';
import { closePoll } from '../../services/poll-closing.js';
import { publishClosing, settleDuePolls } from './closing.js';
import { ONE_POLL, requirePoll } from './support.js';

export const pollClose = defineCommand({
  id: 'poll_close',
  words: { sv: 'omröstning stäng', en: 'poll close' },
  aliases: ['omröstning stang', 'omrostning stang'],
  role: 'leader',
  ...ONE_POLL,
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const member = requireMember(ctx);
    const closing = await ctx.write(async (tx) => {
      await settleDuePolls(ctx, tx);
      const poll = await requirePoll(tx, c.id, args.poll);
      if (poll.status !== 'open') throw new UserError('poll.already_closed', { number: poll.number });
      return closePoll(tx, ctx.ballotSecret, c, poll, ctx.clock.now(), { userId: ctx.user.id, memberId: member.id });
    });
    publishClosing(ctx, closing);
  },
});
