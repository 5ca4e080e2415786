// PostgreSQL's schema and migrations are derived from SQLite's (scripts/derive-postgres.ts): they
// must not be stale, and applied to an empty database they must give exactly the derived schema.
// Several instances started at once on an empty database each come up, and each migration is
// applied once.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../src/store/migrations.js';
import { providerFiles } from '../../src/store/provider.js';
import { NO_FILTERS, openSchemaEngine } from '../../src/store/schema-engine.js';
import { offlinePostgres } from '../../scripts/lib/offline-postgres.js';
import { postgresSchemas } from '../../scripts/lib/postgres-schema.js';
import { onPostgres, postgresServer } from '../support/database.js';

describe('the derived PostgreSQL files', () => {
  it('are what scripts/derive-postgres.ts makes of prisma/schema.prisma now (else: npm run db:derive)', async () => {
    const { wanted, committed } = await postgresSchemas();
    expect(committed).toBe(wanted);
  });

  it('pair each PostgreSQL migration with the SQLite migration of the same change', async () => {
    const sqlite = new Set((await readMigrations(providerFiles.sqlite.migrations)).map((m) => m.name));
    for (const m of await readMigrations(providerFiles.postgresql.migrations)) expect(sqlite, m.name).toContain(m.name);
  });
});

/** Columns, indexes and constraints of a database's tables, in a comparable form. */
async function shape(url: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query("SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2");
    const indexes = await client.query("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2");
    const constraints = await client.query("SELECT conrelid::regclass::text AS on, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2");
    return { columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows };
  } finally {
    await client.end();
  }
}

describe.skipIf(!onPostgres)('PostgreSQL migrations', () => {
  async function emptyDatabase(): Promise<string> {
    const name = `samverkan_migrate_${process.pid}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: postgresServer });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(postgresServer!);
    url.pathname = `/${name}`;
    return url.toString();
  }

  it('applied by three instances at once: each comes up, each migration is applied once, and the database is the derived schema', async () => {
    const url = await emptyDatabase();
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    const names = (await readMigrations(providerFiles.postgresql.migrations)).map((m) => m.name);
    expect(results.flat().sort()).toEqual(names);
    expect(await migrate(url)).toEqual([]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ migration_name: string; n: string }>('SELECT migration_name, COUNT(*) AS n FROM _prisma_migrations GROUP BY migration_name ORDER BY 1');
    await client.end();
    expect(rows).toEqual(names.map((migration_name) => ({ migration_name, n: '1' })));
    // The same schema made in one step from the derived datamodel must look the same.
    const content = await readFile(providerFiles.postgresql.schema, 'utf8');
    const { engine, close } = await openSchemaEngine('postgresql://offline', { path: 'schema.prisma', content }, offlinePostgres);
    const { stdout } = await engine.diff({ from: { tag: 'empty' }, to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content }] }, script: true, exitCode: null, filters: NO_FILTERS });
    await close();
    const direct = await emptyDatabase();
    const client2 = new pg.Client({ connectionString: direct });
    await client2.connect();
    await client2.query(stdout ?? '');
    await client2.end();
    expect(await shape(url)).toEqual(await shape(direct));
  });
});
