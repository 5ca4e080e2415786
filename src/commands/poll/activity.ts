// A poll that passed becomes an activity in one step: its question is the title, and the activity
// points back at the poll (as `omröstning åtgärd` makes an action of it).
import { z } from 'zod';
import { passedOption } from '../../domain/polls.js';
import { resultOf, resultText } from '../../render/poll-card.js';
import { mentionsAsLabels } from '../../text/mention.js';
import { shortNumber } from '../args.js';
import { requireCase, UserError } from '../context.js';
import { defineCommand } from '../spec.js';
import { WHEN_WHERE_FIELDS, whenWhereSchema } from '../activity/new.js';
import { createActivity } from '../activity/support.js';
import { settleDuePolls } from './closing.js';
import { POLL_FIELD, requirePoll } from './support.js';

export const pollActivity = defineCommand({
  id: 'poll_activity',
  words: { sv: 'omröstning aktivitet', en: 'poll activity' },
  aliases: ['omrostning aktivitet'],
  role: 'member',
  fields: { poll: POLL_FIELD, ...WHEN_WHERE_FIELDS },
  positional: ['poll'],
  flags: ['public'],
  schema: ({ today }) => z.object({ poll: shortNumber(), ...whenWhereSchema(today) }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    await ctx.write(async (tx) => {
      await settleDuePolls(ctx, tx);
      const poll = await requirePoll(tx, c.id, args.poll);
      if (poll.status !== 'closed') throw new UserError('activity.poll_not_closed', { number: poll.number });
      if (!passedOption(resultOf(poll))) throw new UserError('activity.poll_not_passed', { number: poll.number, result: resultText(ctx.t, resultOf(poll)) });
      const existing = await tx.activity.findFirst({ where: { pollId: poll.id } });
      if (existing) throw new UserError('activity.poll_has_activity', { number: poll.number, nr: existing.number });
      // A mention in the question reads as the name it shows: the title may reach the public page.
      const title = mentionsAsLabels(poll.question);
      await createActivity(ctx, tx, { ...args, title, kind: args.kind ?? 'other', pollId: poll.id }, (number) => ctx.t('activity.from_poll', { nr: number, poll: poll.number }));
    });
  },
});
