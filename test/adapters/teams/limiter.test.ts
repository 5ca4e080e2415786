import { describe, expect, it } from 'vitest';
import { ConversationLimiter, TEAMS_WINDOWS } from '../../../adapters/teams/limiter.js';
import { backoffMs, DEFAULT_RETRY, withRetry } from '../../../adapters/teams/retry.js';
import { RetryableDeliveryError } from '../../../src/core/event.js';
import { instantTimer } from '../../support/teams.js';

const httpError = (status: number, headers: Record<string, string> = {}) => Object.assign(new Error(`status ${status}`), { response: { status, headers } });

describe('per-conversation limiter', () => {
  it('never lets more operations into a window than Teams allows, and keeps their order', async () => {
    const timer = instantTimer();
    const limiter = new ConversationLimiter(timer);
    const starts: number[] = [];
    const order: number[] = [];
    await Promise.all(Array.from({ length: 70 }, (_, i) => limiter.run('19:a', async () => { starts.push(timer.now()); order.push(i); })));
    expect(order).toEqual(Array.from({ length: 70 }, (_, i) => i));
    for (const [span, allowed] of TEAMS_WINDOWS) {
      for (const t of starts) expect(starts.filter((s) => s >= t && s < t + span).length).toBeLessThanOrEqual(allowed);
    }
    // The first seven go at once; the eighth waits for the one-second window.
    expect(starts.slice(0, 7).every((s) => s === 0)).toBe(true);
    expect(starts[7]).toBeGreaterThanOrEqual(1000);
  });

  it('does not hold one conversation back for another', async () => {
    const timer = instantTimer();
    const limiter = new ConversationLimiter(timer);
    for (let i = 0; i < 7; i++) await limiter.run('19:a', async () => {});
    let started = -1;
    await limiter.run('19:b', async () => { started = timer.now(); });
    expect(started).toBe(0);
    expect(timer.sleeps).toEqual([]);
  });

  it('goes on after an operation fails', async () => {
    const limiter = new ConversationLimiter(instantTimer());
    await expect(limiter.run('19:a', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    await expect(limiter.run('19:a', async () => 'ok')).resolves.toBe('ok');
  });
});

describe('retries with backoff and jitter', () => {
  it('retries 429, 412, 502 and 504, waiting longer each time within the jitter range', async () => {
    for (const status of [429, 412, 502, 504]) {
      const timer = instantTimer();
      let calls = 0;
      const result = await withRetry(async () => { if (++calls < 4) throw httpError(status); return 'sent'; }, timer, { ...DEFAULT_RETRY, random: () => 1 });
      expect(result).toBe('sent');
      expect(timer.sleeps).toEqual([500, 1000, 2000]);
    }
  });

  it('honours Retry-After and draws the jitter from [0, ceiling]', () => {
    expect(backoffMs(2, { ...DEFAULT_RETRY, random: () => 0.5 })).toBe(1000);
    expect(backoffMs(2, { ...DEFAULT_RETRY, random: () => 0 }, 3000)).toBe(3000);
    expect(backoffMs(10, { ...DEFAULT_RETRY, random: () => 1 })).toBe(DEFAULT_RETRY.maxMs);
  });

  it('gives up with RetryableDeliveryError after the last attempt, and does not retry other failures', async () => {
    const timer = instantTimer();
    let calls = 0;
    const failing = withRetry(async () => { calls++; throw httpError(429, { 'retry-after': '7' }); }, timer);
    await expect(failing).rejects.toBeInstanceOf(RetryableDeliveryError);
    await expect(failing).rejects.toMatchObject({ retryAfterMs: 7000 });
    expect(calls).toBe(DEFAULT_RETRY.attempts);
    calls = 0;
    await expect(withRetry(async () => { calls++; throw httpError(403); }, timer)).rejects.toThrow('status 403');
    expect(calls).toBe(1);
  });
});
