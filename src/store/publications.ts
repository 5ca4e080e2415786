// A case's publication (its public page) and what the page and its feed read.
import type { CasePublication } from '../generated/prisma/client.js';
import type { Db, Tx } from './client.js';

export type { CasePublication };

export async function publicationOf(db: Tx, caseId: number): Promise<CasePublication | null> {
  return db.casePublication.findUnique({ where: { caseId } });
}

/** The case behind a published address; null for an unknown address and an unpublished one alike. */
export async function publishedBySlug(db: Db, slug: string) {
  const row = await db.casePublication.findUnique({ where: { slug }, include: { case: true } });
  return row?.published ? row : null;
}

/** When each of these reports was last replaced (`figures.replace`), from the audit log. */
export async function reportsReplacedAt(db: Db, caseId: number, reportIds: readonly number[]): Promise<Map<number, Date>> {
  if (!reportIds.length) return new Map();
  const rows = await db.auditEntry.findMany({
    where: { caseId, action: 'figures.replace', entity: 'StatusReport', entityId: { in: [...reportIds] } },
    select: { entityId: true, createdAt: true },
  });
  const latest = new Map<number, Date>();
  for (const r of rows) {
    const at = latest.get(r.entityId!);
    if (!at || r.createdAt > at) latest.set(r.entityId!, r.createdAt);
  }
  return latest;
}
