// Status reports (placement figures) of a case, as the domain's Report.
import { CATEGORIES, type Base, type Counts, type Report } from '../domain/figures.js';
import type { StatusReport } from '../generated/prisma/client.js';
import type { Tx } from './client.js';

/** The columns of a report's figures, for create and update: null for a category not reported. */
export function reportColumns(report: Report) {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, report.unreported?.includes(c) ? null : report.counts[c]]));
  return { reportDate: report.date, source: report.source, base: report.base, n: report.n, ...counts };
}

export function toReport(row: StatusReport): Report {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, row[c] ?? 0])) as Counts;
  const unreported = CATEGORIES.filter((c) => row[c] === null);
  return { date: row.reportDate, source: row.source, base: row.base as Base, n: row.n, counts, ...(unreported.length ? { unreported } : {}) };
}

/** Every report of the case, oldest first (by date, then by entry). */
export async function reportsOf(db: Tx, caseId: number): Promise<Report[]> {
  const rows = await db.statusReport.findMany({ where: { caseId }, orderBy: [{ reportDate: 'asc' }, { id: 'asc' }] });
  return rows.map(toReport);
}

export async function findReport(db: Tx, caseId: number, reportDate: string, source: string): Promise<StatusReport | null> {
  return db.statusReport.findUnique({ where: { caseId_reportDate_source: { caseId, reportDate, source } } });
}
