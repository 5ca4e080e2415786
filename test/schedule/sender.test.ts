// The outbox sender against a Slack-like API on loopback: rate limits, retries, order, failures.
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import type { Deliverable, Delivery } from '../../src/core/event.js';
import { createLogger } from '../../src/logger.js';
import { decode, encode, enqueue } from '../../src/outbox/outbox.js';
import { backoffMs, DEFAULT_RETRY, OutboxSender, type RetryPolicy } from '../../src/outbox/sender.js';
import { openDb, type Db } from '../../src/store/client.js';
import { startFakeSlack, SlackLikeDelivery, type Answer, type FakeSlack } from '../support/slack-like.js';
import { seedCase } from '../support/seed.js';
import { freshDatabase } from '../support/testbot.js';
import { literal } from '../../src/text/rich.js';

const T0 = new Date('2026-11-30T07:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const post = (channelId: string, text: string): Deliverable => ({ kind: 'post', platform: 'slack', channelId, message: { text: literal(text) } });

describe('outbox sender', () => {
  let db: Db;
  let dir: string;
  let caseId: number;
  let slack: FakeSlack | undefined;
  let clock: ManualClock;
  const flushAt = (s: OutboxSender, when: Date) => {
    clock.set(when);
    return s.flush();
  };

  beforeEach(async () => {
    const fresh = await freshDatabase();
    dir = fresh.dir;
    db = await openDb(fresh.url);
    caseId = (await seedCase(db)).case.id;
  });
  afterEach(async () => {
    await slack?.close();
    slack = undefined;
    await db.$disconnect();
    await rm(dir, { recursive: true, force: true });
  });

  async function queue(...items: Deliverable[]) {
    await db.$transaction((tx) => enqueue(tx, caseId, `test:${Math.random()}`, items, T0));
  }

  async function sender(answers: (n: number) => Answer, retry: RetryPolicy = DEFAULT_RETRY) {
    slack = await startFakeSlack(answers);
    clock = new ManualClock(T0);
    return new OutboxSender({ db, clock, logger: createLogger('silent'), deliveries: [new SlackLikeDelivery(slack.url)], retry, random: () => 0.5 });
  }

  it('posts exactly once when the API answers 429 with Retry-After, then 200', async () => {
    const s = await sender((n) => (n === 1 ? { status: 429, retryAfterSeconds: 3 } : { status: 200 }));
    await queue(post('C1', 'Veckosammanfattning'));
    expect(await flushAt(s, T0)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const waiting = await db.outboxMessage.findFirstOrThrow();
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lastError: 'ratelimited', nextAttemptAt: later(3000) }); // Retry-After beats the 750 ms backoff
    expect(await flushAt(s, later(2999))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await flushAt(s, later(3000))).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await flushAt(s, later(60_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(slack!.requests).toBe(2);
    expect(slack!.posts).toEqual([{ channel: 'C1', text: 'Veckosammanfattning' }]);
    expect(await db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'sent', attempts: 2, sentAt: later(3000), lastError: null });
  });

  it('backs off exponentially with jitter on 5xx and gives up after the last attempt', async () => {
    const retry = { ...DEFAULT_RETRY, maxAttempts: 3 };
    const s = await sender(() => ({ status: 500 }), retry);
    await queue(post('C1', 'x'));
    await flushAt(s, T0);
    expect((await db.outboxMessage.findFirstOrThrow()).nextAttemptAt).toEqual(later(750)); // 1 s, half of it jitter (0.5)
    await flushAt(s, later(750));
    expect((await db.outboxMessage.findFirstOrThrow()).nextAttemptAt).toEqual(later(750 + 1500));
    expect(await flushAt(s, later(2250))).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'failed', attempts: 3, lastError: 'HTTP 500' });
    expect(await flushAt(s, later(3_600_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(slack!.requests).toBe(3);
  });

  it('marks a permanent error failed at once', async () => {
    const s = await sender(() => ({ status: 200, error: 'channel_not_found' }));
    await queue(post('C404', 'x'));
    expect(await flushAt(s, T0)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'failed', attempts: 1, lastError: 'channel_not_found' });
  });

  it('keeps the order of messages to one channel while others go ahead', async () => {
    const s = await sender((n) => (n === 1 ? { status: 429, retryAfterSeconds: 1 } : { status: 200 }));
    await queue(post('C1', 'first'), post('C1', 'second'), post('C2', 'other'));
    expect(await flushAt(s, T0)).toEqual({ sent: 1, retrying: 1, failed: 0 });
    expect(slack!.posts.map((p) => p.text)).toEqual(['other']);
    await flushAt(s, later(1000));
    expect(slack!.posts.map((p) => p.text)).toEqual(['other', 'first', 'second']);
  });

  it('lets a hanging target hold back only its own rows', async () => {
    let release!: () => void;
    const hanging = new Promise<void>((resolve) => { release = resolve; });
    const delivered: string[] = [];
    const delivery: Delivery = {
      platform: 'slack',
      deliver: async (output) => {
        if (output.kind === 'post' && output.channelId === 'C1') await hanging;
        delivered.push(output.kind === 'post' ? `${output.channelId}: ${output.message.text}` : output.kind);
      },
    };
    clock = new ManualClock(T0);
    const s = new OutboxSender({ db, clock, logger: createLogger('silent'), deliveries: [delivery] });
    await queue(post('C1', 'stuck'), post('C1', 'after it'), post('C2', 'other'), post('C3', 'third'));
    const flushing = s.flush();
    // Targets are delivered side by side, so only the order within one target is defined.
    await vi.waitFor(() => expect([...delivered].sort()).toEqual(['C2: other', 'C3: third']));
    release();
    expect(await flushing).toEqual({ sent: 4, retrying: 0, failed: 0 });
    expect(delivered.slice(2)).toEqual(['C1: stuck', 'C1: after it']);
  });

  it('leaves rows of platforms it has no delivery for', async () => {
    const s = await sender(() => ({ status: 200 }));
    await queue({ kind: 'dm', platform: 'teams', userId: 'u1', userName: 'Anna', message: { text: literal('x') } }, post('C1', 'y'));
    expect(await flushAt(s, T0)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect((await db.outboxMessage.findMany({ where: { status: 'pending' } })).map((r) => r.platform)).toEqual(['teams']);
  });

  it('never delivers a row another sender has leased', async () => {
    const s = await sender(() => ({ status: 200 }));
    await queue(post('C1', 'x'));
    const row = await db.outboxMessage.findFirstOrThrow();
    // Another sender took it a moment ago and has not finished: its lease holds the row.
    await db.outboxMessage.update({ where: { id: row.id }, data: { attempts: 1, nextAttemptAt: later(DEFAULT_RETRY.leaseMs) } });
    expect(await flushAt(s, later(1000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    // A sender that died while holding it: the lease runs out and the row is delivered.
    expect(await flushAt(s, later(DEFAULT_RETRY.leaseMs))).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(slack!.posts).toHaveLength(1);
  });
});

describe('backoff and the outbox format', () => {
  it('doubles the delay per attempt with half of it random, caps it, and honours Retry-After', () => {
    const p = { ...DEFAULT_RETRY, baseMs: 1000, maxMs: 10_000 };
    expect([1, 2, 3, 4].map((a) => backoffMs(a, p, 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((a) => backoffMs(a, p, 0.999999))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(9, p, 1)).toBe(10_000);
    expect(backoffMs(1, p, 0, 30_000)).toBe(30_000);
  });

  it('round-trips posts with files, dms and card updates', () => {
    const withFile: Deliverable = { kind: 'post', platform: 'teams', channelId: '19:abc', channelName: 'samverkan', ref: { caseId: 1, entity: 'poll', id: 2 }, message: { text: literal('t'), card: { title: literal('c'), sections: [] }, files: [{ name: 'a.png', mimeType: 'image/png', data: new Uint8Array([0, 1, 255]) }] } };
    const dm: Deliverable = { kind: 'dm', platform: 'slack', userId: 'U1', userName: 'Anna', message: { text: literal('hej') } };
    const update: Deliverable = { kind: 'update', platform: 'teams', ref: { caseId: 1, entity: 'poll', id: 2 }, message: { text: literal('stängd'), card: { title: literal('c'), sections: [] } } };
    for (const item of [withFile, dm, update]) expect(decode(encode(item))).toEqual(item);
    expect(encode(dm)).toMatchObject({ platform: 'slack', kind: 'dm', target: 'U1' });
    expect(encode(update)).toMatchObject({ platform: 'teams', kind: 'update', target: 'poll:2' });
  });
});
