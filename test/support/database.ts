// The database of a test: a fresh SQLite file, or — when TEST_DATABASE_URL names a PostgreSQL
// server — a fresh database on that server, copied from a migrated template (CREATE DATABASE …
// TEMPLATE takes a few milliseconds, migrating takes a second). `.ci/run` runs the whole suite
// both ways; tests of what only one provider has say so with `onPostgres`.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Db } from '../../src/store/client.js';
import { migrate } from '../../src/store/migrations.js';

/** The PostgreSQL server the suite runs on (any database of it), or undefined for SQLite. */
export const postgresServer = process.env.TEST_DATABASE_URL || undefined;
export const onPostgres = postgresServer !== undefined;

const databaseUrl = (name: string) => {
  const url = new URL(postgresServer!);
  url.pathname = `/${name}`;
  return url.toString();
};
const databaseName = (url: string) => new URL(url).pathname.slice(1);
const newName = (kind: string) => `samverkan_${kind}_${process.pid}_${randomBytes(4).toString('hex')}`;

let admin: pg.Pool | undefined;

/** Connections to the server's own database, for CREATE and DROP DATABASE. */
async function adminClient(): Promise<pg.Pool> {
  admin ??= new pg.Pool({ connectionString: postgresServer, connectionTimeoutMillis: 10_000, max: 2 });
  return admin;
}

async function copyDatabase(from: string, to: string): Promise<void> {
  await (await adminClient()).query(`CREATE DATABASE "${to}" TEMPLATE "${from}"`);
}

let template: Promise<string> | undefined;

/** A migrated empty database (a file, or a database name), made once per worker and copied for each test. */
async function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    if (onPostgres) {
      const name = newName('template');
      await (await adminClient()).query(`CREATE DATABASE "${name}"`);
      await migrate(databaseUrl(name));
      return name;
    }
    const dir = await mkdtemp(join(tmpdir(), 'samverkan-template-'));
    const file = join(dir, 'template.db');
    await migrate(`file:${file}`);
    return file;
  })();
  return template;
}

export interface FreshDatabase {
  url: string;
  /** A temporary directory of the test's own (on SQLite, the database file is in it). */
  dir: string;
  /** Removes the database and the directory; the clients on it must be closed first. */
  drop(): Promise<void>;
}

/** A fresh database with every migration applied, or a copy of one saved by `saveDatabase` (`from` is its file). */
export async function freshDatabase(from?: string): Promise<FreshDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'samverkan-test-'));
  if (onPostgres) {
    const name = newName('test');
    await copyDatabase(from ? (await readFile(from, 'utf8')).trim() : await migratedTemplate(), name);
    return {
      url: databaseUrl(name),
      dir,
      drop: async () => {
        await (await adminClient()).query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const file = join(dir, 'test.db');
  await copyFile(from ?? (await migratedTemplate()), file);
  return { url: `file:${file}`, dir, drop: () => rm(dir, { recursive: true, force: true }) };
}

/** Ends the other sessions on a PostgreSQL database; the pool opens new ones at its next query. */
async function endSessions(name: string): Promise<void> {
  await (await adminClient()).query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
}

/** Lets the pool notice its ended sessions: the first query after may meet one of them. */
async function reconnect(db: Db): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await db.$queryRawUnsafe('SELECT 1');
      return;
    } catch (err) {
      if (attempt === 20) throw err;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/**
 * Writes the database as it is now to `file`, for `freshDatabase(file)`: on SQLite the file itself,
 * on PostgreSQL the name of a copy (a template cannot have sessions, so the test's are ended).
 */
export async function saveDatabase(db: Db, url: string, file: string): Promise<void> {
  if (!onPostgres) {
    await db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
    await copyFile(url.slice('file:'.length), file);
    return;
  }
  const name = newName('saved');
  await endSessions(databaseName(url));
  await copyDatabase(databaseName(url), name);
  await writeFile(file, name);
  await reconnect(db);
}

/**
 * Makes the database refuse writes (a full disk, a read-only file or replica), or accept them
 * again. On PostgreSQL a trigger on every table raises what a read-only transaction raises
 * (SQLSTATE 25006), so the bot's open connections are refused at once and stay open.
 */
export async function setReadOnly(db: Db, readOnly: boolean): Promise<void> {
  if (!onPostgres) {
    await db.$executeRawUnsafe(`PRAGMA query_only = ${readOnly ? 'ON' : 'OFF'}`);
    return;
  }
  if (readOnly) {
    await db.$executeRawUnsafe("CREATE OR REPLACE FUNCTION test_read_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'cannot execute % in a read-only transaction', TG_OP USING ERRCODE = '25006'; END $$");
  }
  for (const table of await tableNames(db)) {
    await db.$executeRawUnsafe(readOnly
      ? `CREATE TRIGGER test_read_only BEFORE INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION test_read_only()`
      : `DROP TRIGGER IF EXISTS test_read_only ON "${table}"`);
  }
}

/** The user tables, without the migrations' own. */
export async function tableNames(db: Db): Promise<string[]> {
  const sql = onPostgres
    ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name"
    : "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name";
  return (await db.$queryRawUnsafe<{ name: string }[]>(sql)).map((t) => t.name);
}

/** Every row of a table in a stable order (insertion order on SQLite; by the row's text on PostgreSQL). */
export function allRowsSql(table: string): string {
  return onPostgres ? `SELECT * FROM "${table}" t ORDER BY t::text` : `SELECT * FROM "${table}" ORDER BY rowid`;
}

/**
 * A mark that moves whenever anything was written (rolled-back writes too): when it has not moved,
 * nothing can have changed. SQLite counts the changes of the bot's one connection; PostgreSQL's
 * write-ahead log moves with every write on the server (other tests' too, which only costs a read).
 */
export async function writeMark(db: Db): Promise<string> {
  const sql = onPostgres ? 'SELECT pg_current_wal_insert_lsn()::text AS n' : 'SELECT total_changes() AS n';
  const [row] = await db.$queryRawUnsafe<{ n: unknown }[]>(sql);
  return String(row!.n);
}
