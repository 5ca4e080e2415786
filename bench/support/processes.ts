// The benchmarks' child processes: each target app, the fake Slack and the bot run on their own, as
// in production, so that the load generator never shares an event loop with what it measures.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../src/store/paths.js';

// tsx as a loader inside one node process, as test/support/program.ts does: its CLI would put a
// second process between us and the one we measure.
const TSX_LOADER = pathToFileURL(join(projectRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** Node arguments that run a TypeScript file of the project. */
export function tsEntry(file: string): string[] {
  return ['--import', TSX_LOADER, join(projectRoot, file)];
}

export interface ProcessSpec {
  name: string;
  /** Arguments to node. */
  args: string[];
  env: Record<string, string>;
  cwd?: string;
  /** Start the process under Debian's faketime at this UTC instant (the clock runs on from there). */
  fakeTimeUtc?: Date;
  /** The line (standard output or error) that says the process is ready. */
  ready: (line: string) => boolean;
  /** Every line the process writes; they are read either way, so a full pipe never blocks it. */
  onLine?: (line: string) => void;
  readyTimeoutMs?: number;
}

export interface Child {
  name: string;
  /** The node process itself (under faketime, faketime's child). */
  pid: number;
  /** Resident memory of the node process, in MB (VmRSS of /proc/<pid>/status). */
  rssMb(): number;
  /** SIGTERM and wait, or SIGKILL at once when `hard` (a bot with a backlog would finish it first). */
  stop(hard?: boolean): Promise<void>;
}

// Each child leads its own process group (faketime and its node child together), and whatever is
// still running when this process ends, however it ends, is killed with it.
const groups = new Set<number>();
const killGroup = (pgid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
};
process.on('exit', () => {
  for (const pgid of groups) killGroup(pgid, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

const faketimeStamp = (at: Date) => `@${at.toISOString().slice(0, 19).replace('T', ' ')}`;

/** faketime forks: the process to measure and signal is its child. */
function nodePid(child: ChildProcess): number {
  const pid = child.pid!;
  if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'faketime') return pid;
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  if (!children.length) throw new Error('faketime has not started node yet');
  return Number(children[0]);
}

export function rssMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

export async function startProcess(spec: ProcessSpec): Promise<Child> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...spec.env, ...(spec.fakeTimeUtc ? { TZ: 'UTC' } : {}) };
  const [command, args] = spec.fakeTimeUtc
    ? ['faketime', ['-m', '-f', faketimeStamp(spec.fakeTimeUtc), process.execPath, ...spec.args]]
    : [process.execPath, spec.args];
  const child = spawn(command, args as string[], { cwd: spec.cwd ?? projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const pgid = child.pid!;
  groups.add(pgid);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    groups.delete(pgid);
    resolve(code);
  }));
  const tail: string[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${spec.name} not ready after ${spec.readyTimeoutMs ?? 120_000} ms:\n${tail.join('\n')}`)), spec.readyTimeoutMs ?? 120_000);
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        if (tail.push(line) > 20) tail.shift();
        spec.onLine?.(line);
        if (spec.ready(line)) {
          clearTimeout(timer);
          resolve();
        }
      });
    }
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${spec.name} exited (${code}) before it was ready:\n${tail.join('\n')}`));
    });
  });
  await ready.catch((err: unknown) => {
    killGroup(pgid, 'SIGKILL');
    throw err;
  });
  const pid = nodePid(child);
  return {
    name: spec.name,
    pid,
    rssMb: () => rssMb(pid),
    stop: async (hard = false) => {
      if (!groups.has(pgid)) return;
      killGroup(pgid, hard ? 'SIGKILL' : 'SIGTERM');
      await exited;
    },
  };
}
