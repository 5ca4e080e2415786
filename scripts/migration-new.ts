// Writes a new migration folder for the change to prisma/schema.prisma since a git revision
// (default HEAD): the offline stand-in for `prisma migrate dev --create-only`. The committed
// schema and migrations agree (test/store/migrations.test.ts checks that), so the diff between
// the committed schema and the working one is exactly the next migration.
// Usage: npx tsx scripts/migration-new.ts <name> [<git-rev> | empty]
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { migrationsDir, projectRoot, schemaPath } from '../src/store/paths.js';
import { NO_FILTERS, openSchemaEngine } from '../src/store/schema-engine.js';

const [name, rev = 'HEAD'] = process.argv.slice(2);
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: tsx scripts/migration-new.ts <name_in_snake_case> [<git-rev>]');
  process.exit(2);
}
const path = relative(projectRoot, schemaPath);
const before = rev === 'empty' ? null : execFileSync('git', ['show', `${rev}:${path}`], { cwd: projectRoot, encoding: 'utf8' });
const after = await readFile(schemaPath, 'utf8');
const scratch = await mkdtemp(join(tmpdir(), 'samverkan-migration-'));
const { engine, close } = await openSchemaEngine(`file:${join(scratch, 'unused.db')}`, { path, content: after });
const diff = await engine.diff({
  from: before === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path, content: before }] },
  to: { tag: 'schemaDatamodel', files: [{ path, content: after }] },
  script: true,
  exitCode: null,
  filters: NO_FILTERS,
});
await close();
await rm(scratch, { recursive: true, force: true });
const sql = diff.stdout ?? '';
if (!sql.trim() || sql.includes('empty migration')) {
  console.error(`schema unchanged since ${rev}: nothing to write`);
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = join(migrationsDir, `${stamp}_${name}`);
await mkdir(folder, { recursive: true });
await writeFile(join(folder, 'migration.sql'), sql);
console.error(`wrote ${relative(projectRoot, folder)}/migration.sql`);
