// Applies the committed migrations (prisma/migrations, or prisma/postgres/migrations; Prisma's own
// format) at start-up or as a deploy step (`npm run migrate`), offline, through the schema engine.
// When the database already has every migration the engine is not loaded at all, which keeps an
// ordinary start fast. On PostgreSQL several instances may start at once: they take turns under an
// advisory lock of their own, and each migration is applied once (Prisma's own lock gives up
// after 10 s, prisma/orm#27636).
import Database from 'better-sqlite3';
import pg from 'pg';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { providerFiles, providerOf } from './provider.js';
import { NO_FILTERS, openSchemaEngine } from './schema-engine.js';
import { ensureSqliteDir, sqliteFilePath } from './sqlite-url.js';
import type { MigrationList } from '@prisma/schema-engine-wasm';

export interface MigrationFolder {
  name: string;
  sql: string;
}

export async function readMigrations(dir = providerFiles.sqlite.migrations): Promise<MigrationFolder[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(names.map(async (name) => ({ name, sql: await readFile(join(dir, name, 'migration.sql'), 'utf8') })));
}

/** The migrations folder in the shape the schema engine takes. */
export async function migrationList(dir: string, migrations?: MigrationFolder[]): Promise<MigrationList> {
  const lockfile = await readFile(join(dir, 'migration_lock.toml'), 'utf8').catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lockfile },
    shadowDbInitScript: '',
    migrationDirectories: (migrations ?? (await readMigrations(dir))).map((m) => ({
      path: m.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
    })),
  };
}

function appliedSqlite(url: string): Set<string> {
  const db = new Database(sqliteFilePath(url), { fileMustExist: false });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='_prisma_migrations'").get();
    if (!table) return new Set();
    const rows = db.prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL').all() as { migration_name: string }[];
    return new Set(rows.map((r) => r.migration_name));
  } finally {
    db.close();
  }
}

async function appliedPostgres(client: pg.Client): Promise<Set<string>> {
  const { rows } = await client.query<{ migration_name: string }>(
    'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  ).catch((err: { code?: string }) => {
    // 42P01: the table does not exist yet, on a database nothing was applied to.
    if (err.code === '42P01') return { rows: [] };
    throw err;
  });
  return new Set(rows.map((r) => r.migration_name));
}

/** Applies through the schema engine what `applied` lacks; returns the names it applied. */
async function applyPending(url: string, dir: string, schema: string, applied: Set<string>): Promise<string[]> {
  const migrations = await readMigrations(dir);
  if (migrations.every((m) => applied.has(m.name))) return [];
  const { engine, close } = await openSchemaEngine(url, { path: relative(process.cwd(), schema), content: await readFile(schema, 'utf8') });
  try {
    const result = await engine.applyMigrations({ migrationsList: await migrationList(dir, migrations), filters: NO_FILTERS });
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}

// Any constant of our own; Prisma's lock is 72707369.
const MIGRATION_LOCK = 7_316_541;

export interface MigrateOptions {
  /** How long an instance waits for another's migrations (PostgreSQL). */
  lockTimeoutMs?: number;
  connectTimeoutMs?: number;
}

async function migratePostgres(url: string, dir: string, options: MigrateOptions): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000, application_name: 'samverkan-migrate' });
  await client.connect();
  try {
    const applied = await appliedPostgres(client);
    if ((await readMigrations(dir)).every((m) => applied.has(m.name))) return [];
    await client.query(`SET lock_timeout = ${Math.round(options.lockTimeoutMs ?? 300_000)}`);
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      // Another instance may have applied them while this one waited.
      return await applyPending(url, dir, providerFiles.postgresql.schema, await appliedPostgres(client));
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await client.end();
  }
}

/** Applies pending migrations; returns the names it applied. */
export async function migrate(url: string, dir = providerFiles[providerOf(url)].migrations, options: MigrateOptions = {}): Promise<string[]> {
  if (providerOf(url) === 'postgresql') return migratePostgres(url, dir, options);
  ensureSqliteDir(url);
  return applyPending(url, dir, providerFiles.sqlite.schema, appliedSqlite(url));
}
