// Reading the members of a case.
import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from './client.js';

const VIEW = { user: true, organisation: true } as const satisfies Prisma.MemberInclude;

export type MemberView = Prisma.MemberGetPayload<{ include: typeof VIEW }>;

/** Active members with their user and organisation, in the order they joined. */
export async function activeMembers(db: Tx, caseId: number): Promise<MemberView[]> {
  return db.member.findMany({ where: { caseId, removedAt: null }, include: VIEW, orderBy: { id: 'asc' } });
}

export async function leaderCount(db: Tx, caseId: number): Promise<number> {
  return db.member.count({ where: { caseId, removedAt: null, role: 'leader' } });
}
