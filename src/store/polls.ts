import type { Tx } from './client.js';
import type { Prisma } from './models.js';

export const pollDetail = {
  options: { orderBy: { position: 'asc' } },
  ballots: { select: { optionId: true } },
  participations: { select: { member: { select: { id: true, organisationId: true } } } },
  decision: { include: { actions: { select: { number: true } } } },
} satisfies Prisma.PollInclude;

/** A poll with what its card shows: options, the choices (without voters), who took part, the decision. */
export type PollDetail = Prisma.PollGetPayload<{ include: typeof pollDetail }>;

export async function pollByNumber(db: Tx, caseId: number, number: number): Promise<PollDetail | null> {
  return db.poll.findUnique({ where: { caseId_number: { caseId, number } }, include: pollDetail });
}

export async function pollById(db: Tx, id: number): Promise<PollDetail> {
  return db.poll.findUniqueOrThrow({ where: { id }, include: pollDetail });
}

/** A free random row id for a ballot (see randomBallotId). */
export async function freeBallotId(db: Tx, draw: () => number): Promise<number> {
  for (;;) {
    const id = draw();
    if (!(await db.ballot.findUnique({ where: { id }, select: { id: true } }))) return id;
  }
}
