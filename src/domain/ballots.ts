// Who a ballot belongs to, as a keyed hash: without the secret the key names nobody, with it the
// bot can find (and replace) a voter's own ballot. See docs/ARCHITECTURE.md, "Anonymous polls".
import { createHmac } from 'node:crypto';

/** The unit that has one vote: a member, or an organisation in a poll with `per=organisation`. */
export type Voter = { kind: 'member'; id: number } | { kind: 'organisation'; id: number };

export function voterKey(secret: string, pollId: number, voter: Voter): string {
  const subject = voter.kind === 'member' ? `${pollId}:${voter.id}` : `${pollId}:organisation:${voter.id}`;
  return createHmac('sha256', secret).update(subject).digest('hex');
}

