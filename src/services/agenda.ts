// The agenda as it stands now, and as every member gets it by direct message: shared by the agenda
// and meeting commands and the agenda_dm job.
import type { Message } from '../core/message.js';
import { agendaMeeting, meetingAgenda } from '../domain/meetings.js';
import { agendaCard, type AgendaView } from '../render/agenda-card.js';
import { cardMessage } from '../render/card-text.js';
import { agendaItemsOf } from '../store/agenda.js';
import type { Tx } from '../store/client.js';
import { meetingsOf } from '../store/meetings.js';
import type { Case, Meeting, User } from '../store/models.js';
import { membersOf } from '../store/members.js';
import { standinsOn } from '../store/standins.js';
import { toIso } from '../time/local-date.js';
import { todayIn } from '../time/zone.js';
import { caseTranslator } from './case-texts.js';

/**
 * The agenda of a meeting (by default the one being held or planned next); without one, the
 * items waiting for it.
 */
export async function currentAgenda(db: Tx, c: Case, now: Date, meetingId?: number): Promise<AgendaView> {
  const [meetings, items] = await Promise.all([meetingsOf(db, c.id), agendaItemsOf(db, c.id)]);
  const meeting = meetingId === undefined ? agendaMeeting(meetings, now, c.timeZone) : meetings.find((m) => m.id === meetingId);
  if (meeting) return { meeting, entries: meetingAgenda(meeting, meetings, items, now, c.timeZone) };
  return { meeting: null, entries: items.filter((i) => i.status === 'open').map((item) => ({ item, state: 'open' as const })) };
}

/** The agenda as every member gets it by direct message: from `dagordning skicka` and before each meeting. */
export function agendaDm(c: Case, agenda: AgendaView): Message {
  const t = caseTranslator(c);
  return cardMessage(agendaCard(t, agenda, c.timeZone), t('agenda.dm_lead', { case: c.title }));
}

/**
 * Who gets a meeting's agenda by direct message: every active member and, in addition to the
 * member they replace (who may still want to follow), every stand-in in force on the meeting's day.
 */
export async function agendaRecipients(db: Tx, c: Case, meeting: Meeting): Promise<User[]> {
  const [members, standins] = await Promise.all([membersOf(db, c.id), standinsOn(db, c.id, toIso(todayIn(meeting.startsAt, c.timeZone)))]);
  const users = [...members.map((m) => m.user), ...standins.map((s) => s.user)];
  return users.filter((u, i) => users.findIndex((v) => v.id === u.id) === i);
}
