// The writes of one case take turns. SQLite has one writer, so there they always do; on
// PostgreSQL, instances and connections write side by side, and a command that reads the case
// (the next poll number, the votes so far, the card it renders) must not interleave with another
// command of that case. The first statement of such a transaction takes a lock on the case, held
// until it commits, and every statement after it sees what the transactions before committed
// (PostgreSQL's READ COMMITTED). Outbox rows of a case are then also committed in the order of
// their ids, which is the order the sender delivers them in. Different cases do not wait.
import type { Tx } from './client.js';
import { providerOfClient } from './provider.js';

/** The first key of the lock's pair, so that other advisory locks cannot collide with a case's. */
const CASE_LOCKS = 1_635_017_060;

export async function lockCase(tx: Tx, caseId: number | null | undefined): Promise<void> {
  if (caseId == null || providerOfClient(tx) !== 'postgresql') return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CASE_LOCKS}::int, ${caseId}::int)`;
}
