// Gathers what the minutes of one meeting show (render/minutes/ writes them), and finds the
// version a user asked for: approved minutes come from their locked snapshot, drafts from today's data.
import { z } from 'zod';
import type { Report } from '../../domain/figures.js';
import { currentMeeting, meetingAgenda, meetingEnd, previousMeeting } from '../../domain/meetings.js';
import type { MinutesAction, MinutesContent, MinutesInput, MinutesPerson } from '../../domain/minutes.js';
import { clockText } from '../../render/when.js';
import { agendaItemsOf } from '../../store/agenda.js';
import type { Tx } from '../../store/client.js';
import { meetingsOf } from '../../store/meetings.js';
import { standinsOn } from '../../store/standins.js';
import { approvalOf, attendanceOf, latestMinutes, lockedInput, minutesVersion, type MinutesVersionRow } from '../../store/minutes.js';
import type { Case, Meeting, Prisma } from '../../store/models.js';
import { reportsOf } from '../../store/reports.js';
import { mentionsAsLabels } from '../../text/mention.js';
import { toIso } from '../../time/local-date.js';
import { todayIn } from '../../time/zone.js';
import { MEETING_FIELD } from '../agenda/support.js';
import { integer, meetingRef, type MeetingRef } from '../args.js';
import { requireCase, UserError, type CommandContext } from '../context.js';
import type { ArgEnv } from '../spec.js';
import type { Translate } from '../../i18n/index.js';
import { namedMeeting } from '../meeting/support.js';

/** The meeting a user named (by number or day), else the current one. */
export async function meetingByRef(db: Tx, t: Translate, c: Case, ref: MeetingRef | undefined, now: Date): Promise<Meeting> {
  if (ref && 'number' in ref) return namedMeeting(db, t, c, ref.number);
  const meetings = await meetingsOf(db, c.id);
  if (!ref) {
    const current = currentMeeting(meetings, now, c.timeZone);
    if (!current) throw new UserError('minutes.no_meeting');
    return current;
  }
  const date = toIso(ref.date);
  const onDay = meetings.filter((m) => toIso(todayIn(m.startsAt, c.timeZone)) === date);
  if (onDay.length === 1) return onDay[0]!;
  if (!onDay.length) throw new UserError('meeting.none_on_day', { date });
  const list = onDay.map((m) => `#${m.number} ${clockText(m.startsAt, c.timeZone)}`).join(', ');
  throw new UserError('meeting.several_on_day', { date, list, number: onDay[0]!.number });
}

type ActionRow = Prisma.ActionGetPayload<{ include: { owner: { include: { user: true } }; organisation: true } }>;

const actionLine = (a: ActionRow): MinutesAction => ({
  number: a.number, text: mentionsAsLabels(a.text), owner: a.owner?.user.displayName ?? null,
  organisation: a.organisation?.name ?? null, due: a.dueDate, status: a.status,
});

/** The latest report of each source on or before a day, by source. */
function latestPerSource(reports: readonly Report[], day: string): Report[] {
  const latest = new Map<string, Report>();
  for (const r of reports) if (r.date <= day) latest.set(r.source.toLowerCase(), r); // oldest first, so the last wins
  return [...latest.values()].sort((a, b) => a.source.localeCompare(b.source, 'sv'));
}

/** The minutes' content from the data as it is now. */
export async function minutesContent(db: Tx, c: Case, meeting: Meeting, now: Date): Promise<MinutesContent> {
  const meetings = await meetingsOf(db, c.id);
  const end = meetingEnd(meeting, meetings, c.timeZone);
  const previous = previousMeeting(meeting, meetings);
  const day = toIso(todayIn(meeting.startsAt, c.timeZone));
  // Actions are reported once: those since the previous meeting's window ended, up to this one's end.
  const since = previous ? meetingEnd(previous, meetings, c.timeZone) : new Date(0);
  const withOwner = { owner: { include: { user: true } }, organisation: true } as const;
  const [members, items, decisions, opened, closed, open, reports, attendance, standins] = await Promise.all([
    db.member.findMany({
      where: { caseId: c.id, joinedAt: { lt: end }, OR: [{ removedAt: null }, { removedAt: { gt: meeting.startsAt } }] },
      include: { user: true, organisation: true },
      orderBy: { id: 'asc' },
    }),
    agendaItemsOf(db, c.id),
    db.decision.findMany({ where: { meetingId: meeting.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    db.action.findMany({ where: { caseId: c.id, createdAt: { gte: since, lt: end } }, include: withOwner, orderBy: { number: 'asc' } }),
    db.action.findMany({ where: { caseId: c.id, status: { in: ['done', 'cancelled'] }, closedAt: { gte: since, lt: end } }, include: withOwner, orderBy: { number: 'asc' } }),
    // Open at the meeting's end: made before it, and not closed, or closed only after it.
    db.action.findMany({ where: { caseId: c.id, createdAt: { lt: end }, OR: [{ closedAt: null }, { closedAt: { gte: end } }] }, include: withOwner, orderBy: { number: 'asc' } }),
    reportsOf(db, c.id),
    attendanceOf(db, meeting.id),
    standinsOn(db, c.id, day),
  ]);
  const person = (userId: number, name: string): MinutesPerson => {
    const member = members.find((m) => m.userId === userId);
    return { name, organisation: member?.organisation?.name ?? null, ...(member?.role === 'leader' ? { leader: true } : {}) };
  };
  const of = (kind: string) => attendance.filter((a) => a.kind === kind && a.user).map((a) => person(a.user!.id, a.user!.displayName));
  const recordedIds = new Set(attendance.flatMap((a) => [a.userId, a.forUserId]).filter((id): id is number => id !== null));
  // A stand-in named for the meeting's day is in the minutes without being typed in: the member
  // they replace as absent. What `möte närvaro` recorded of either person wins.
  const named = standins.filter((s) => !recordedIds.has(s.userId) && !recordedIds.has(s.member.userId));
  const noted = new Set([...recordedIds, ...named.flatMap((s) => [s.userId, s.member.userId])]);
  const agenda = meetingAgenda(meeting, meetings, items, now, c.timeZone);
  const onItems = new Set(agenda.map(({ item }) => item.id));
  const stillOpen = open.map(actionLine);
  return {
    caseTitle: mentionsAsLabels(c.title), timeZone: c.timeZone,
    meeting: { number: meeting.number, startsAt: meeting.startsAt.toISOString(), date: day, place: meeting.place, link: meeting.link },
    attendance: {
      recorded: attendance.length > 0,
      present: of('present'),
      absent: [...of('absent'), ...named.map((s) => person(s.member.userId, s.member.user.displayName))],
      standIns: [
        ...attendance.filter((a) => a.kind === 'standin' && a.user && a.forUser).map((a) => ({ name: a.user!.displayName, forName: a.forUser!.displayName, organisation: person(a.forUser!.id, '').organisation })),
        ...named.map((s) => ({ name: s.user.displayName, forName: s.member.user.displayName, organisation: s.member.organisation?.name ?? null })),
      ],
      guests: attendance.filter((a) => a.kind === 'guest').map((a) => ({ name: a.name ?? '', organisation: a.organisation })),
      unrecorded: members.filter((m) => !noted.has(m.userId)).map((m) => person(m.userId, m.user.displayName)),
    },
    agenda: agenda.map(({ item, state }) => ({ number: item.number, text: mentionsAsLabels(item.text), state, decisions: decisions.filter((d) => d.agendaItemId === item.id).map((d) => mentionsAsLabels(d.text)) })),
    otherDecisions: decisions.filter((d) => d.agendaItemId === null || !onItems.has(d.agendaItemId)).map((d) => mentionsAsLabels(d.text)),
    figures: { threshold: c.suppressionThreshold, reports: latestPerSource(reports, day) },
    opened: opened.map(actionLine),
    closed: closed.map(actionLine),
    overdue: stillOpen.filter((a) => a.due < day),
    open: stillOpen.filter((a) => a.due >= day),
  };
}

/** A version's minutes: approved ones as they were locked, a draft from the data as it is now. */
export async function minutesInput(db: Tx, c: Case, meeting: Meeting, row: MinutesVersionRow | null, now: Date): Promise<MinutesInput> {
  const locked = row && lockedInput(row);
  if (locked) return locked;
  return { content: await minutesContent(db, c, meeting, now), approval: row && approvalOf(row), drafted: now.toISOString() };
}

/** The arguments of the minutes commands: a meeting by number or day, else the current one; a version. */
export const MINUTES_ARGS = {
  fields: { meeting: MEETING_FIELD, version: { sv: 'version', en: 'version' } },
  positional: ['meeting'],
  variadic: true,
  schema: ({ today }: ArgEnv) => z.object({ meeting: meetingRef(today).optional(), version: integer(1, 1000).optional() }),
};

export interface ShownMinutes {
  meeting: Meeting;
  row: MinutesVersionRow | null;
  input: MinutesInput;
}

/** The minutes of the meeting named (else the current one), of the version named (else the latest). */
export async function minutesFor(ctx: CommandContext, ref: MeetingRef | undefined, version?: number): Promise<ShownMinutes> {
  const c = requireCase(ctx);
  const now = ctx.clock.now();
  const meeting = await meetingByRef(ctx.db, ctx.t, c, ref, now);
  const row = version ? await minutesVersion(ctx.db, meeting.id, version) : await latestMinutes(ctx.db, meeting.id);
  if (version && !row) throw new UserError('minutes.no_version', { number: meeting.number, version });
  return { meeting, row, input: await minutesInput(ctx.db, c, meeting, row, now) };
}
