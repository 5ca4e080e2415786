import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/prisma/client.js';
import { oneUserAtATime } from './one-connection.js';
import { sqliteFilePath } from './sqlite-url.js';

export type Db = PrismaClient;
/** The client or the handle inside `$transaction`: repositories accept either. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

const BUSY_TIMEOUT_MS = 5000;

/** Creates the directory of a SQLite file so the first start needs no set-up. */
export function ensureSqliteDir(url: string): void {
  mkdirSync(dirname(sqliteFilePath(url)), { recursive: true });
}

export async function openDb(url: string): Promise<Db> {
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
