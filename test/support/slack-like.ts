// A Slack-like Web API on loopback (chat.postMessage only, answers scripted by request number) and
// a minimal Delivery for it (429 with Retry-After and 5xx are retryable, `ok: false` is permanent),
// for the scheduler's exactly-once tests, which run in child processes. The Slack adapter's own
// fake is fake-slack.ts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RetryableDeliveryError, type Deliverable, type Delivery } from '../../src/core/event.js';
import { plainText } from '../../src/text/plain.js';

export type Answer = { status: 200 } | { status: 429; retryAfterSeconds: number } | { status: 500 } | { status: 200; error: string };

export interface FakeSlack {
  url: string;
  /** Messages the fake accepted, in order. */
  posts: { channel: string; text: string }[];
  requests: number;
  close(): Promise<void>;
}

/** `answer(n)` decides the reply to the n-th request (1-based); default 200. */
export async function startFakeSlack(answer: (n: number) => Answer = () => ({ status: 200 })): Promise<FakeSlack> {
  const fake: FakeSlack = { url: '', posts: [], requests: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const reply = answer(++fake.requests);
      res.setHeader('content-type', 'application/json');
      if (reply.status === 429) res.setHeader('retry-after', String(reply.retryAfterSeconds));
      res.statusCode = reply.status;
      if (reply.status === 200 && !('error' in reply)) fake.posts.push(JSON.parse(body) as { channel: string; text: string });
      res.end(JSON.stringify(reply.status === 200 ? ('error' in reply ? { ok: false, error: reply.error } : { ok: true }) : { ok: false, error: 'ratelimited' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}

export class SlackLikeDelivery implements Delivery {
  readonly platform = 'slack';
  constructor(private readonly url: string) {}

  async deliver(output: Deliverable): Promise<void> {
    if (output.kind === 'update') throw new Error('not used by these tests');
    const channel = output.kind === 'post' ? output.channelId : output.userId;
    const res = await fetch(`${this.url}/chat.postMessage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel, text: plainText(output.message.text) }) });
    const body = (await res.json()) as { ok: boolean; error?: string };
    if (res.status === 429) throw new RetryableDeliveryError('ratelimited', Number(res.headers.get('retry-after')) * 1000);
    if (res.status >= 500) throw new RetryableDeliveryError(`HTTP ${res.status}`);
    if (!body.ok) throw new Error(body.error ?? 'slack error');
  }
}
