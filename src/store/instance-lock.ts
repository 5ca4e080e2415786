// SQLite serves one process: a second process on the same file would compete for the write lock
// and lose commands to SQLITE_BUSY. The program therefore holds an exclusive SQLite lock on a
// small companion file (`<database>.lock`) for as long as it runs; the operating system releases
// it when the process ends, however it ends, so no stale lock survives a crash. The database file
// itself stays readable for backups and inspection.
import Database from 'better-sqlite3';
import { sqliteFilePath } from './sqlite-url.js';

export class DatabaseInUse extends Error {}

/** Takes the lock or throws DatabaseInUse; the returned function releases it. */
export function lockDatabase(url: string): () => void {
  const path = `${sqliteFilePath(url)}.lock`;
  const lock = new Database(path, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    // The first write takes the exclusive lock, and EXCLUSIVE locking mode keeps it until close.
    lock.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER); DELETE FROM holder;');
    lock.prepare('INSERT INTO holder (pid) VALUES (?)').run(process.pid);
  } catch (err) {
    lock.close();
    if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      throw new DatabaseInUse(`${sqliteFilePath(url)} is in use by another Samverkan process; SQLite serves one process (stop the other, or run several instances on PostgreSQL)`);
    }
    throw err;
  }
  return () => lock.close();
}
