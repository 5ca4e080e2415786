import type { Tx } from './client.js';
import type { Meeting } from './models.js';

/** Every meeting of a case that is held or planned (not cancelled), in time order. */
export async function meetingsOf(db: Tx, caseId: number): Promise<Meeting[]> {
  return db.meeting.findMany({ where: { caseId, status: { not: 'cancelled' } }, orderBy: [{ startsAt: 'asc' }, { number: 'asc' }] });
}

/** A meeting by its short number, cancelled or not. */
export async function meetingByNumber(db: Tx, caseId: number, number: number): Promise<Meeting | null> {
  return db.meeting.findUnique({ where: { caseId_number: { caseId, number } } });
}

/** Cancelled meetings that would still be ahead, so that `möte visa` can say they are off. */
export async function cancelledAhead(db: Tx, caseId: number, now: Date): Promise<Meeting[]> {
  return db.meeting.findMany({ where: { caseId, status: 'cancelled', startsAt: { gt: now } }, orderBy: [{ startsAt: 'asc' }, { number: 'asc' }] });
}
