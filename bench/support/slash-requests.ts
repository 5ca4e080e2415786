// Signed slash commands as Slack sends them: the v0 HMAC of `v0:<timestamp>:<body>` with the
// signing secret, a fresh trigger_id each (the bot drops a trigger_id it has seen before) and a
// response_url whose last segment names the request, so its answer can be matched to its send time.
import { createHmac } from 'node:crypto';
import type { FakeUser } from '../../test/support/fake-slack.js';
import { slashCommand, type Channel } from '../../test/support/slack-payloads.js';

export const SIGNING_SECRET = 'bench-signing-secret-5f1c0a9e7d';
export const BOT_TOKEN = 'xoxb-bench-token';
export const BALLOT_SECRET = 'bench-ballot-secret-0123456789';
export const EVENTS_PATH = '/slack/events';

export interface SignedSlash {
  /** Names the request: its trigger_id and the last segment of its response_url. */
  id: string;
  body: string;
  headers: Record<string, string>;
}

export interface SlashTarget {
  /** The fake Slack's response_url prefix; the request id is appended. */
  respondBase: string;
  /** Added to our clock for the signed timestamp: a bot under faketime lives at another time. */
  clockOffsetMs?: number;
}

// Unique across processes and runs, since the bot keeps the trigger_ids it has seen in its database.
const RUN = `${process.pid.toString(36)}${Date.now().toString(36)}`;
let sequence = 0;

export function sign(timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** `{id}` in the text becomes the request id (a command whose answer is a channel post tags it so). */
export function signedSlash(target: SlashTarget, user: FakeUser, channel: Channel, text: string): SignedSlash {
  const id = `${RUN}-${++sequence}`;
  const body = new URLSearchParams(slashCommand(user, channel, text.replaceAll('{id}', id), `${target.respondBase}${id}`, `${id}.bench`)).toString();
  const timestamp = Math.floor((Date.now() + (target.clockOffsetMs ?? 0)) / 1000);
  return {
    id,
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(timestamp, body) },
  };
}

export interface Slash {
  user: FakeUser;
  channel: Channel;
  text: string;
}

/** An endless stream of signed commands; `slash(n)` says who types what where the n-th time. */
export function slashStream(target: SlashTarget, slash: (n: number) => Slash): () => SignedSlash {
  let n = 0;
  return () => {
    const { user, channel, text } = slash(n++);
    return signedSlash(target, user, channel, text);
  };
}
