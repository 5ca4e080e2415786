// Queries behind the scheduled follow-ups and the digest: who gets reminded of what.
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

/** Active members who may vote (members and leaders) and have not voted in the poll. */
export async function nonVoters(db: Tx, caseId: number, pollId: number): Promise<MemberWithUser[]> {
  return db.member.findMany({
    where: { caseId, removedAt: null, role: { in: ['member', 'leader'] }, participations: { none: { pollId } } },
    include: { user: true },
    orderBy: { id: 'asc' },
  });
}

/** Votes per option, in the options' order. */
export async function pollResults(db: Tx, pollId: number): Promise<{ label: string; votes: number }[]> {
  const options = await db.pollOption.findMany({ where: { pollId }, include: { _count: { select: { ballots: true } } }, orderBy: { position: 'asc' } });
  return options.map((o) => ({ label: o.label, votes: o._count.ballots }));
}

/**
 * A meeting's agenda: its open items in order. Items not yet placed on a meeting are collected for
 * the next one, so they are included too.
 */
export async function agendaOf(db: Tx, caseId: number, meetingId: number): Promise<string[]> {
  const items = await db.agendaItem.findMany({
    where: { caseId, status: 'open', OR: [{ meetingId }, { meetingId: null }] },
    orderBy: [{ position: 'asc' }, { number: 'asc' }],
  });
  return items.map((i) => i.text);
}

/** The first planned meeting starting after `after`. */
export async function nextMeeting(db: Tx, caseId: number, after: Date) {
  return db.meeting.findFirst({ where: { caseId, status: 'planned', startsAt: { gt: after } }, orderBy: { startsAt: 'asc' } });
}
