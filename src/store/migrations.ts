// Applies the committed migrations (prisma/migrations, Prisma's own format) at start-up, offline,
// through the schema engine. When the database already has every migration the engine is not
// loaded at all, which keeps an ordinary start fast.
import Database from 'better-sqlite3';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { migrationsDir, schemaPath } from './paths.js';
import { NO_FILTERS, openSchemaEngine } from './schema-engine.js';
import { ensureSqliteDir } from './client.js';
import { sqliteFilePath } from './sqlite-url.js';
import type { MigrationList } from '@prisma/schema-engine-wasm';

export interface MigrationFolder {
  name: string;
  sql: string;
}

export async function readMigrations(dir = migrationsDir): Promise<MigrationFolder[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(names.map(async (name) => ({ name, sql: await readFile(join(dir, name, 'migration.sql'), 'utf8') })));
}

/** The migrations folder in the shape the schema engine takes. */
export async function migrationList(dir = migrationsDir, migrations?: MigrationFolder[]): Promise<MigrationList> {
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

function appliedMigrations(url: string): Set<string> {
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

/** Applies pending migrations; returns the names it applied. */
export async function migrate(url: string, dir = migrationsDir): Promise<string[]> {
  ensureSqliteDir(url);
  const migrations = await readMigrations(dir);
  const applied = appliedMigrations(url);
  if (migrations.every((m) => applied.has(m.name))) return [];
  const { engine, close } = await openSchemaEngine(url, { path: relative(process.cwd(), schemaPath), content: await readFile(schemaPath, 'utf8') });
  try {
    const result = await engine.applyMigrations({ migrationsList: await migrationList(dir, migrations), filters: NO_FILTERS });
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}
