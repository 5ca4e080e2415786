// Reading activities with what their card shows: the creator's name and the poll they came from.
import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from './client.js';

const VIEW = { createdBy: { include: { user: true } }, poll: { select: { number: true } } } as const;

export type ActivityView = Prisma.ActivityGetPayload<{ include: typeof VIEW }>;

/** Earliest first; a day's activities by time, those without a time first. */
const ORDER: Prisma.ActivityOrderByWithRelationInput[] = [{ date: 'asc' }, { time: 'asc' }, { number: 'asc' }];

export function activityByNumber(db: Tx, caseId: number, number: number): Promise<ActivityView | null> {
  return db.activity.findUnique({ where: { caseId_number: { caseId, number } }, include: VIEW });
}

export function activityById(db: Tx, id: number): Promise<ActivityView> {
  return db.activity.findUniqueOrThrow({ where: { id }, include: VIEW });
}

export function findActivities(db: Tx, caseId: number, where: Prisma.ActivityWhereInput): Promise<ActivityView[]> {
  return db.activity.findMany({ where: { caseId, ...where }, include: VIEW, orderBy: ORDER });
}
