// PostgreSQL's schema is SQLite's (prisma/schema.prisma, the one schema anyone edits) with another
// provider and another client: Prisma takes neither from the environment (PRISMA-OFFLINE.md).
import { readFile } from 'node:fs/promises';
import { providerFiles } from '../../src/store/provider.js';

const HEADER = '// Derived from prisma/schema.prisma by `npm run db:derive` (scripts/derive-postgres.ts): do not edit.\n';

function replaceOnce(text: string, from: RegExp, to: string): string {
  if (!from.test(text)) throw new Error(`prisma/schema.prisma no longer has ${from}: update scripts/lib/postgres-schema.ts`);
  return text.replace(from, to);
}

export function postgresSchema(source: string): string {
  let schema = replaceOnce(source, /provider = "sqlite"/, 'provider = "postgresql"');
  // The derived file lives one folder deeper, and its client beside SQLite's.
  schema = replaceOnce(schema, /output(\s+)= "\.\.\/src\/generated\/prisma"/, 'output$1= "../../src/generated/postgres"');
  return HEADER + schema;
}

/** The derived schema as the source says it should be, and as it is on disk (null when missing). */
export async function postgresSchemas(): Promise<{ wanted: string; committed: string | null }> {
  const wanted = postgresSchema(await readFile(providerFiles.sqlite.schema, 'utf8'));
  const committed = await readFile(providerFiles.postgresql.schema, 'utf8').catch(() => null);
  return { wanted, committed };
}
