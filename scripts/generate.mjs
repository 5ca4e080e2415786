// Runs `prisma generate` offline, for SQLite's schema and for PostgreSQL's derived one. The CLI insists on locating its native schema engine even though
// generate never uses it; any executable satisfies that check (see shared/PRISMA-OFFLINE.md).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && existsSync('/bin/true')) env.PRISMA_SCHEMA_ENGINE_BINARY = '/bin/true';
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
for (const schema of ['prisma/schema.prisma', 'prisma/postgres/schema.prisma']) {
  const run = spawnSync('npx', ['--no-install', 'prisma', 'generate', '--schema', schema], { env, stdio: ['ignore', 2, 2] });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
