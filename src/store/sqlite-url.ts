import { resolve } from 'node:path';

/** `file:./data/x.db` → absolute path, relative to the working directory as Prisma resolves it. */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith('file:')) throw new Error(`not a SQLite URL: ${url}`);
  return resolve(url.slice('file:'.length));
}
