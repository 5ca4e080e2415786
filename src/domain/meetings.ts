// Which meeting is meant when nobody says: rules over a case's meetings, without storage.
//
// A meeting is "being held" from its start until the next meeting starts or its local day ends,
// whichever comes first. Open agenda items belong to the meeting being held, else to the next
// planned one (or wait for one); an item still open when a meeting's window ends is carried over.
import { addDays } from '../time/local-date.js';
import { todayIn, zonedToUtc } from '../time/zone.js';

export interface MeetingLike {
  id: number;
  number: number;
  startsAt: Date;
}

const byStart = <M extends MeetingLike>(meetings: readonly M[]): M[] => [...meetings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.number - b.number);

/** The end of a meeting's window: the next meeting's start or the end of its local day. */
export function meetingEnd(meeting: MeetingLike, meetings: readonly MeetingLike[], timeZone: string): Date {
  const midnight = zonedToUtc({ ...addDays(todayIn(meeting.startsAt, timeZone), 1), hour: 0, minute: 0 }, timeZone);
  const next = byStart(meetings).find((m) => m.startsAt > meeting.startsAt);
  return next && next.startsAt < midnight ? next.startsAt : midnight;
}

export function previousMeeting<M extends MeetingLike>(meeting: MeetingLike, meetings: readonly M[]): M | null {
  return byStart(meetings).filter((m) => m.startsAt < meeting.startsAt).at(-1) ?? null;
}

function latestStarted<M extends MeetingLike>(meetings: readonly M[], now: Date): M | null {
  return byStart(meetings).filter((m) => m.startsAt <= now).at(-1) ?? null;
}

/** The meeting the open agenda is for: the one being held, else the next planned one, else none. */
export function agendaMeeting<M extends MeetingLike>(meetings: readonly M[], now: Date, timeZone: string): M | null {
  const held = latestStarted(meetings, now);
  if (held && now < meetingEnd(held, meetings, timeZone)) return held;
  return byStart(meetings).find((m) => m.startsAt > now) ?? null;
}

/**
 * The meeting a decision or a handled item belongs to unless one is named: the agenda meeting,
 * else the latest one held (a decision recorded after the last meeting, with none planned).
 */
export function currentMeeting<M extends MeetingLike>(meetings: readonly M[], now: Date, timeZone: string): M | null {
  return agendaMeeting(meetings, now, timeZone) ?? latestStarted(meetings, now);
}

export interface AgendaItemLike {
  number: number;
  position: number;
  status: string; // open | handled | removed
  /** The meeting it was handled at. */
  meetingId: number | null;
  createdAt: Date;
  closedAt: Date | null;
}

/** handled: at this meeting; carried_over: still open when the meeting's window ended; open: not yet. */
export type ItemState = 'open' | 'handled' | 'carried_over';

/** The items that were (or are) on a meeting's agenda, in agenda order, with what became of each. */
export function meetingAgenda<I extends AgendaItemLike>(meeting: MeetingLike, meetings: readonly MeetingLike[], items: readonly I[], now: Date, timeZone: string): { item: I; state: ItemState }[] {
  const end = meetingEnd(meeting, meetings, timeZone);
  const startOf = new Map(meetings.map((m) => [m.id, m.startsAt]));
  const onAgenda = (i: I): boolean => {
    if (i.createdAt >= end) return false;
    if (i.status === 'removed') return i.closedAt !== null && i.closedAt >= end;
    if (i.status === 'handled' && i.meetingId !== meeting.id) return (startOf.get(i.meetingId!) ?? meeting.startsAt) > meeting.startsAt;
    return true;
  };
  return items
    .filter(onAgenda)
    .sort((a, b) => a.position - b.position || a.number - b.number)
    .map((item) => ({ item, state: item.status === 'handled' && item.meetingId === meeting.id ? 'handled' : now >= end ? 'carried_over' : 'open' }));
}
