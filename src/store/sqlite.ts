// SQLite through better-sqlite3: one file, one process (instance-lock.ts), one request on the
// connection at a time (one-connection.ts).
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/prisma/client.js';
import { oneUserAtATime } from './one-connection.js';
import { ensureSqliteDir } from './sqlite-url.js';

const BUSY_TIMEOUT_MS = 5000;

export async function openSqlite(url: string): Promise<PrismaClient> {
  ensureSqliteDir(url);
  const adapter = oneUserAtATime(new PrismaBetterSqlite3({ url, timeout: BUSY_TIMEOUT_MS }));
  const db = new PrismaClient({ adapter });
  // WAL lets readers run beside the one writer; see PRISMA-OFFLINE.md on SQLITE_BUSY.
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$queryRawUnsafe(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  await db.$queryRawUnsafe('PRAGMA foreign_keys = ON');
  // Deleted and rewritten rows are overwritten with zeros, so free space keeps no old values
  // (docs/ARCHITECTURE.md, "Anonymous polls").
  await db.$queryRawUnsafe('PRAGMA secure_delete = ON');
  return db;
}
