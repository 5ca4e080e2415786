// Writing ballots and a poll's final count. What an anonymous ballot holds is in
// src/domain/ballots.ts and src/domain/sealed-choice.ts; docs/ARCHITECTURE.md, "Anonymous polls".
import { keyedWith, type Voter } from '../domain/ballots.js';
import type { OptionTally } from '../domain/polls.js';
import { sealChoice } from '../domain/sealed-choice.js';
import type { Tx } from './client.js';

export interface BallotChoice {
  pollId: number;
  anonymous: boolean;
  voterKey: string;
  optionId: number;
  memberId: number;
}

/**
 * Stores a voter's choice under their key, replacing their earlier one in place. An anonymous
 * choice is sealed anew each time (a fresh nonce), so a changed vote looks like any other write.
 */
export async function storeBallot(tx: Tx, secret: string, b: BallotChoice): Promise<void> {
  const data = b.anonymous
    ? { optionId: null, sealed: sealChoice(secret, b.pollId, b.voterKey, b.optionId), memberId: null }
    : { optionId: b.optionId, sealed: null, memberId: b.memberId };
  await tx.ballot.upsert({ where: { pollId_voterKey: { pollId: b.pollId, voterKey: b.voterKey } }, create: { pollId: b.pollId, voterKey: b.voterKey, ...data }, update: data });
}

/** Records the count at close; an anonymous poll's sealed choices are erased, its ballots keep only who took part. */
export async function recordCount(tx: Tx, poll: { id: number; anonymous: boolean; options: readonly { id: number; position: number }[] }, counts: readonly OptionTally[]): Promise<void> {
  for (const o of poll.options) await tx.pollOption.update({ where: { id: o.id }, data: { votes: counts.find((c) => c.position === o.position)?.votes ?? 0 } });
  if (poll.anonymous) await tx.ballot.updateMany({ where: { pollId: poll.id }, data: { sealed: null } });
}

/**
 * Whether the poll's ballots were keyed with this secret: its first ballot's key is that of one
 * of the case's members (or organisations) under it. False after the secret was replaced.
 */
export async function keyedWithSecret(tx: Tx, secret: string, poll: { id: number; caseId: number; perOrganisation: boolean; ballots: readonly { voterKey: string }[] }): Promise<boolean> {
  const first = poll.ballots[0];
  if (!first) return true;
  const where = { where: { caseId: poll.caseId }, select: { id: true } };
  const candidates: Voter[] = poll.perOrganisation
    ? (await tx.organisation.findMany(where)).map((o) => ({ kind: 'organisation', id: o.id }))
    : (await tx.member.findMany(where)).map((m) => ({ kind: 'member', id: m.id }));
  return keyedWith(secret, poll.id, first.voterKey, candidates);
}
