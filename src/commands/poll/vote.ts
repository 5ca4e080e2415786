// A vote, stored under a keyed hash of the voter (src/domain/ballots.ts). In an anonymous poll the
// choice is sealed and nothing names the voter with it: the ballot has no member, the audit entry
// neither, the reply repeats no choice, and the card shows no count until the poll closes.
import { z } from 'zod';
import { voterFor, voterKey, type Voter } from '../../domain/ballots.js';
import { findOption } from '../../domain/polls.js';
import { audit } from '../../store/audit.js';
import type { Tx } from '../../store/client.js';
import type { Member } from '../../store/models.js';
import { keyedWithSecret, storeBallot } from '../../store/ballots.js';
import { pollById, type PollDetail } from '../../store/polls.js';
import { shortNumber, text } from '../args.js';
import { onBehalfOf, requireCase, requireMember, UserError, type CommandContext } from '../context.js';
import { defineCommand } from '../spec.js';
import { settleDuePolls } from './closing.js';
import { joinRich } from '../../text/rich.js';
import { pollCardFor, pollRef } from '../../services/poll-card.js';
import { POLL_FIELD, requirePoll } from './support.js';

function voterOf(poll: PollDetail, member: Member): Voter {
  const voter = voterFor(poll.perOrganisation, member);
  if (!voter) throw new UserError('poll.no_organisation', { number: poll.number });
  return voter;
}

/** Stores the choice under the voter's key, replacing an earlier one; true when it replaced one. */
async function castBallot(tx: Tx, ctx: CommandContext, poll: PollDetail, voter: Voter, optionId: number, member: Member): Promise<boolean> {
  const key = voterKey(ctx.ballotSecret, poll.id, voter);
  const earlier = poll.ballots.some((b) => b.voterKey === key);
  // Under another secret every voter would look new and could vote twice.
  if (!earlier && !(await keyedWithSecret(tx, ctx.ballotSecret, poll))) throw new UserError('poll.key_changed', { number: poll.number });
  await storeBallot(tx, ctx.ballotSecret, { pollId: poll.id, anonymous: poll.anonymous, voterKey: key, optionId, memberId: member.id });
  return earlier;
}

export const pollVote = defineCommand({
  id: 'poll_vote',
  words: { sv: 'rösta', en: 'vote' },
  aliases: ['rosta'],
  role: 'member',
  standIn: true,
  fields: { poll: POLL_FIELD, option: { sv: 'alternativ', en: 'option' } },
  positional: ['poll', 'option'],
  variadic: true,
  schema: () => z.object({ poll: shortNumber(), option: text(100) }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const member = requireMember(ctx);
    await ctx.write(async (tx) => {
      await settleDuePolls(ctx, tx);
      const poll = await requirePoll(tx, c.id, args.poll);
      if (poll.status !== 'open') throw new UserError('poll.closed', { number: poll.number });
      // A stand-in votes for the organisation only, never as the member they replace.
      if (ctx.standin && !poll.perOrganisation) throw new UserError('standin.vote_per_organisation', { number: poll.number, organisation: ctx.standin.organisationName ?? '' });
      const option = findOption(poll.options, args.option);
      if (!option) throw new UserError('poll.no_such_option', { number: poll.number, value: args.option, choices: poll.options.map((o) => `${o.position} (${o.label})`).join(', ') });
      const voter = voterOf(poll, member);
      const changed = await castBallot(tx, ctx, poll, voter, option.id, member);
      await audit(tx, poll.anonymous
        ? { at: ctx.clock.now(), caseId: c.id, action: 'poll.vote', entity: 'Poll', entityId: poll.id, data: { number: poll.number } }
        : { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'poll.vote', entity: 'Poll', entityId: poll.id, data: { number: poll.number, memberId: member.id, option: option.position, ...onBehalfOf(ctx) } });
      const params = { number: poll.number, option: option.label };
      const confirmation = poll.anonymous ? ctx.t(changed ? 'poll.vote_changed_anonymous' : 'poll.voted_anonymous', params) : ctx.t(changed ? 'poll.vote_changed' : 'poll.voted', params);
      const organisation = voter.kind === 'organisation' ? [ctx.t('poll.vote_for_organisation', { organisation: (await tx.organisation.findUniqueOrThrow({ where: { id: voter.id } })).name })] : [];
      ctx.reply({ text: joinRich([confirmation, ...organisation], ' ') });
      ctx.update(pollRef(poll), await pollCardFor(tx, ctx.ballotSecret, c, await pollById(tx, poll.id)));
    });
  },
});
