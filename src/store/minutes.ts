// Versions of a meeting's minutes, their justerare, and the attendance recorded for a meeting.
import type { MinutesApproval, MinutesContent, MinutesInput } from '../domain/minutes.js';
import type { Tx } from './client.js';
import type { Prisma } from './models.js';

const withApprovers = { approvers: { include: { user: true }, orderBy: { position: 'asc' } } } as const;
export type MinutesVersionRow = Prisma.MinutesVersionGetPayload<{ include: typeof withApprovers }>;

/** The newest version of a meeting's minutes, or null before anyone named justerare. */
export function latestMinutes(db: Tx, meetingId: number): Promise<MinutesVersionRow | null> {
  return db.minutesVersion.findFirst({ where: { meetingId }, include: withApprovers, orderBy: { version: 'desc' } });
}

export function minutesVersion(db: Tx, meetingId: number, version: number): Promise<MinutesVersionRow | null> {
  return db.minutesVersion.findUnique({ where: { meetingId_version: { meetingId, version } }, include: withApprovers });
}

export function approvalOf(row: MinutesVersionRow): MinutesApproval {
  return {
    version: row.version,
    correction: row.correction,
    approvers: row.approvers.map((a) => ({ name: a.user.displayName, approvedAt: a.approvedAt?.toISOString() ?? null })),
    approvedAt: row.approvedAt?.toISOString() ?? null,
  };
}

/** Approved minutes as they were locked: the stored snapshot, never today's data. */
export function lockedInput(row: MinutesVersionRow): MinutesInput | null {
  if (!row.snapshot || !row.approvedAt) return null;
  return { content: JSON.parse(row.snapshot) as MinutesContent, approval: approvalOf(row), drafted: row.approvedAt.toISOString() };
}

export interface ApprovedMinutes {
  meetingNumber: number;
  startsAt: Date;
  version: number;
  input: MinutesInput;
}

/**
 * The approved minutes of a case, newest meeting first: per meeting its latest approved version
 * (a correction still being approved leaves the earlier approved version in force). Drafts never.
 */
export async function approvedMinutesOf(db: Tx, caseId: number): Promise<ApprovedMinutes[]> {
  const rows = await db.minutesVersion.findMany({
    where: { meeting: { caseId }, approvedAt: { not: null } },
    include: { ...withApprovers, meeting: true },
    orderBy: [{ meeting: { startsAt: 'desc' } }, { version: 'desc' }],
  });
  const seen = new Set<number>();
  const out: ApprovedMinutes[] = [];
  for (const row of rows) {
    if (seen.has(row.meetingId)) continue;
    seen.add(row.meetingId);
    const input = lockedInput(row);
    if (input) out.push({ meetingNumber: row.meeting.number, startsAt: row.meeting.startsAt, version: row.version, input });
  }
  return out;
}

export type AttendanceRow = Prisma.MeetingAttendanceGetPayload<{ include: { user: true; forUser: true } }>;

export function attendanceOf(db: Tx, meetingId: number): Promise<AttendanceRow[]> {
  return db.meetingAttendance.findMany({ where: { meetingId }, include: { user: true, forUser: true }, orderBy: { id: 'asc' } });
}
