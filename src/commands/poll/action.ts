// A poll that passed becomes an action in one step: the action points at the poll's decision.
import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { passedOption } from '../../domain/polls.js';
import { resultOf, resultText } from '../../render/poll-card.js';
import { audit } from '../../store/audit.js';
import type { Tx } from '../../store/client.js';
import { mentionedMember, membersOf, type MemberWithPerson } from '../../store/members.js';
import { nextNumber } from '../../store/numbers.js';
import { pollById, type PollDetail } from '../../store/polls.js';
import { compareDates, toIso } from '../../time/local-date.js';
import { mentionLabel, type Mention } from '../../text/mention.js';
import { date, freeText, mention, shortNumber } from '../args.js';
import { caseTranslator } from '../../services/case-texts.js';
import { senderOf } from '../../core/event.js';
import { requireCase, requireMember, UserError, type CommandContext } from '../context.js';
import { storedText } from '../people.js';
import { defineCommand } from '../spec.js';
import { neutral } from '../../text/rich.js';
import { settleDuePolls } from './closing.js';
import { pollCardFor, pollRef } from '../../services/poll-card.js';
import { POLL_FIELD, requirePoll } from './support.js';

/** The named owner, else the poll's creator while still a member, else the sender. */
async function ownerFor(tx: Tx, ctx: CommandContext, poll: PollDetail, named: Mention | undefined): Promise<MemberWithPerson> {
  const members = await membersOf(tx, poll.caseId);
  if (named) {
    const owner = mentionedMember(members, senderOf(ctx.event), named);
    if (!owner) throw new UserError('poll.owner_not_member', { name: mentionLabel(named) });
    return owner;
  }
  return members.find((m) => m.id === poll.createdById) ?? members.find((m) => m.id === requireMember(ctx).id)!;
}

export const pollAction = defineCommand({
  id: 'poll_action',
  words: { sv: 'omröstning åtgärd', en: 'poll action' },
  aliases: ['omrostning atgard'],
  role: 'member',
  fields: {
    poll: POLL_FIELD,
    due: { sv: 'senast', en: 'due' },
    owner: { sv: 'ansvarig', en: 'owner' },
    text: { sv: 'text', en: 'text' },
  },
  positional: ['poll'],
  schema: ({ today }) => z.object({ poll: shortNumber(), due: date(today), owner: mention().optional(), text: freeText(500).optional() }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const member = requireMember(ctx);
    if (compareDates(args.due, ctx.today) < 0) throw new UserError('poll.due_past', { date: toIso(args.due) });
    await ctx.write(async (tx) => {
      await settleDuePolls(ctx, tx);
      const poll = await requirePoll(tx, c.id, args.poll);
      if (poll.status !== 'closed' || !poll.decision) throw new UserError('poll.not_closed', { number: poll.number });
      const existing = poll.decision.actions[0];
      if (existing) throw new UserError('poll.has_action', { number: poll.number, action: existing.number });
      const option = passedOption(resultOf(poll));
      if (!option) throw new UserError('poll.not_passed', { number: poll.number, result: resultText(ctx.t, resultOf(poll)) });
      const owner = await ownerFor(tx, ctx, poll, args.owner);
      const number = await nextNumber(tx, 'Action', c.id);
      const actionText = args.text ? await storedText(tx, ctx, args.text) : neutral(caseTranslator(c)('poll.action_text', { question: poll.question, option: option.label }));
      const action = await tx.action.create({
        data: {
          caseId: c.id, number, text: actionText, ownerId: owner.id, organisationId: owner.organisationId, dueDate: toIso(args.due),
          createdById: member.id, decisionId: poll.decision.id, createdAt: ctx.clock.now(),
        },
      });
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'action.create', entity: 'Action', entityId: action.id, data: { number, poll: poll.number, ownerId: owner.id, due: action.dueDate } });
      const ownerName = owner.organisation ? `${owner.user.displayName} (${owner.organisation.name})` : owner.user.displayName;
      ctx.post(textMessage(ctx.t('poll.action_created', { number, poll: poll.number, text: actionText, owner: ownerName, due: action.dueDate })));
      ctx.update(pollRef(poll), await pollCardFor(tx, ctx.ballotSecret, c, await pollById(tx, poll.id)));
    });
  },
});
