// Runs the real program (src/main.ts through tsx) as a child process, as `npm start` would.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../src/store/paths.js';

export interface ProgramResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

// tsx as a loader inside one node process (not its CLI, which runs a second process and relays
// signals, so a SIGTERM could end it before our handler ran), resolved from the project so the
// program can also run in another working directory.
const TSX_LOADER = pathToFileURL(join(projectRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** PostgreSQL needs BALLOT_SECRET, the same for every instance on the database, as an operator sets it. */
export function instanceSecret(env: Record<string, string | undefined>): Record<string, string> {
  return env.DATABASE_URL && !env.DATABASE_URL.startsWith('file:') ? { BALLOT_SECRET: 'test-ballot-secret-shared-by-instances' } : {};
}

/**
 * Starts the program with only the given environment (plus PATH), in the project root or `cwd`:
 * src/main.ts through tsx, or a compiled main.js as `npm start` runs it.
 */
export function startProgram(env: Record<string, string>, cwd = projectRoot, compiled?: string): { child: ChildProcess; done: Promise<ProgramResult> } {
  const args = compiled ? [compiled] : ['--import', TSX_LOADER, join(projectRoot, 'src', 'main.ts')];
  const child = spawn(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...instanceSecret(env), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => { stdout += d.toString('utf8'); });
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
  const done = new Promise<ProgramResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** Resolves with standard error so far once the program has logged `ready` (LOG_LEVEL=info). */
export function ready(child: ChildProcess, done: Promise<ProgramResult>): Promise<string> {
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString('utf8'); if (stderr.includes('"msg":"ready"')) resolve(stderr); });
    void done.then((r) => reject(new Error(`the program exited with ${r.code}: ${r.stderr}`)));
  });
}

/** Pipes a script into the program and waits for it to exit at end of input. */
export async function runScript(script: string, env: Record<string, string>, cwd?: string): Promise<ProgramResult> {
  const { child, done } = startProgram(env, cwd);
  child.stdin!.end(script);
  return done;
}

export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A TCP port that was free a moment ago, for a program that needs PORT set. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}
