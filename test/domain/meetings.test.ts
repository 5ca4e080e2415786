import { describe, expect, it } from 'vitest';
import { agendaMeeting, currentMeeting, meetingAgenda, meetingEnd, previousMeeting } from '../../src/domain/meetings.js';

const TZ = 'Europe/Stockholm';
const at = (iso: string) => new Date(iso);
// Tuesday 24 Nov 10:00 and 13:00, Tuesday 1 Dec 10:00 (Stockholm is UTC+1 in winter).
const m1 = { id: 1, number: 1, startsAt: at('2026-11-24T09:00:00Z') };
const m2 = { id: 2, number: 2, startsAt: at('2026-11-24T12:00:00Z') };
const m3 = { id: 3, number: 3, startsAt: at('2026-12-01T09:00:00Z') };
const meetings = [m3, m1, m2];

describe('which meeting is meant', () => {
  it('ends a meeting at the next one on the same day, else at local midnight', () => {
    expect(meetingEnd(m1, meetings, TZ)).toEqual(m2.startsAt);
    expect(meetingEnd(m2, meetings, TZ)).toEqual(at('2026-11-24T23:00:00Z'));
    expect(meetingEnd(m3, meetings, TZ)).toEqual(at('2026-12-01T23:00:00Z'));
    expect(previousMeeting(m3, meetings)).toBe(m2);
    expect(previousMeeting(m1, meetings)).toBeNull();
  });

  it('gives the agenda to the meeting being held, else the next; decisions fall back to the last one held', () => {
    expect(agendaMeeting(meetings, at('2026-11-23T08:00:00Z'), TZ)).toBe(m1);
    expect(agendaMeeting(meetings, at('2026-11-24T11:00:00Z'), TZ)).toBe(m1);
    expect(agendaMeeting(meetings, at('2026-11-24T12:30:00Z'), TZ)).toBe(m2);
    expect(agendaMeeting(meetings, at('2026-11-25T08:00:00Z'), TZ)).toBe(m3);
    expect(agendaMeeting(meetings, at('2026-12-02T08:00:00Z'), TZ)).toBeNull();
    expect(currentMeeting(meetings, at('2026-12-02T08:00:00Z'), TZ)).toBe(m3);
    expect(currentMeeting([], at('2026-12-02T08:00:00Z'), TZ)).toBeNull();
  });

  it('reads what became of each item on a meeting\'s agenda', () => {
    const item = (number: number, status: string, meetingId: number | null, created: string, closed: string | null) =>
      ({ number, position: number, status, meetingId, createdAt: at(created), closedAt: closed ? at(closed) : null });
    const items = [
      item(1, 'handled', 1, '2026-11-23T08:00:00Z', '2026-11-24T09:30:00Z'), // handled at m1
      item(2, 'open', null, '2026-11-23T08:00:00Z', null), // carried over
      item(3, 'removed', null, '2026-11-23T08:00:00Z', '2026-11-24T09:10:00Z'), // removed during m1
      item(4, 'handled', 3, '2026-11-23T08:00:00Z', '2026-12-01T09:10:00Z'), // open at m1's end, handled later
      item(5, 'open', null, '2026-11-24T12:10:00Z', null), // added after m1
      item(6, 'removed', null, '2026-11-23T08:00:00Z', '2026-11-30T08:00:00Z'), // removed after m1
    ];
    const states = (m: typeof m1, now: string) => meetingAgenda(m, meetings, items, at(now), TZ).map((e) => `${e.item.number}:${e.state}`);
    expect(states(m1, '2026-11-24T09:40:00Z')).toEqual(['1:handled', '2:open', '4:open', '6:open']);
    expect(states(m1, '2026-12-02T08:00:00Z')).toEqual(['1:handled', '2:carried_over', '4:carried_over', '6:carried_over']);
    expect(states(m2, '2026-12-02T08:00:00Z')).toEqual(['2:carried_over', '4:carried_over', '5:carried_over', '6:carried_over']);
    expect(states(m3, '2026-12-01T09:30:00Z')).toEqual(['2:open', '4:handled', '5:open']);
  });
});
