// Telling a failure of the storage itself (full, read-only, locked, unreachable) from a failure of
// one request: the first is worth a clear "try again shortly" and one log line, and goes away by
// itself once the storage is back; the second is a bug.

// SQLite result codes (and their extended forms, such as SQLITE_IOERR_WRITE) that say the file
// cannot be written or read right now.
const SQLITE_STORAGE = /^SQLITE_(FULL|READONLY|BUSY|LOCKED|IOERR|CANTOPEN|NOLFS|PROTOCOL)/;
// PostgreSQL's SQLSTATEs for the same: a lost connection (class 08), a server out of disk or
// memory (53), one shutting down or starting (57P01–57P03), a cancelled statement (57014, the
// statement timeout), a read-only database or replica (25006).
const POSTGRES_STORAGE = /^(08|53|57P0[1-3]$|57014$|25006$)/;
// What pg itself throws when a connection breaks or cannot be had: socket errors, and two
// messages without a code (a connection that ended under a query, a pool out of time).
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
const PG_CLIENT_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;
// Prisma's own codes for an unreachable or overloaded database and for timeouts (P2028: no
// connection for a transaction in time).
const PRISMA_STORAGE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028', 'P2034']);
// Kinds of Prisma's driver-adapter errors that mean the database is not there.
const ADAPTER_STORAGE = new Set(['DatabaseNotReachable', 'DatabaseDoesNotExist', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TransactionWriteConflict']);

interface Cause {
  kind?: string;
  originalCode?: string;
}

function causeOf(err: object): Cause | undefined {
  const adapterError = (err as { meta?: { driverAdapterError?: { cause?: Cause } } }).meta?.driverAdapterError;
  return adapterError?.cause ?? (err as { cause?: Cause }).cause;
}

export function isStorageFailure(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (PRISMA_STORAGE.has(code) || SQLITE_STORAGE.test(code) || SOCKET_ERRORS.has(code))) return true;
  if (err instanceof Error && PG_CLIENT_MESSAGES.test(err.message)) return true;
  if ((err as { name?: string }).name === 'PrismaClientInitializationError') return true;
  const cause = causeOf(err);
  const original = cause?.originalCode;
  return Boolean(cause && ((original && (SQLITE_STORAGE.test(original) || POSTGRES_STORAGE.test(original))) || (cause.kind && ADAPTER_STORAGE.has(cause.kind))));
}
