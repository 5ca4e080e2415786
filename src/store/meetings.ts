import type { Tx } from './client.js';
import type { Meeting } from './models.js';

/** Every meeting of a case in time order. */
export async function meetingsOf(db: Tx, caseId: number): Promise<Meeting[]> {
  return db.meeting.findMany({ where: { caseId }, orderBy: [{ startsAt: 'asc' }, { number: 'asc' }] });
}
