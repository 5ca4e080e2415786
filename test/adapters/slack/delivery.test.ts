// SlackDelivery against the fake Web API: posts, in-place updates, DMs, files.uploadV2, rate
// limits (429 + Retry-After) and per-channel pacing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RetryableDeliveryError, type EntityRef } from '../../../src/core/event.js';
import { CHANNEL, createSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { literal } from '../../../src/text/rich.js';

const message = (text: string) => ({ text: literal(text) });

describe('Slack delivery', () => {
  let h: SlackHarness;
  let ref: EntityRef;
  beforeEach(async () => {
    h = await createSlackHarness({ apiTimeoutMs: 2000 });
    const c = await h.tb.db.case.create({ data: { title: 'K', company: 'K AB', municipality: 'T', kind: 'konkurs', affected: 10, createdAt: h.tb.clock.now() } });
    ref = { caseId: c.id, entity: 'poll', id: 7 };
  });
  afterEach(async () => { await h.close(); });

  const deliver = (output: Parameters<SlackHarness['adapter']['delivery']['deliver']>[0]) => h.adapter.delivery.deliver(output);
  const post = (channelId: string, text: string, withRef?: EntityRef) => deliver({ kind: 'post', platform: 'slack', channelId, message: message(text), ...(withRef ? { ref: withRef } : {}) });

  it('records every posted copy of an entity card and updates them all in place', async () => {
    await post('C1', 'Omröstning: 0 röster', ref);
    await post('C2', 'Omröstning: 0 röster', ref);
    await post('C1', 'annat');
    const copies = await h.tb.db.postedMessage.findMany();
    expect(copies.map((c) => c.channelId)).toEqual(['C1', 'C2']);
    await deliver({ kind: 'update', platform: 'slack', ref, message: message('Omröstning: 1 röst') });
    const updates = h.fake.callsTo('chat.update');
    expect(updates.map((u) => [u.args.channel, u.args.ts, u.args.text])).toEqual(copies.map((c) => [c.channelId, c.messageId, 'Omröstning: 1 röst']));
    expect(updates[0]!.args.blocks).toEqual([]);
  });

  it('skips a copy that is gone and still updates the others', async () => {
    await post('C1', 'v1', ref);
    await post('C2', 'v1', ref);
    h.fake.fail('chat.update', { error: 'message_not_found' });
    await deliver({ kind: 'update', platform: 'slack', ref, message: message('v2') });
    expect(h.fake.callsTo('chat.update').map((u) => u.args.channel)).toEqual(['C2']);
  });

  it('opens a DM channel once, remembers it on the user, and posts there', async () => {
    await h.tb.db.user.create({ data: { platform: 'slack', externalId: 'UERIK', displayName: 'Erik Lind', createdAt: h.tb.clock.now() } });
    const dm = { kind: 'dm' as const, platform: 'slack', userId: 'UERIK', userName: 'Erik Lind', message: message('Dagordning för mötet') };
    await deliver(dm);
    await deliver(dm);
    expect(h.fake.callsTo('conversations.open').map((c) => c.args.users)).toEqual(['UERIK']);
    expect(h.fake.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual(['DERIK', 'DERIK']);
    expect((await h.tb.db.user.findFirstOrThrow()).dmAddress).toBe('DERIK');
  });

  it('uploads files with files.uploadV2 after the message: URL, bytes, completion in the channel', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    await deliver({ kind: 'post', platform: 'slack', channelId: CHANNEL.id, message: { text: literal('Läget vecka 48'), files: [{ name: 'lage.png', mimeType: 'image/png', data: png }, { name: 'lage.csv', mimeType: 'text/csv', data: new TextEncoder().encode('a;b\n1;2') }] } });
    expect(h.fake.calls.map((c) => c.method)).toEqual(['chat.postMessage', 'files.getUploadURLExternal', 'files.getUploadURLExternal', 'files.completeUploadExternal']);
    expect(h.fake.callsTo('files.getUploadURLExternal').map((c) => [c.args.filename, Number(c.args.length)])).toEqual([['lage.png', 7], ['lage.csv', 7]]);
    expect(h.fake.uploads.map((u) => [u.filename, [...u.bytes]])).toEqual([['lage.png', [...png]], ['lage.csv', [...new TextEncoder().encode('a;b\n1;2')]]]);
    const done = h.fake.callsTo('files.completeUploadExternal')[0]!;
    expect(done.args.channel_id).toBe(CHANNEL.id);
    expect(done.args.files.map((f: { id: string }) => f.id).sort()).toEqual(h.fake.uploads.map((u) => u.fileId).sort());
  });

  it('waits out a 429 for as long as Retry-After says, then delivers once', async () => {
    h.fake.fail('chat.postMessage', { status: 429, retryAfter: 2 });
    await post('C1', 'hej');
    expect(h.rateLimitWaits).toEqual([2000]);
    expect(h.fake.calls.map((c) => [c.method, c.status])).toEqual([['chat.postMessage', 429], ['chat.postMessage', 200]]);
    expect(h.fake.messages.size).toBe(1);
  });

  it('gives up after three waits, or at once for a long Retry-After, with a retryable error carrying the wait', async () => {
    for (let i = 0; i < 4; i++) h.fake.fail('chat.postMessage', { status: 429, retryAfter: 1 });
    const err = await post('C1', 'hej').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryableDeliveryError);
    expect((err as RetryableDeliveryError).retryAfterMs).toBe(1000);
    expect(h.rateLimitWaits).toEqual([1000, 1000, 1000]);

    h.fake.fail('chat.postMessage', { status: 429, retryAfter: 120 });
    const long = await post('C1', 'hej').catch((e: unknown) => e);
    expect((long as RetryableDeliveryError).retryAfterMs).toBe(120_000);
    expect(h.rateLimitWaits).toHaveLength(3);
    expect(h.fake.messages.size).toBe(0);
  });

  it('reports a 5xx as retryable and a refusal such as channel_not_found as final', async () => {
    h.fake.fail('chat.postMessage', { status: 500 });
    expect(await post('C1', 'x').catch((e: unknown) => e)).toBeInstanceOf(RetryableDeliveryError);
    h.fake.fail('chat.postMessage', { error: 'channel_not_found' });
    const final = await post('C1', 'x').catch((e: unknown) => e);
    expect(final).not.toBeInstanceOf(RetryableDeliveryError);
    expect(String(final)).toContain('channel_not_found');
  });

  it('gives up on a call that never answers after the timeout, with a retryable error, and serves other channels meanwhile', async () => {
    h.fake.fail('chat.postMessage', { hang: true });
    const hung = post('C1', 'x').catch((e: unknown) => e);
    await h.fake.until(() => h.fake.calls.length > 0);
    await post('C2', 'y');
    expect(h.fake.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual(['C2']);
    expect(await hung).toBeInstanceOf(RetryableDeliveryError);
  });

  it('completes a repeated attempt instead of posting twice: pages already in the channel (by their metadata) are not posted again', async () => {
    const since = h.tb.clock.now();
    const long = 'rad\n'.repeat(1500); // two Slack messages
    const first = { kind: 'post' as const, platform: 'slack', channelId: 'C1', message: message(long), ref };
    await h.adapter.delivery.deliver(first, { key: 'outbox-7', repeated: false, since });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(2);
    // The process died after Slack took the first page only: the retry finds it and posts the second.
    const [kept] = [...h.fake.messages.values()];
    h.fake.messages.clear();
    h.fake.messages.set(`C1/${kept!.ts}`, kept!);
    await h.tb.db.postedMessage.deleteMany();
    await h.adapter.delivery.deliver(first, { key: 'outbox-7', repeated: true, since });
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(3);
    expect(posts[2]!.args.metadata).toEqual({ event_type: 'samverkan_delivery', event_payload: { key: 'outbox-7', page: 1 } });
    expect(await h.tb.db.postedMessage.findFirstOrThrow()).toMatchObject({ channelId: 'C1', messageId: kept!.ts });
    // A retry of a delivery that got through whole posts nothing.
    await h.adapter.delivery.deliver(first, { key: 'outbox-7', repeated: true, since });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(3);
  });

  it('paces posts to one channel a second apart, without holding up other channels', async () => {
    await Promise.all([post('C1', '1'), post('C1', '2'), post('C2', 'a'), post('C1', '3')]);
    expect(h.paceWaits.map((w) => w.ms)).toEqual([1000, 1000]);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C1').map((c) => c.args.text)).toEqual(['1', '2', '3']);
  });
});
