// A poll's card as every view shows it — after a vote, in a list, when the poll closes — shared by
// the poll commands and the poll_close job.
import type { EntityRef } from '../core/event.js';
import type { Message } from '../core/message.js';
import { votedIn } from '../domain/ballots.js';
import { turnout, type EligibleVoter, type Turnout } from '../domain/polls.js';
import { pollCardMessage } from '../render/poll-card.js';
import type { Tx } from '../store/client.js';
import { membersOf, VOTING_ROLES } from '../store/members.js';
import type { Case } from '../store/models.js';
import type { PollDetail } from '../store/polls.js';
import type { RichText } from '../text/rich.js';
import { caseTranslator } from './case-texts.js';

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
