// Changes to a case's N, read back from the audit log (`ärende ändra` stores old and new values
// there), so that the figures history can say when the base of its shares changed.
import type { Tx } from './client.js';

export interface AffectedChange {
  from: number;
  to: number;
  at: Date;
  /** The display name of whoever changed it. */
  by: string;
}

export async function affectedChanges(db: Tx, caseId: number): Promise<AffectedChange[]> {
  const rows = await db.auditEntry.findMany({
    where: { caseId, action: 'case.change', data: { contains: '"affected"' } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { data: true, createdAt: true, actor: { select: { displayName: true } } },
  });
  return rows.flatMap((row) => {
    const change = (JSON.parse(row.data) as { changes?: { affected?: { from: number; to: number } } }).changes?.affected;
    return change ? [{ from: change.from, to: change.to, at: row.createdAt, by: row.actor?.displayName ?? '' }] : [];
  });
}
