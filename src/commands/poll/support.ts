// What the poll commands share: finding a poll by its number and rendering its card.
import { z } from 'zod';
import type { EntityRef } from '../../core/event.js';
import { votedIn } from '../../domain/ballots.js';
import { turnout, type EligibleVoter, type Turnout } from '../../domain/polls.js';
import type { Message } from '../../core/message.js';
import { pollCardMessage } from '../../render/poll-card.js';
import type { Tx } from '../../store/client.js';
import { membersOf, VOTING_ROLES } from '../../store/members.js';
import type { Case } from '../../store/models.js';
import { pollByNumber, type PollDetail } from '../../store/polls.js';
import { shortNumber } from '../args.js';
import { caseTranslator } from '../case-texts.js';
import type { RichText } from '../../text/rich.js';
import { UserError } from '../context.js';

/** The field that names a poll by its number. */
export const POLL_FIELD = { sv: 'omröstning', en: 'poll' } as const;

/** The arguments of a command that takes just a poll's number. */
export const ONE_POLL = { fields: { poll: POLL_FIELD }, positional: ['poll'], schema: () => z.object({ poll: shortNumber() }) };

export async function requirePoll(db: Tx, caseId: number, number: number): Promise<PollDetail> {
  const poll = await pollByNumber(db, caseId, number);
  if (!poll) throw new UserError('poll.not_found', { number });
  return poll;
}

export function pollRef(poll: { caseId: number; id: number }): EntityRef {
  return { caseId: poll.caseId, entity: 'poll', id: poll.id };
}

/** Leaders and members of the case, who may vote. */
export async function eligibleVoters(db: Tx, caseId: number): Promise<EligibleVoter[]> {
  return (await membersOf(db, caseId, VOTING_ROLES)).map((m) => ({ id: m.id, organisationId: m.organisationId, name: m.user.displayName, organisationName: m.organisation?.name ?? null }));
}

/** Who of those who may vote has voted, found by their ballot keys. */
export function turnoutIn(ballotSecret: string, poll: PollDetail, voters: readonly EligibleVoter[]): Turnout {
  return turnout(poll.perOrganisation, voters, votedIn(ballotSecret, poll));
}

/** The poll's card in the case's language. */
export async function pollCardFor(db: Tx, ballotSecret: string, c: Case, poll: PollDetail, lead?: RichText): Promise<Message> {
  const view = { poll, turnout: turnoutIn(ballotSecret, poll, await eligibleVoters(db, c.id)), timeZone: c.timeZone };
  return pollCardMessage(caseTranslator(c), view, lead);
}
