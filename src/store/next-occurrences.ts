// When the scheduled jobs next fall due (NextOccurrence: one row per job, case and subject), and
// the flag by which a change asks the scheduler to recompute a case's rows (Case.scheduleChanged).
import type { Tx } from './client.js';
import type { NextOccurrence } from './models.js';

export type OccurrenceKey = Pick<NextOccurrence, 'job' | 'caseId' | 'subject'>;
export type OccurrenceTime = Pick<NextOccurrence, 'period' | 'dueAt'>;

/** Called with every change that moves when a job falls due: a setting, a poll, a meeting, a status report. */
export async function markScheduleChanged(tx: Tx, caseId: number): Promise<void> {
  await tx.case.update({ where: { id: caseId }, data: { scheduleChanged: true } });
}

/** The cases whose schedule changed since a scheduler last recomputed them. */
export async function changedCaseIds(db: Tx): Promise<number[]> {
  return (await db.case.findMany({ where: { scheduleChanged: true }, select: { id: true }, orderBy: { id: 'asc' } })).map((c) => c.id);
}

/** Clears the flag of a changed case; false when another scheduler cleared it first. */
export async function takeChangedCase(tx: Tx, caseId: number): Promise<boolean> {
  const { count } = await tx.case.updateMany({ where: { id: caseId, scheduleChanged: true }, data: { scheduleChanged: false } });
  return count === 1;
}

/** The rows of open cases due by `to`, with their case. */
export async function dueOccurrences(db: Tx, to: Date) {
  return db.nextOccurrence.findMany({ where: { dueAt: { lte: to }, case: { status: 'open' } }, include: { case: true } });
}

export async function occurrencesOf(db: Tx, caseId: number): Promise<NextOccurrence[]> {
  return db.nextOccurrence.findMany({ where: { caseId } });
}

/** Replaces a case's rows of the named jobs. */
export async function replaceOccurrences(tx: Tx, caseId: number, jobs: readonly string[], rows: readonly NextOccurrence[]): Promise<void> {
  await tx.nextOccurrence.deleteMany({ where: { caseId, job: { in: [...jobs] } } });
  if (rows.length) await tx.nextOccurrence.createMany({ data: [...rows] });
}

/** Moves a row from one occurrence to the next (none: removes it); false when it no longer held `from`. */
export async function moveOccurrence(tx: Tx, key: OccurrenceKey, from: OccurrenceTime, to: OccurrenceTime | null): Promise<boolean> {
  const where = { ...key, period: from.period, dueAt: from.dueAt };
  const { count } = to ? await tx.nextOccurrence.updateMany({ where, data: to }) : await tx.nextOccurrence.deleteMany({ where });
  return count === 1;
}
