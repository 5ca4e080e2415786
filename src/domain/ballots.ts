// Who a ballot belongs to, as a keyed hash: without the secret the key names nobody, with it the
// bot can find (and replace) a voter's own ballot. See docs/ARCHITECTURE.md, "Anonymous polls".
import { createHmac, randomInt } from 'node:crypto';

/** The unit that has one vote: a member, or an organisation in a poll with `per=organisation`. */
export type Voter = { kind: 'member'; id: number } | { kind: 'organisation'; id: number };

export function voterKey(secret: string, pollId: number, voter: Voter): string {
  const subject = voter.kind === 'member' ? `${pollId}:${voter.id}` : `${pollId}:organisation:${voter.id}`;
  return createHmac('sha256', secret).update(subject).digest('hex');
}


/**
 * A ballot's row id, drawn at random so that the order of the rows does not repeat the order in
 * which members voted (PollParticipation and the audit log keep that order).
 */
export function randomBallotId(): number {
  return randomInt(1, 2 ** 31 - 1);
}
