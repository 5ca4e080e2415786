// The store's settings from the configuration, shared by start-up (main.ts) and the deploy step
// (migrate.ts).
import type { Config } from '../config.js';
import { migrate } from './migrations.js';
import type { PoolSettings } from './postgres.js';
import { providerFiles, providerOf } from './provider.js';

export function poolSettings(config: Config): Partial<PoolSettings> {
  return { max: config.DATABASE_POOL_MAX, connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS, statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS };
}

export function migrateDatabase(config: Config): Promise<string[]> {
  const url = config.DATABASE_URL;
  return migrate(url, providerFiles[providerOf(url)].migrations, { lockTimeoutMs: config.MIGRATION_LOCK_TIMEOUT_MS, connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS });
}
