// Where a benchmark's processes keep their data: a SQLite file in the run's directory, or, with
// BENCH_POSTGRES_URL naming a PostgreSQL server, a new database on it (the same figures on the
// other provider; docs/PERFORMANCE.md has both columns).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';

export const benchPostgres = process.env.BENCH_POSTGRES_URL || undefined;
export const benchProvider = benchPostgres ? 'postgresql' : 'sqlite';

export async function benchDatabase(name: string, dir: string): Promise<string> {
  if (!benchPostgres) return `file:${join(dir, `${name}.db`)}`;
  const database = `samverkan_bench_${name}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: benchPostgres });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(benchPostgres);
  url.pathname = `/${database}`;
  return url.toString();
}
