// Transactions that lost a race with another connection. On SQLite there is one writer and such
// losses do not happen; on PostgreSQL a transaction can end in a deadlock or a serialization
// failure, and the database's promise is that running it again is safe. Whoever runs the
// transaction runs it again, since only they know what in-memory state the attempt touched (`undo`).

const RETRIES = 6;

export function isSerializationFailure(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  if ((err as { code?: unknown }).code === 'P2034') return true;
  const cause = (err as { meta?: { driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } } }).meta?.driverAdapterError?.cause;
  return cause?.kind === 'TransactionWriteConflict' || cause?.originalCode === '40001' || cause?.originalCode === '40P01';
}

/** Runs `transaction`, and again (after `undo`) while it loses races, a few times. */
export async function retried<T>(transaction: () => Promise<T>, undo: () => void = () => {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (err) {
      undo();
      if (attempt > RETRIES || !isSerializationFailure(err)) throw err;
      // Apart and growing, so that the transactions that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));
    }
  }
}
