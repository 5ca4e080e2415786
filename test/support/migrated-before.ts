// An existing database as an older release left it: migrated only up to a given migration.
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { migrate, readMigrations, type MigrationFolder } from '../../src/store/migrations.js';
import { migrationsDir } from '../../src/store/paths.js';

/**
 * Applies to `file` the migrations before the first one `isNew` picks (copied into `scratch`);
 * returns the names of that one and those after it, which the next start applies.
 */
export async function migrateBefore(file: string, scratch: string, isNew: (m: MigrationFolder) => boolean): Promise<string[]> {
  const all = await readMigrations();
  const at = all.findIndex(isNew);
  await cp(join(migrationsDir, 'migration_lock.toml'), join(scratch, 'migration_lock.toml'));
  for (const m of all.slice(0, at)) await cp(join(migrationsDir, m.name), join(scratch, m.name), { recursive: true });
  await migrate(`file:${file}`, scratch);
  return all.slice(at).map((m) => m.name);
}
