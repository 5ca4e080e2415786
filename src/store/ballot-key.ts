// The secret behind ballot voter keys and sealed choices (docs/ARCHITECTURE.md, "Anonymous
// polls"). It is kept outside the database: BALLOT_SECRET, or else a random key written once into
// `ballot.key` beside the SQLite file, readable by its owner only.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sqliteFilePath } from './sqlite-url.js';

const MIN_LENGTH = 16;

export function ballotKeyPath(databaseUrl: string): string {
  return join(dirname(sqliteFilePath(databaseUrl)), 'ballot.key');
}

/** The configured secret, or the key file's (made on first use; the database's directory must exist). */
export function loadBallotSecret(configured: string | undefined, databaseUrl: string): string {
  if (configured) return configured;
  const file = ballotKeyPath(databaseUrl);
  try {
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const key = readFileSync(file, 'utf8').trim();
  if (key.length < MIN_LENGTH) throw new Error(`${file} does not hold a ballot key (at least ${MIN_LENGTH} characters)`);
  return key;
}
