// What the meeting commands share: the start of a meeting from a typed day and time, and a
// meeting named by its number.
import type { Params, Translate } from '../../i18n/index.js';
import { skippedTime, whenText } from '../../render/when.js';
import type { Tx } from '../../store/client.js';
import { meetingByNumber } from '../../store/meetings.js';
import type { Case, Meeting } from '../../store/models.js';
import { zonedToUtc } from '../../time/zone.js';
import type { DayAndTime } from '../args.js';
import { UserError } from '../context.js';

/**
 * The instant a meeting typed as `when` starts, refused (in the sender's language `t`) if already
 * past. A time the clocks skip that day (summer time begins) becomes the same distance after the
 * gap; `skipped` then holds what to tell the group.
 */
export function meetingStart(t: Translate, when: DayAndTime, c: Case, now: Date): { startsAt: Date; skipped: Params | null } {
  const local = { ...when.date, ...when.time! };
  const startsAt = zonedToUtc(local, c.timeZone);
  if (startsAt <= now) throw new UserError('meeting.past', { when: whenText(t, startsAt, c.timeZone) });
  return { startsAt, skipped: skippedTime(local, startsAt, c.timeZone) };
}

/** Refuses a second meeting at the same instant (a cancelled one is no obstacle). */
export async function refuseSameStart(tx: Tx, t: Translate, c: Case, startsAt: Date, except?: number): Promise<void> {
  const same = await tx.meeting.findFirst({ where: { caseId: c.id, startsAt, status: { not: 'cancelled' }, ...(except ? { id: { not: except } } : {}) } });
  if (same) throw new UserError('meeting.duplicate', { number: same.number, when: whenText(t, startsAt, c.timeZone) });
}

/** A meeting named by number that is not cancelled: decisions, minutes and changes need one. */
export async function namedMeeting(db: Tx, t: Translate, c: Case, number: number): Promise<Meeting> {
  const meeting = await meetingByNumber(db, c.id, number);
  if (!meeting) throw new UserError('meeting.not_found', { number });
  if (meeting.status === 'cancelled') throw new UserError('meeting.is_cancelled', { number, when: whenText(t, meeting.startsAt, c.timeZone) });
  return meeting;
}
