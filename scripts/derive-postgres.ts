// Derives prisma/postgres/ from prisma/schema.prisma: the schema (see lib/postgres-schema.ts) and,
// when it changed, the migration from the previous derived schema to the new one, named after the
// newest SQLite migration (the one that made the same change). `--check` only says whether the
// derived files are stale (test/store/postgres-derived.test.ts runs it).
// Usage: npx tsx scripts/derive-postgres.ts [--check]
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readMigrations } from '../src/store/migrations.js';
import { projectRoot } from '../src/store/paths.js';
import { providerFiles } from '../src/store/provider.js';
import { NO_FILTERS, openSchemaEngine } from '../src/store/schema-engine.js';
import { offlinePostgres } from './lib/offline-postgres.js';
import { postgresSchemas } from './lib/postgres-schema.js';

const { wanted, committed } = await postgresSchemas();
if (wanted === committed) {
  console.error('prisma/postgres/ is up to date');
  process.exit(0);
}
if (process.argv.includes('--check')) {
  console.error('prisma/postgres/ is stale: run npm run db:derive');
  process.exit(1);
}
const path = 'schema.prisma';
const { engine, close } = await openSchemaEngine('postgresql://offline', { path, content: wanted }, offlinePostgres);
const diff = await engine.diff({
  from: committed === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path, content: committed }] },
  to: { tag: 'schemaDatamodel', files: [{ path, content: wanted }] },
  script: true,
  exitCode: null,
  filters: NO_FILTERS,
});
await close();
const sql = diff.stdout ?? '';
const dir = providerFiles.postgresql.migrations;
if (sql.trim() && !sql.includes('empty migration')) {
  const sqliteMigrations = await readMigrations(providerFiles.sqlite.migrations);
  const existing = await readMigrations(dir).catch(() => []);
  const name = sqliteMigrations.at(-1)!.name;
  if (existing.some((m) => m.name === name)) {
    console.error(`prisma/postgres/migrations/${name} exists already: make the SQLite migration for this change first (scripts/migration-new.ts)`);
    process.exit(1);
  }
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(join(dir, 'migration_lock.toml'), '# Written by scripts/derive-postgres.ts\nprovider = "postgresql"\n');
  await writeFile(join(dir, name, 'migration.sql'), sql);
  console.error(`wrote ${relative(projectRoot, join(dir, name))}/migration.sql`);
}
await writeFile(providerFiles.postgresql.schema, wanted);
console.error(`wrote ${relative(projectRoot, providerFiles.postgresql.schema)}`);
