// `npm start`'s composition: with the Slack variables set, main serves Slack over HTTP on PORT
// against the fake Web API instead of reading the console; SIGTERM stops it cleanly.
import { afterEach, describe, expect, it } from 'vitest';
import { enqueue } from '../src/outbox/outbox.js';
import { openDb } from '../src/store/client.js';
import { FakeSlack } from './support/fake-slack.js';
import { postSigned } from './support/slack-payloads.js';
import { freePort, ready, startProgram } from './support/program.js';
import { freshDatabase } from './support/testbot.js';
import { literal } from '../src/text/rich.js';

const SECRET = 'a-signing-secret-for-main';

describe('npm start with Slack', () => {
  let fake: FakeSlack;
  afterEach(async () => { await fake.stop(); });

  it('asks auth.test once, serves /slack/events on PORT, answers a signed slash command, stops on SIGTERM', async () => {
    fake = await new FakeSlack().start();
    const { url } = await freshDatabase();
    const port = await freePort();
    const { child, done } = startProgram({ DATABASE_URL: url, PORT: String(port), LOG_LEVEL: 'info', SLACK_BOT_TOKEN: 'xoxb-main-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl });
    expect(await ready(child, done)).toContain('"adapters":["slack"]');
    expect(fake.callsTo('auth.test')).toHaveLength(1);

    const body = new URLSearchParams({ command: '/samverkan', text: 'hjälp', user_id: 'UANNA', user_name: 'anna', channel_id: 'C1', channel_name: 'k', team_id: 'T0001', response_url: fake.responseUrl('main'), trigger_id: '1.2.3' }).toString();
    const res = await postSigned(`http://127.0.0.1:${port}/slack/events`, SECRET, body);
    expect(res.status).toBe(200);
    const { body: answer } = await fake.until(() => fake.responses.find((r) => r.id === 'main'));
    expect(JSON.stringify(answer.blocks)).toContain('Samverkan – kommandon');

    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
  });

  it('runs the scheduler on the wall clock: an outbox row waiting for Slack is delivered and expired delivery keys are pruned at start-up', async () => {
    fake = await new FakeSlack().start();
    const { url } = await freshDatabase();
    const db = await openDb(url);
    const c = await db.case.create({ data: { title: 'K', company: 'K AB', municipality: 'T', kind: 'konkurs', affected: 10, createdAt: new Date() } });
    await db.$transaction((tx) => enqueue(tx, c.id, 'test:1', [{ kind: 'post', platform: 'slack', channelId: 'C1', message: { text: literal('Veckosammanfattning') } }], new Date()));
    await db.processedEvent.createMany({ data: [{ key: 'slack:EvOld', receivedAt: new Date(Date.now() - 25 * 3_600_000) }, { key: 'slack:EvNew', receivedAt: new Date() }] });
    await db.$disconnect();
    const { child, done } = startProgram({ DATABASE_URL: url, PORT: String(await freePort()), LOG_LEVEL: 'info', SLACK_BOT_TOKEN: 'xoxb-main-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl });
    await ready(child, done);
    expect((await fake.until(() => fake.callsTo('chat.postMessage')[0])).args).toMatchObject({ channel: 'C1', text: 'Veckosammanfattning' });
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
    const after = await openDb(url);
    expect(await after.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'sent' });
    expect((await after.processedEvent.findMany()).map((e) => e.key)).toEqual(['slack:EvNew']);
    await after.$disconnect();
  });

  it('stops with one line when Slack refuses the token', async () => {
    fake = await new FakeSlack().start();
    fake.fail('auth.test', { error: 'invalid_auth' });
    const { url } = await freshDatabase();
    const result = await startProgram({ DATABASE_URL: url, PORT: String(await freePort()), SLACK_BOT_TOKEN: 'xoxb-revoked', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl }).done;
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('cannot start the Slack adapter: An API error occurred: invalid_auth');
  });
});
