import type { Tx } from './client.js';
import type { Prisma } from './models.js';

export const pollDetail = {
  options: { orderBy: { position: 'asc' } },
  ballots: { select: { voterKey: true, optionId: true, sealed: true } },
  decision: { include: { actions: { select: { number: true } } } },
} satisfies Prisma.PollInclude;

/** A poll with what its card shows: options, the ballots (without voters), the decision. */
export type PollDetail = Prisma.PollGetPayload<{ include: typeof pollDetail }>;

export async function pollByNumber(db: Tx, caseId: number, number: number): Promise<PollDetail | null> {
  return db.poll.findUnique({ where: { caseId_number: { caseId, number } }, include: pollDetail });
}

export async function pollById(db: Tx, id: number): Promise<PollDetail> {
  return db.poll.findUniqueOrThrow({ where: { id }, include: pollDetail });
}
