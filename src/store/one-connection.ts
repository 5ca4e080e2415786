// SQLite through Prisma's better-sqlite3 adapter is one connection for the whole process. The
// adapter serialises transactions with each other, but a plain query of another request still
// runs on that connection in the middle of an open transaction: it reads rows that may yet be
// rolled back, and a plain write becomes part of that transaction and is rolled back with it.
// This wrapper gives the connection to one user at a time: a transaction holds it from BEGIN to
// COMMIT/ROLLBACK, a plain query for its own duration.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, SqlResultSet, Transaction } from '@prisma/driver-adapter-utils';

/** A FIFO lock: `acquire` resolves with the function that releases it. */
class Turns {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => { release = resolve; });
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => mine);
    return ready;
  }
}

async function inTurn<T>(turns: Turns, work: () => Promise<T>): Promise<T> {
  const release = await turns.acquire();
  try {
    return await work();
  } finally {
    release();
  }
}

function serialised(inner: SqlDriverAdapter): SqlDriverAdapter {
  const turns = new Turns();
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query: SqlQuery): Promise<SqlResultSet> => inTurn(turns, () => inner.queryRaw(query)),
    executeRaw: (query: SqlQuery): Promise<number> => inTurn(turns, () => inner.executeRaw(query)),
    executeScript: (script: string) => inTurn(turns, () => inner.executeScript(script)),
    dispose: () => inner.dispose(),
    async startTransaction(isolationLevel): Promise<Transaction> {
      const release = await turns.acquire();
      let tx: Transaction;
      try {
        tx = await inner.startTransaction(isolationLevel);
      } catch (err) {
        release();
        throw err;
      }
      // Prisma ends a transaction with commit() or rollback(), once; either gives the turn back.
      const end = (finish: () => Promise<void>) => async () => {
        try {
          await finish();
        } finally {
          release();
        }
      };
      return {
        provider: tx.provider,
        adapterName: tx.adapterName,
        options: tx.options,
        queryRaw: (query) => tx.queryRaw(query),
        executeRaw: (query) => tx.executeRaw(query),
        commit: end(() => tx.commit()),
        rollback: end(() => tx.rollback()),
        ...(tx.createSavepoint ? { createSavepoint: (name: string) => tx.createSavepoint!(name) } : {}),
        ...(tx.rollbackToSavepoint ? { rollbackToSavepoint: (name: string) => tx.rollbackToSavepoint!(name) } : {}),
        ...(tx.releaseSavepoint ? { releaseSavepoint: (name: string) => tx.releaseSavepoint!(name) } : {}),
      };
    },
    ...(inner.getConnectionInfo ? { getConnectionInfo: () => inner.getConnectionInfo!() } : {}),
  };
}

/** The factory with every connection it makes serialised as above. */
export function oneUserAtATime(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serialised(await factory.connect()),
  };
}
