// Queries behind the scheduled follow-ups: who gets reminded of what.
import { votedIn, voterFor } from '../domain/ballots.js';
import type { Tx } from './client.js';
import type { Member, User } from './models.js';

export type MemberWithUser = Member & { user: User };

/** Open actions due on or before `upTo` (YYYY-MM-DD) whose owner is still a member. */
export async function actionsDueBy(db: Tx, caseId: number, upTo: string) {
  return db.action.findMany({
    where: { caseId, status: { in: ['open', 'in_progress'] }, dueDate: { lte: upTo }, owner: { removedAt: null } },
    include: { owner: { include: { user: true } } },
    orderBy: [{ dueDate: 'asc' }, { number: 'asc' }],
  });
}

/**
 * Active members who may vote (members and leaders) and whose vote is missing: their own, or
 * their organisation's in a poll with per=organisation. Found by ballot keys, as the card does.
 */
export async function nonVoters(db: Tx, ballotSecret: string, poll: { id: number; caseId: number; perOrganisation: boolean }): Promise<MemberWithUser[]> {
  const [members, ballots] = await Promise.all([
    db.member.findMany({ where: { caseId: poll.caseId, removedAt: null, role: { in: ['member', 'leader'] } }, include: { user: true }, orderBy: { id: 'asc' } }),
    db.ballot.findMany({ where: { pollId: poll.id }, select: { voterKey: true } }),
  ]);
  const voted = votedIn(ballotSecret, { id: poll.id, ballots });
  return members.filter((m) => {
    const voter = voterFor(poll.perOrganisation, m);
    return voter !== null && !voted(voter);
  });
}

/** Records that the owners were reminded of these actions today, each at its present due date. */
export async function markReminded(tx: Tx, actions: readonly { id: number; dueDate: string }[], today: string): Promise<void> {
  const byDue = new Map<string, number[]>();
  for (const a of actions) byDue.set(a.dueDate, [...(byDue.get(a.dueDate) ?? []), a.id]);
  for (const [dueDate, ids] of byDue) await tx.action.updateMany({ where: { id: { in: ids } }, data: { remindedOn: today, remindedDue: dueDate } });
}
