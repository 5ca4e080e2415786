// Which database a DATABASE_URL names. The scheme decides: SQLite for one process on one machine,
// PostgreSQL for several instances (docs/ARCHITECTURE.md, "Two databases").
import { join } from 'node:path';
import { projectRoot } from './paths.js';

export type Provider = 'sqlite' | 'postgresql';

export function providerOf(url: string): Provider {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  throw new Error('DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)');
}

/** Each provider's schema and migrations: SQLite's are the source, PostgreSQL's are derived from them. */
export const providerFiles: Record<Provider, { schema: string; migrations: string }> = {
  sqlite: { schema: join(projectRoot, 'prisma', 'schema.prisma'), migrations: join(projectRoot, 'prisma', 'migrations') },
  postgresql: { schema: join(projectRoot, 'prisma', 'postgres', 'schema.prisma'), migrations: join(projectRoot, 'prisma', 'postgres', 'migrations') },
};

/** The provider of a client or a transaction: Prisma's own field, the one place it says so. */
export function providerOfClient(db: object): Provider {
  const provider = (db as { _activeProvider?: string })._activeProvider;
  if (provider !== 'sqlite' && provider !== 'postgresql') throw new Error(`unknown Prisma provider ${String(provider)}`);
  return provider;
}
