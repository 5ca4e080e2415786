// The database client for DATABASE_URL: SQLite (file:) or PostgreSQL (postgres://). Both clients
// are generated from one schema (scripts/derive-postgres.ts), so their models and queries are the
// same; the code is written against SQLite's client type, the subset both providers support.
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Logger } from '../logger.js';
import { openPostgres, type PoolSettings } from './postgres.js';
import { providerOf } from './provider.js';
import { openSqlite } from './sqlite.js';

export { ensureSqliteDir } from './sqlite-url.js';

export type Db = PrismaClient;
/** The client or the handle inside `$transaction`: repositories accept either. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export interface DbOptions {
  /** PostgreSQL's pool and timeouts; defaults in postgres.ts. */
  pool?: Partial<PoolSettings>;
  /** Where a lost and regained PostgreSQL connection is logged. */
  logger?: Logger;
}

export async function openDb(url: string, options: DbOptions = {}): Promise<Db> {
  return providerOf(url) === 'sqlite' ? openSqlite(url) : openPostgres(url, options);
}
