import type { Tx } from './client.js';
import type { Prisma } from './models.js';

const withProposer = { proposedBy: { include: { user: true } } } satisfies Prisma.AgendaItemInclude;
export type AgendaEntry = Prisma.AgendaItemGetPayload<{ include: typeof withProposer }>;

/** Every agenda item of a case with its proposer, in agenda order. */
export async function agendaItemsOf(db: Tx, caseId: number): Promise<AgendaEntry[]> {
  return db.agendaItem.findMany({ where: { caseId }, include: withProposer, orderBy: [{ position: 'asc' }, { number: 'asc' }] });
}

export async function agendaItemByNumber(db: Tx, caseId: number, number: number): Promise<AgendaEntry | null> {
  return db.agendaItem.findUnique({ where: { caseId_number: { caseId, number } }, include: withProposer });
}
