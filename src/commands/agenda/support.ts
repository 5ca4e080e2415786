// What the agenda and meeting commands share: finding an item, and the fields that name one (the
// agenda itself: services/agenda.ts).
import { z } from 'zod';
import { agendaItemByNumber, type AgendaEntry } from '../../store/agenda.js';
import type { Tx } from '../../store/client.js';
import type { Member } from '../../store/models.js';
import { hasRole, type MemberRole } from '../../domain/roles.js';
import { shortNumber } from '../args.js';
import { UserError } from '../context.js';

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
