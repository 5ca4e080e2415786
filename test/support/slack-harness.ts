// The real bot and the real Bolt app on a loopback port, talking to a fake Slack Web API:
//   const h = await createSlackHarness();
//   await h.slash('ärende visa');                 // signed, as Slack sends it; returns the HTTP answer
//   await h.fake.until(() => h.fake.responses[0]); // what the adapter sent back, once it has
// Requests are signed with the signing secret (v0 HMAC). Waits asked for by pacing and rate-limit
// handling are recorded, not slept: pacing runs on a virtual clock that only those waits move.
import { createHmac } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createSlackAdapter, SLACK_EVENTS_PATH, type SlackAdapter, type SlackAdapterOptions } from '../../adapters/slack/app.js';
import { startHttpServer } from '../../adapters/http/server.js';
import type { CommandSpec } from '../../src/commands/spec.js';
import { DbInstallationStore } from '../../adapters/slack/installations.js';
import { APP_CREDENTIALS, BOT, FakeSlack, USERS, type FakeUser } from './fake-slack.js';
import { appHomeOpened, blockActions, slashCommand, viewSubmission, type Channel, type PostedMessage } from './slack-payloads.js';
import { createTestBot, type TestBot } from './testbot.js';

export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
/** PUBLIC_BASE_URL + /slack/install of the OAuth harness. */
export const INSTALL_URL = 'https://samverkan.example.se/slack/install';
export const STATE_SECRET = 'st4te-s3cret-for-the-install-cookie';
/** SLACK_TOKEN_KEY of the OAuth harness: 32 bytes. */
export const TOKEN_KEY = Buffer.alloc(32, 7);
export const CHANNEL: Channel = { id: 'C0SAMVERKAN', name: 'samverkan-konga' };
export const [ANNA, ERIK, JOHN] = USERS as [FakeUser, FakeUser, FakeUser];

export interface HttpAnswer {
  status: number;
  body: string;
}

export interface Signing {
  /** Seconds since the epoch written in the timestamp header; now by default. */
  timestamp?: number;
  /** Replaces the computed signature. */
  signature?: string;
  retryNum?: number;
}

/** Log lines the adapter wrote, as objects, so a test can wait for one. */
export class LogCapture extends Writable {
  readonly lines: Record<string, any>[] = [];
  readonly #events = new EventEmitter();
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) this.lines.push(JSON.parse(line));
    this.#events.emit('line');
    done();
  }
  /** Resolves with the matching lines once there are at least `count` of them. */
  async until(check: (line: Record<string, any>) => boolean, count = 1): Promise<Record<string, any>[]> {
    for (;;) {
      const hits = this.lines.filter(check);
      if (hits.length >= count) return hits;
      await new Promise((resolve) => this.#events.once('line', resolve));
    }
  }
}

export interface HarnessOptions {
  commands?: readonly CommandSpec[];
  ackDeadlineMs?: number;
  /** Connect through Socket Mode (the fake's WebSocket end) instead of serving HTTP. */
  socketMode?: boolean;
  /** Share a bot with other platforms' harnesses (cross-platform tests). */
  testBot?: TestBot;
  /** The ballot key secret of the bot the harness creates (equal secrets give equal voter keys). */
  ballotSecret?: string;
  apiTimeoutMs?: number;
  /** Install through OAuth (the fake's oauth.v2.access) instead of using one bot token. */
  oauth?: boolean;
  /** The adapter's log level; info by default. */
  logLevel?: pino.LevelWithSilent;
}

export interface SlackHarness {
  tb: TestBot;
  fake: FakeSlack;
  adapter: SlackAdapter;
  logs: LogCapture;
  /** Every wait pacing asked for, by channel. */
  paceWaits: { channel?: string; ms: number }[];
  /** Every wait a 429's Retry-After asked for. */
  rateLimitWaits: number[];
  eventsUrl: string;
  /** The shared HTTP server's address, e.g. http://127.0.0.1:1234 */
  baseUrl: string;
  /** The installation store (OAuth harnesses only). */
  store?: DbInstallationStore;
  /** Sends a raw body to /slack/events, signed unless told otherwise. */
  send(body: string, contentType: string, signing?: Signing): Promise<HttpAnswer>;
  slash(text: string, options?: { user?: FakeUser; channel?: Channel; responseId?: string; triggerId?: string; signing?: Signing }): Promise<HttpAnswer>;
  /** Clicks the button labelled `label` on a message the fake recorded as posted. */
  click(message: PostedMessage, label: string, options?: { user?: FakeUser; responseId?: string; channel?: Channel }): Promise<HttpAnswer>;
  submit(view: any, values: Record<string, Record<string, unknown>>, options?: { user?: FakeUser }): Promise<HttpAnswer>;
  homeOpened(user: FakeUser, eventId: string, signing?: Signing): Promise<HttpAnswer>;
  /** Resolves when the work of every request so far is done and what it stored has been delivered. */
  idle(): Promise<void>;
  /** Sends a slash command and waits until everything it causes has been delivered. */
  run(text: string, options?: Parameters<SlackHarness['slash']>[1]): Promise<HttpAnswer>;
  close(): Promise<void>;
}

const sign = (timestamp: number, body: string) => `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = 'application/x-www-form-urlencoded';

export async function createSlackHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const tb = options.testBot ?? (await createTestBot({ ...(options.commands ? { commands: options.commands } : {}), ...(options.ballotSecret ? { ballotSecret: options.ballotSecret } : {}) }));
  const fake = await new FakeSlack().start();
  const logs = new LogCapture();
  const logger = pino({ level: options.logLevel ?? 'info', base: undefined }, logs);
  const paceWaits: { ms: number }[] = [];
  const rateLimitWaits: number[] = [];
  let virtualMs = 0;
  const store = options.oauth ? new DbInstallationStore(tb.db, tb.clock, TOKEN_KEY) : undefined;
  const installation = store
    ? { oauth: { ...APP_CREDENTIALS, stateSecret: STATE_SECRET, store, installUrl: INSTALL_URL } }
    : { botToken: 'xoxb-test-token', identity: { botId: BOT.botId, botUserId: BOT.userId, teamId: BOT.teamId } };
  const adapterOptions: SlackAdapterOptions = {
    bot: tb.bot, db: tb.db, clock: tb.clock, registry: tb.registry, defaultLocale: 'sv', logger,
    ...installation, signingSecret: SIGNING_SECRET, apiUrl: fake.apiUrl,
    rateLimits: { maxWaits: 3, maxWaitMs: 60_000, sleep: async (ms) => void rateLimitWaits.push(ms) },
    pacing: { intervalMs: 1000, now: () => virtualMs, sleep: async (ms) => { paceWaits.push({ ms }); virtualMs += ms; } },
    ...(options.ackDeadlineMs !== undefined ? { ackDeadlineMs: options.ackDeadlineMs } : {}),
    ...(options.apiTimeoutMs !== undefined ? { apiTimeoutMs: options.apiTimeoutMs } : {}),
    ...(options.socketMode ? { appToken: 'xapp-1-A0SAMVERKAN-test' } : {}),
  };
  const adapter = createSlackAdapter(adapterOptions);
  tb.addDelivery(adapter.delivery);
  await adapter.start();
  const server: Server = await startHttpServer(0, adapter.routes, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const eventsUrl = `${baseUrl}${SLACK_EVENTS_PATH}`;

  const send = async (body: string, contentType: string, signing: Signing = {}): Promise<HttpAnswer> => {
    const timestamp = signing.timestamp ?? Math.floor(Date.now() / 1000);
    const res = await fetch(eventsUrl, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signing.signature ?? sign(timestamp, body),
        ...(signing.retryNum !== undefined ? { 'x-slack-retry-num': String(signing.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {}),
      },
      body,
    });
    return { status: res.status, body: await res.text() };
  };
  const idle = async () => {
    await adapter.idle();
    await tb.settled();
  };
  const interaction = (payload: unknown) => send(form({ payload: JSON.stringify(payload) }), FORM);
  const slash: SlackHarness['slash'] = (text, o = {}) => send(form(slashCommand(o.user ?? ANNA, o.channel ?? CHANNEL, text, fake.responseUrl(o.responseId ?? 'slash'), o.triggerId)), FORM, o.signing);

  return {
    tb, fake, adapter, logs, paceWaits, rateLimitWaits, eventsUrl, baseUrl, send, ...(store ? { store } : {}),
    slash,
    idle,
    run: async (text, o = {}) => {
      const answer = await slash(text, o);
      await idle();
      return answer;
    },
    click: (message, label, o = {}) => {
      const button = message.blocks?.flatMap((b) => b.elements ?? []).find((e: any) => e.type === 'button' && e.text.text === label);
      if (!button) throw new Error(`no button "${label}" on message ${message.ts}`);
      const channel = o.channel ?? (message.channel === CHANNEL.id ? CHANNEL : { id: message.channel, name: message.channel });
      return interaction(blockActions(o.user ?? ANNA, channel, message, button, fake.responseUrl(o.responseId ?? 'click')));
    },
    submit: (view, values, o = {}) => interaction(viewSubmission(o.user ?? ANNA, view, values)),
    homeOpened: (user, eventId, signing) => send(JSON.stringify(appHomeOpened(user, eventId)), 'application/json', signing),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await adapter.stop();
      await fake.stop();
      if (!options.testBot) await tb.close();
    },
  };
}
