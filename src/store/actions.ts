// Reading and numbering actions. Changes are made by the commands inside their transactions.
import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from './client.js';

/** What an action's card and list line show: owner with user, organisation, comments with authors. */
const VIEW = {
  owner: { include: { user: true } },
  organisation: true,
  comments: { include: { author: { include: { user: true } } }, orderBy: { id: 'asc' } },
} as const satisfies Prisma.ActionInclude;

export type ActionView = Prisma.ActionGetPayload<{ include: typeof VIEW }>;

export async function nextActionNumber(db: Tx, caseId: number): Promise<number> {
  const last = await db.action.findFirst({ where: { caseId }, orderBy: { number: 'desc' }, select: { number: true } });
  return (last?.number ?? 0) + 1;
}

export async function actionByNumber(db: Tx, caseId: number, number: number): Promise<ActionView | null> {
  return db.action.findUnique({ where: { caseId_number: { caseId, number } }, include: VIEW });
}

/** What `åtgärd visa` adds to the card: the decision it carries out, with its meeting or poll. */
export type ActionDetail = ActionView & { decision: Prisma.DecisionGetPayload<{ include: { meeting: true; poll: true } }> | null };

export async function actionDetail(db: Tx, caseId: number, number: number): Promise<ActionDetail | null> {
  return db.action.findUnique({ where: { caseId_number: { caseId, number } }, include: { ...VIEW, decision: { include: { meeting: true, poll: true } } } });
}

export async function actionById(db: Tx, id: number): Promise<ActionView> {
  return db.action.findUniqueOrThrow({ where: { id }, include: VIEW });
}

/** Actions of a case matching `where`, by due date and then number. */
export async function findActions(db: Tx, caseId: number, where: Prisma.ActionWhereInput): Promise<ActionView[]> {
  return db.action.findMany({ where: { ...where, caseId }, include: VIEW, orderBy: [{ dueDate: 'asc' }, { number: 'asc' }] });
}
