import Database from 'better-sqlite3';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../src/store/migrations.js';
import { schemaPath } from '../../src/store/paths.js';
import { NO_FILTERS, openSchemaEngine } from '../../src/store/schema-engine.js';

/** Tables, columns and indexes of a SQLite file, in a comparable form. */
function shape(file: string): Record<string, unknown> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name").all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, {
      columns: db.prepare(`PRAGMA table_info("${name}")`).all(),
      // By name: index_list follows creation order, and a migration that adds an index to a table creates it last.
      indexes: (db.prepare(`SELECT name, "unique" FROM pragma_index_list('${name}') ORDER BY name`).all() as { name: string; unique: number }[]).map((i) => ({ unique: i.unique, columns: db.prepare(`PRAGMA index_info("${i.name}")`).all() })),
      foreignKeys: db.prepare(`PRAGMA foreign_key_list("${name}")`).all(),
    }]));
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'samverkan-migrations-')); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('apply to an empty file, are recorded as Prisma records them, and a second start applies nothing', async () => {
    const url = `file:${join(dir, 'fresh.db')}`;
    const names = (await readMigrations()).map((m) => m.name);
    expect(await migrate(url)).toEqual(names);
    expect(await migrate(url)).toEqual([]);
    const db = new Database(join(dir, 'fresh.db'), { readonly: true });
    const rows = db.prepare('SELECT migration_name, finished_at, checksum FROM _prisma_migrations ORDER BY migration_name').all() as { migration_name: string; finished_at: string | null; checksum: string }[];
    db.close();
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows.every((r) => r.finished_at && /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
  });

  it('create a dedicated directory for a new database file', async () => {
    const url = `file:${join(dir, 'nested', 'deeper', 'x.db')}`;
    expect((await migrate(url)).length).toBeGreaterThan(0);
  });

  it('produce exactly the database prisma/schema.prisma describes', async () => {
    const viaMigrations = join(dir, 'via-migrations.db');
    await migrate(`file:${viaMigrations}`);
    const viaSchema = join(dir, 'via-schema.db');
    const content = await readFile(schemaPath, 'utf8');
    const { engine, close } = await openSchemaEngine(`file:${viaSchema}`, { path: 'schema.prisma', content });
    const { stdout } = await engine.diff({ from: { tag: 'empty' }, to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content }] }, script: true, exitCode: null, filters: NO_FILTERS });
    await close();
    const db = new Database(viaSchema);
    db.exec(stdout ?? '');
    db.close();
    expect(shape(viaMigrations)).toEqual(shape(viaSchema));
  });
});
