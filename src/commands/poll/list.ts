import { z } from 'zod';
import { cardMessage } from '../../render/card-text.js';
import { resultOf, resultText, turnoutText } from '../../render/poll-card.js';
import { pollDetail } from '../../store/polls.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';
import { settleDuePolls } from './closing.js';
import { joinRich } from '../../text/rich.js';
import { eligibleVoters, turnoutIn } from '../../services/poll-card.js';

export const pollList = defineCommand({
  id: 'poll_list',
  words: { sv: 'omröstning lista', en: 'poll list' },
  aliases: ['omröstningar', 'omrostning lista', 'polls'],
  role: 'observer',
  standIn: true,
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    const { polls, voters } = await ctx.write(async (tx) => {
      await settleDuePolls(ctx, tx);
      return { polls: await tx.poll.findMany({ where: { caseId: c.id }, include: pollDetail, orderBy: { number: 'asc' } }), voters: await eligibleVoters(tx, c.id) };
    });
    if (!polls.length) return ctx.reply({ text: ctx.t('poll.list.empty') });
    const lines = polls.map((poll) => (poll.status === 'open'
      ? ctx.t('poll.list.open', { number: poll.number, question: poll.question, turnout: turnoutText(ctx.t, { poll, turnout: turnoutIn(ctx.ballotSecret, poll, voters), timeZone: c.timeZone }) })
      : ctx.t('poll.list.closed', { number: poll.number, question: poll.question, result: resultText(ctx.t, resultOf(poll)) })));
    ctx.reply(cardMessage({ title: ctx.t('poll.list.title'), sections: [{ text: joinRich(lines, '\n') }] }));
  },
});
