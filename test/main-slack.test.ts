// `npm start`'s composition: with the Slack variables set, main serves Slack over HTTP on PORT
// (here a free port, against the fake Web API) instead of reading the console; SIGTERM stops it.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/store/paths.js';
import { FakeSlack } from './support/fake-slack.js';
import { freshDatabase } from './support/testbot.js';

const SECRET = 'a-signing-secret-for-main';

describe('main with the Slack variables', () => {
  let fake: FakeSlack;
  afterEach(async () => { await fake.stop(); });

  it('starts the Slack adapter, answers a signed slash command, and stops on SIGTERM', async () => {
    fake = await new FakeSlack().start();
    const { url } = await freshDatabase();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH, DATABASE_URL: url, PORT: '0', LOG_LEVEL: 'info', SLACK_BOT_TOKEN: 'xoxb-main-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const ready = new Promise<{ port: number; mode: string }>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        const line = stderr.split('\n').map((l) => { try { return JSON.parse(l); } catch { return null; } }).find((l) => l?.msg === 'ready');
        if (line) resolve(line);
      });
      child.on('exit', (code) => reject(new Error(`main exited with ${code}: ${stderr}`)));
    });
    const { port, mode } = await ready;
    expect(mode).toBe('http');
    expect(fake.callsTo('auth.test')).toHaveLength(1);

    const body = new URLSearchParams({ command: '/samverkan', text: 'hjälp', user_id: 'UANNA', user_name: 'anna', channel_id: 'C1', channel_name: 'k', team_id: 'T0001', response_url: fake.responseUrl('main'), trigger_id: '1.2.3' }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}` },
      body,
    });
    expect(res.status).toBe(200);
    const { body: answer } = await fake.until(() => fake.responses.find((r) => r.id === 'main'));
    expect(JSON.stringify(answer.blocks)).toContain('ärende ny');

    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
