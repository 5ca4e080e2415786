// `npm start` runs this first: it compiles only when a source is newer than the last build, so an
// ordinary start does not pay for the compiler (a newcomer's first start, or one after a change,
// still builds). tsc's own incremental mode would still read every file; this looks at mtimes.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'dist/.tsbuildinfo';
const SOURCES = ['src', 'adapters', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (Math.max(...SOURCES.map(newest)) > built) {
  const run = spawnSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  // tsc leaves its build info alone when nothing it compiles changed (a touched package.json).
  const now = new Date();
  utimesSync(STAMP, now, now);
}
