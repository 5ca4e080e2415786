// Slack's rate limits, made explicit. The Web API client is built with rejectRateLimitedCalls, so a
// 429 reaches this code instead of being retried inside the client; here it is waited out for as
// long as its Retry-After header asks, a bounded number of times. A wait longer than that becomes
// RetryableDeliveryError with the wait, so the outbox sender can reschedule instead of blocking.
import { webApi } from '@slack/bolt';
import { RetryableDeliveryError } from '../../src/core/event.js';

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RateLimitPolicy {
  /** How many 429s one call may wait out before giving up. */
  maxWaits: number;
  /** A longer Retry-After is not waited for here. */
  maxWaitMs: number;
  sleep: Sleep;
}

export const DEFAULT_RATE_LIMITS: RateLimitPolicy = { maxWaits: 3, maxWaitMs: 60_000, sleep: realSleep };

/**
 * No retries inside the Web API client: a chat.postMessage that timed out may have been posted all
 * the same, and only the outbox can find out (by the message's metadata) before it tries again.
 * Network errors and 5xx therefore surface as retryable failures for the outbox to handle.
 */
export const WEB_API_RETRIES = { retries: 0 };

type Coded = Error & { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string } };

const coded = (err: unknown): Coded | null => (err instanceof Error ? (err as Coded) : null);

/** Milliseconds a 429 asks to wait, or undefined for any other failure. */
export function retryAfterMs(err: unknown): number | undefined {
  const e = coded(err);
  return e?.code === webApi.ErrorCode.RateLimitedError && typeof e.retryAfter === 'number' ? e.retryAfter * 1000 : undefined;
}

/** The error code of a Web API answer with `ok: false` (`not_in_channel`, …). */
export function platformError(err: unknown): string | undefined {
  const e = coded(err);
  return e?.code === webApi.ErrorCode.PlatformError ? e.data?.error : undefined;
}

// Slack's answers that mean "try again later" rather than "this cannot work".
const TRANSIENT_PLATFORM_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited']);

/** Network failures, 5xx answers and Slack's transient errors: worth retrying later. */
export function isTransient(err: unknown): boolean {
  const e = coded(err);
  if (!e) return false;
  if (e.code === webApi.ErrorCode.RequestError) return true;
  if (e.code === webApi.ErrorCode.HTTPError) return (e.statusCode ?? 0) >= 500;
  return TRANSIENT_PLATFORM_ERRORS.has(platformError(err) ?? '');
}

export async function waitingOutRateLimits<T>(call: () => Promise<T>, policy: RateLimitPolicy): Promise<T> {
  for (let waits = 0; ; waits++) {
    try {
      return await call();
    } catch (err) {
      const wait = retryAfterMs(err);
      if (wait === undefined) throw err;
      if (waits >= policy.maxWaits || wait > policy.maxWaitMs) throw new RetryableDeliveryError(`Slack rate limit: retry after ${wait} ms`, wait);
      await policy.sleep(wait);
    }
  }
}
