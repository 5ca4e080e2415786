// `npm run migrate`: applies the pending migrations to DATABASE_URL and exits — the deploy step
// before new instances start (they would apply them too, one at a time, but a deploy that
// migrates first finds a failing migration before any instance is replaced).
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from './config.js';
import { migrateDatabase } from './store/from-config.js';

if (existsSync('.env')) process.loadEnvFile('.env');
try {
  const applied = await migrateDatabase(loadConfig(process.env));
  process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'nothing to apply\n');
} catch (err) {
  process.stderr.write(`${err instanceof ConfigError ? err.message : String(err)}\n`);
  process.exit(err instanceof ConfigError ? 2 : 1);
}
