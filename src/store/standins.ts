// Stand-ins (ersättare): who acts for which member of a case on a given local day.
import type { Tx } from './client.js';
import type { Prisma } from './models.js';

const withPeople = { user: true, member: { include: { user: true, organisation: true } } } satisfies Prisma.StandinInclude;
export type StandinWithPeople = Prisma.StandinGetPayload<{ include: typeof withPeople }>;

/** Stand-ins of the case in force on `day` (YYYY-MM-DD): not ended, period covering it, replaced member active. */
export async function standinsOn(db: Tx, caseId: number, day: string, userId?: number): Promise<StandinWithPeople[]> {
  return db.standin.findMany({
    where: { caseId, endedAt: null, from: { lte: day }, until: { gte: day }, member: { removedAt: null }, ...(userId !== undefined ? { userId } : {}) },
    include: withPeople,
    orderBy: { id: 'asc' },
  });
}

/** Stand-ins of the case not ended whose period has not passed by `day`: in force and coming. */
export async function standinsFrom(db: Tx, caseId: number, day: string): Promise<StandinWithPeople[]> {
  return db.standin.findMany({
    where: { caseId, endedAt: null, until: { gte: day }, member: { removedAt: null } },
    include: withPeople,
    orderBy: [{ from: 'asc' }, { id: 'asc' }],
  });
}
