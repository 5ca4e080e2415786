// A Prisma client on a test's or a benchmark's SQLite file that counts the SQL statements it
// sends and keeps their text: the program's adapter and settings (src/store/client.ts) plus Prisma's query events,
// which the program's own client does not ask for.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../../src/generated/prisma/client.js';
import type { Db } from '../../src/store/client.js';
import { oneUserAtATime } from '../../src/store/one-connection.js';

export interface CountingDb {
  db: Db;
  /** Statements sent so far. */
  queries(): number;
  /** The SQL of the statements sent since the `from`-th (0: all of them). */
  sql(from?: number): string[];
}

export async function openCountingDb(url: string): Promise<CountingDb> {
  const client = new PrismaClient({ adapter: oneUserAtATime(new PrismaBetterSqlite3({ url, timeout: 5000 })), log: [{ emit: 'event', level: 'query' }] });
  const sent: string[] = [];
  client.$on('query', (e) => {
    sent.push(e.query);
  });
  for (const pragma of ['journal_mode = WAL', 'busy_timeout = 5000', 'foreign_keys = ON']) await client.$queryRawUnsafe(`PRAGMA ${pragma}`);
  return { db: client as unknown as Db, queries: () => sent.length, sql: (from = 0) => sent.slice(from) };
}
