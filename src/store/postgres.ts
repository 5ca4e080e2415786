// PostgreSQL through a pg pool: several instances on one database (docs/ARCHITECTURE.md, "Two
// databases"). Transactions run at READ COMMITTED; those of one case take turns (case-lock.ts),
// and one that ends in a deadlock is run again by its owner (conflicts.ts).
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/postgres/client.js';
import type { PrismaClient as Db } from '../generated/prisma/client.js';
import type { Logger } from '../logger.js';

export interface PoolSettings {
  /** Connections per instance. */
  max: number;
  /** How long a query waits for a free connection or a new one (pg's default is forever). */
  connectTimeoutMs: number;
  /** The server cancels a statement that runs longer. */
  statementTimeoutMs: number;
  /** How long an interactive transaction may wait for its connection, and run. */
  transactionWaitMs: number;
  transactionTimeoutMs: number;
}

export const POOL_DEFAULTS: PoolSettings = { max: 10, connectTimeoutMs: 5_000, statementTimeoutMs: 15_000, transactionWaitMs: 5_000, transactionTimeoutMs: 15_000 };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One log line when the connection is lost, then a probe with backoff (1 s doubling to 30 s)
 * until the database answers, and one line when it does. Requests meanwhile fail fast (the
 * connect timeout) and are answered as a storage failure; the pool opens new connections by
 * itself once the server is back, so nothing needs a restart.
 */
class Outage {
  #down = false;

  constructor(private readonly pool: pg.Pool, private readonly logger?: Logger) {}

  lost = (err: Error): void => {
    if (this.#down) return;
    this.#down = true;
    this.logger?.error({ err: err.message }, 'database connection lost; retrying');
    void this.#probe(1_000);
  };

  async #probe(delay: number): Promise<void> {
    await pause(delay);
    try {
      await this.pool.query('SELECT 1');
      this.#down = false;
      this.logger?.info('database connection restored');
    } catch {
      if ((this.pool as { ending?: boolean }).ending) return;
      void this.#probe(Math.min(delay * 2, 30_000));
    }
  }
}

type Connect = (callback?: (err: Error | undefined, ...rest: unknown[]) => void) => unknown;

/**
 * Tells `failed` of every connection that could not be made: pg's pool only reports errors of
 * connections it already has, and a database that is down shows as connections refused.
 */
function watchConnects(pool: pg.Pool, failed: (err: Error) => void): void {
  const connect = pool.connect.bind(pool) as Connect;
  (pool as unknown as { connect: Connect }).connect = (callback) => {
    if (callback) return connect((err, ...rest) => { if (err) failed(err); callback(err, ...rest); });
    return (connect() as Promise<unknown>).catch((err: Error) => { failed(err); throw err; });
  };
}

export async function openPostgres(url: string, options: { pool?: Partial<PoolSettings>; logger?: Logger }): Promise<Db> {
  const settings = { ...POOL_DEFAULTS, ...options.pool };
  const pool = new pg.Pool({
    connectionString: url,
    max: settings.max,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    statement_timeout: settings.statementTimeoutMs,
    application_name: 'samverkan',
  });
  const outage = new Outage(pool, options.logger);
  watchConnects(pool, outage.lost);
  const adapter = new PrismaPg(pool, { onPoolError: outage.lost, onConnectionError: outage.lost, disposeExternalPool: true });
  const client = new PrismaClient({
    adapter,
    transactionOptions: { maxWait: settings.transactionWaitMs, timeout: settings.transactionTimeoutMs },
  });
  // Both clients come from one schema; the code uses SQLite's type (see client.ts).
  return client as unknown as Db;
}
