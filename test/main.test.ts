// The composition root as `npm start` runs it: with TEAMS_ALLOW_UNAUTHENTICATED=1 the Teams
// adapter serves /api/messages on PORT; in production that variable stops the start.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeConnector } from './support/fake-connector.js';
import { ERIK, personalMessage } from './support/teams.js';
import { freePort, instanceSecret } from './support/program.js';
import { freshDatabase } from './support/testbot.js';

const ROOT = join(import.meta.dirname, '..');

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'test', ...instanceSecret(env), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exited = once(child, 'exit').then(([code]) => code as number);
  return { child, exited, stderr: () => stderr };
}

describe('npm start with Teams', () => {
  let connector: FakeConnector;
  beforeEach(async () => { connector = await new FakeConnector().start(); });
  afterEach(async () => { await connector.stop(); });

  it('refuses TEAMS_ALLOW_UNAUTHENTICATED in production with one line and exit code 2', async () => {
    const run = start({ NODE_ENV: 'production', TEAMS_ALLOW_UNAUTHENTICATED: '1' });
    expect(await run.exited).toBe(2);
    expect(run.stderr().trim().split('\n')).toEqual([expect.stringMatching(/^configuration error: TEAMS_ALLOW_UNAUTHENTICATED /)]);
  });

  it('serves /api/messages on PORT and answers through the activity\'s service URL', async () => {
    const port = await freePort();
    const { url, dir } = await freshDatabase();
    const run = start({ TEAMS_ALLOW_UNAUTHENTICATED: '1', PORT: String(port), DATABASE_URL: url, LOG_LEVEL: 'info' });
    try {
      while (!run.stderr().includes('"msg":"ready"')) {
        if (run.child.exitCode !== null) throw new Error(run.stderr());
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(personalMessage(connector.url, ERIK, 'hjälp')) });
      expect(res.status).toBe(200);
      while (!connector.posted().length) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(connector.posted()[0]!.conversationId).toBe('a:personal-erik');
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
    await rm(dir, { recursive: true, force: true });
  });
});
