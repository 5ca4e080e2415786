// What the agenda and meeting commands share: the agenda as it stands now, and finding an item.
import { z } from 'zod';
import { agendaMeeting, meetingAgenda } from '../../domain/meetings.js';
import type { Message } from '../../core/message.js';
import { agendaCard, type AgendaView } from '../../render/agenda-card.js';
import { cardMessage } from '../../render/card-text.js';
import { agendaItemByNumber, agendaItemsOf, type AgendaEntry } from '../../store/agenda.js';
import type { Tx } from '../../store/client.js';
import { meetingsOf } from '../../store/meetings.js';
import type { Case, Member } from '../../store/models.js';
import { hasRole, type MemberRole } from '../../domain/roles.js';
import { shortNumber } from '../args.js';
import { caseTranslator } from '../case-texts.js';
import { UserError } from '../context.js';

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

/** An item that is still open, by its number. */
export async function requireOpenItem(db: Tx, caseId: number, number: number, t: (key: 'agenda.state.handled' | 'agenda.state.removed') => string): Promise<AgendaEntry> {
  const item = await agendaItemByNumber(db, caseId, number);
  if (!item) throw new UserError('agenda.not_found', { number });
  if (item.status !== 'open') throw new UserError('agenda.not_open', { number, state: t(item.status === 'handled' ? 'agenda.state.handled' : 'agenda.state.removed') });
  return item;
}

/** Leaders may reorder or remove any item, members only those they proposed. */
export function requireMayChange(member: Member, item: AgendaEntry): void {
  if (item.proposedById !== member.id && !hasRole(member.role as MemberRole, 'leader')) {
    throw new UserError('agenda.not_yours', { number: item.number, name: item.proposedBy.user.displayName });
  }
}

/** The field that names an agenda item by its number. */
export const ITEM_FIELD = { sv: 'punkt', en: 'item' } as const;

/** The arguments of a command that takes just an agenda item's number. */
export const ONE_ITEM = { fields: { item: ITEM_FIELD }, positional: ['item'], schema: () => z.object({ item: shortNumber() }) };

/** The field that names a meeting. */
export const MEETING_FIELD = { sv: 'möte', en: 'meeting', aliases: ['mote'] } as const;
