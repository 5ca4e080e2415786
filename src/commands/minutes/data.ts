// Gathers what the minutes of one meeting show (render/minutes.ts writes them).
import { currentMeeting, meetingAgenda, meetingEnd, previousMeeting } from '../../domain/meetings.js';
import type { MinutesInput } from '../../render/minutes.js';
import { agendaItemsOf } from '../../store/agenda.js';
import type { Tx } from '../../store/client.js';
import { meetingsOf } from '../../store/meetings.js';
import type { Case, Meeting } from '../../store/models.js';
import { toIso } from '../../time/local-date.js';
import { todayIn } from '../../time/zone.js';
import { clockText } from '../../render/when.js';
import { z } from 'zod';
import { minutesMarkdown } from '../../render/minutes.js';
import { MEETING_FIELD } from '../agenda/support.js';
import { meetingRef, type MeetingRef } from '../args.js';
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

export async function minutesData(db: Tx, c: Case, meeting: Meeting, now: Date): Promise<MinutesInput> {
  const meetings = await meetingsOf(db, c.id);
  const end = meetingEnd(meeting, meetings, c.timeZone);
  const previous = previousMeeting(meeting, meetings);
  // Actions are reported once: those since the previous meeting's window ended, up to this one's end.
  const since = previous ? meetingEnd(previous, meetings, c.timeZone) : new Date(0);
  const withOwner = { owner: { include: { user: true } }, organisation: true } as const;
  const [attendees, items, decisions, opened, closed] = await Promise.all([
    db.member.findMany({
      where: { caseId: c.id, joinedAt: { lt: end }, OR: [{ removedAt: null }, { removedAt: { gt: meeting.startsAt } }] },
      include: { user: true, organisation: true },
      orderBy: { id: 'asc' },
    }),
    agendaItemsOf(db, c.id),
    db.decision.findMany({ where: { meetingId: meeting.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    db.action.findMany({ where: { caseId: c.id, createdAt: { gte: since, lt: end } }, include: withOwner, orderBy: { number: 'asc' } }),
    db.action.findMany({ where: { caseId: c.id, status: { in: ['done', 'cancelled'] }, closedAt: { gte: since, lt: end } }, include: withOwner, orderBy: { number: 'asc' } }),
  ]);
  return {
    caseTitle: c.title, timeZone: c.timeZone, now, meeting, attendees, decisions, opened, closed,
    agenda: meetingAgenda(meeting, meetings, items, now, c.timeZone),
  };
}

/** The arguments of the minutes commands: a meeting by number or day, else the current one. */
export const MINUTES_ARGS = {
  fields: { meeting: MEETING_FIELD },
  positional: ['meeting'],
  variadic: true,
  schema: ({ today }: ArgEnv) => z.object({ meeting: meetingRef(today).optional() }),
};

/** The minutes, in the sender's language, of the meeting named or else the current one. */
export async function minutesFor(ctx: CommandContext, ref: MeetingRef | undefined): Promise<{ meeting: Meeting; markdown: string }> {
  const c = requireCase(ctx);
  const now = ctx.clock.now();
  const meeting = await meetingByRef(ctx.db, ctx.t, c, ref, now);
  return { meeting, markdown: minutesMarkdown(ctx.t, await minutesData(ctx.db, c, meeting, now)) };
}
