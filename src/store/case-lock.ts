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

const turns = new WeakMap<object, Map<number, Promise<void>>>();

/**
 * Runs `work` (a transaction that takes the case's lock) after this process's earlier work of the
 * same case has finished. Fifty votes in one poll then wait here, in memory, rather than each
 * holding one of the pool's connections while it waits for the lock.
 */
export function inCaseTurn<T>(db: object, caseId: number | null | undefined, work: () => Promise<T>): Promise<T> {
  if (caseId == null || providerOfClient(db) !== 'postgresql') return work();
  const byCase = turns.get(db) ?? new Map<number, Promise<void>>();
  turns.set(db, byCase);
  const mine = (byCase.get(caseId) ?? Promise.resolve()).then(work);
  const done = mine.then(() => {}, () => {});
  byCase.set(caseId, done);
  void done.then(() => {
    if (byCase.get(caseId) === done) byCase.delete(caseId);
  });
  return mine;
}
