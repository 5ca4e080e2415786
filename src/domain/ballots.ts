// Who a ballot belongs to, as a keyed hash: without the secret the key names nobody, with it the
// bot can find (and replace) a voter's own ballot. See docs/ARCHITECTURE.md, "Anonymous polls".
import { createHmac } from 'node:crypto';
import { openChoice } from './sealed-choice.js';

/** The unit that has one vote: a member, or an organisation in a poll with `per=organisation`. */
export type Voter = { kind: 'member'; id: number } | { kind: 'organisation'; id: number };

/** Whose vote a member casts: their own, or their organisation's (none without one) with `per=organisation`. */
export function voterFor(perOrganisation: boolean, member: { id: number; organisationId: number | null }): Voter | null {
  if (!perOrganisation) return { kind: 'member', id: member.id };
  return member.organisationId === null ? null : { kind: 'organisation', id: member.organisationId };
}

export function voterKey(secret: string, pollId: number, voter: Voter): string {
  const subject = voter.kind === 'member' ? `${pollId}:${voter.id}` : `${pollId}:organisation:${voter.id}`;
  return createHmac('sha256', secret).update(subject).digest('hex');
}

export interface StoredBallot {
  voterKey: string;
  optionId: number | null;
  sealed: Uint8Array | null;
}

/** Whether a voter has a ballot in the poll: the bot computes the voter's key, nothing stored names them. */
export function votedIn(secret: string, poll: { id: number; ballots: readonly { voterKey: string }[] }): (voter: Voter) => boolean {
  const keys = new Set(poll.ballots.map((b) => b.voterKey));
  return (voter) => keys.has(voterKey(secret, poll.id, voter));
}

/**
 * The option id of every ballot: in clear in an open poll, opened with the secret in an anonymous
 * one. Null when a sealed choice does not open, that is when the secret is not the one it was
 * sealed with: then the poll cannot be counted.
 */
export function choicesOf(secret: string, poll: { id: number; anonymous: boolean; ballots: readonly StoredBallot[] }): number[] | null {
  const choices: number[] = [];
  for (const b of poll.ballots) {
    const choice = poll.anonymous ? (b.sealed ? openChoice(secret, poll.id, b.voterKey, b.sealed) : null) : b.optionId;
    if (choice === null) return null;
    choices.push(choice);
  }
  return choices;
}

/** Whether a ballot was keyed with this secret: its key is that of one of the voters who could have cast it. */
export function keyedWith(secret: string, pollId: number, key: string, candidates: readonly Voter[]): boolean {
  return candidates.some((voter) => voterKey(secret, pollId, voter) === key);
}
