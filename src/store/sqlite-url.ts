import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** `file:./data/x.db` → absolute path, relative to the working directory as Prisma resolves it. */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith('file:')) throw new Error(`not a SQLite URL: ${url}`);
  return resolve(url.slice('file:'.length));
}

/** Creates the directory of a SQLite file so the first start needs no set-up. */
export function ensureSqliteDir(url: string): void {
  mkdirSync(dirname(sqliteFilePath(url)), { recursive: true });
}
