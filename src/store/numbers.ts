import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from './client.js';

/** Tables whose rows carry a short number counted per case (poll #1, agenda item #1, …). */
export type NumberedTable = 'Poll' | 'Meeting' | 'AgendaItem' | 'Action' | 'Activity';

/**
 * The next free short number of a kind in a case; call it inside the transaction that inserts.
 * Two transactions that read the same maximum collide on the unique number: on PostgreSQL the
 * serializable transaction is then run again (store/postgres.ts).
 */
export async function nextNumber(db: Tx, table: NumberedTable, caseId: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COALESCE(MAX("number"), 0) + 1 AS n FROM ${Prisma.raw(`"${table}"`)} WHERE "caseId" = ${caseId}`;
  return Number(row!.n);
}
