// The chart worker in the real program: started from TypeScript (tsx, as these tests run the
// program) and from the compiled dist/ (as `npm start` runs it), drawing `läge`'s chart, and
// ended with the program on SIGTERM.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/store/paths.js';
import { startProgram, type ProgramResult } from '../support/program.js';
import type { ChildProcess } from 'node:child_process';

const SETUP = [
  'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs mål=70 inom=8',
  'läge rapportera tillsvidare=20 visstid=10 eget=5 studier=5 söker=100 datum=2026-10-01',
  'läge rapportera tillsvidare=40 visstid=10 eget=5 studier=5 söker=80 datum=2026-11-01',
];
const CHART = /\[lage\.png, (\d+) B\]/;

/**
 * Asks `läge` until an answer carries the chart: the first one may come before the worker has
 * loaded on a busy machine, and is then kept for the next answer. Returns the chart's size.
 */
async function askUntilChart(child: ChildProcess): Promise<number> {
  let stdout = '';
  child.stdout!.on('data', (d: Buffer) => { stdout += d.toString('utf8'); });
  child.stdin!.write(`${SETUP.join('\n')}\n`);
  for (let i = 0; i < 20; i++) {
    const from = stdout.length;
    child.stdin!.write(`läge\nslut-${i}\n`);
    await expect.poll(() => stdout.slice(from).includes(`slut-${i}`), { timeout: 60_000, interval: 50 }).toBe(true);
    const chart = CHART.exec(stdout.slice(from));
    if (chart) return Number(chart[1]);
  }
  throw new Error(`no chart in 20 answers: ${stdout}`);
}

async function stoppedCleanly(child: ChildProcess, done: Promise<ProgramResult>): Promise<void> {
  child.kill('SIGTERM');
  const result = await done;
  expect(result.code).toBe(0);
  expect(result.stderr).toContain('"msg":"stopped"');
  expect(result.stderr).not.toMatch(/Error|at .*\.[jt]s/);
}

describe('the chart worker in the program', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samverkan-charts-'));
    env = { DATABASE_URL: `file:${join(dir, 'samverkan.db')}`, LOG_LEVEL: 'info' };
  });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('draws läge\'s chart from TypeScript, and the program stops on SIGTERM with the worker running', async () => {
    const { child, done } = startProgram(env);
    expect(await askUntilChart(child)).toBeGreaterThan(5_000);
    await stoppedCleanly(child, done);
  });

  it('stops on SIGTERM sent right after a command that draws a new chart', async () => {
    const { child, done } = startProgram(env);
    await askUntilChart(child);
    child.stdin!.write('läge rapportera tillsvidare=60 visstid=10 eget=5 studier=5 söker=60 datum=2026-11-15\n');
    await stoppedCleanly(child, done);
  });

  it('draws it from the compiled program, as npm start runs it', async () => {
    // Compiled into dist/ (ignored by git) so that the packages resolve as they do for npm start.
    const out = join(projectRoot, 'dist', `e2e-charts-${process.pid}`);
    try {
      await promisify(execFile)(process.execPath, [join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(projectRoot, 'tsconfig.build.json'), '--outDir', out]);
      const { child, done } = startProgram(env, dir, join(out, 'src', 'main.js'));
      expect(await askUntilChart(child)).toBeGreaterThan(5_000);
      await stoppedCleanly(child, done);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 180_000);
});
