// Retries connector calls that Teams answers with a transient status, with exponential backoff
// and full jitter (at least the Retry-After the service asks for). After the last attempt a
// transient failure becomes RetryableDeliveryError, so that the outbox can try again later;
// any other failure is thrown as it is.
import { RetryableDeliveryError } from '../../src/core/event.js';
import type { Timer } from './limiter.js';

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([412, 429, 502, 504]);
/** Connection failures: no answer at all, so worth another try later (by the outbox). */
const CONNECTION_ERRORS: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNABORTED']);

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  maxMs: number;
  random: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseMs: 500, maxMs: 8_000, random: Math.random };

interface HttpFailure {
  code?: string;
  response?: { status?: number; headers?: Record<string, unknown> };
}

/** The HTTP status of a failed connector call (axios error shape), if it was an HTTP answer. */
export function statusOf(err: unknown): number | undefined {
  const status = (err as HttpFailure | null)?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

function retryAfterMs(err: unknown): number {
  const header = (err as HttpFailure).response?.headers?.['retry-after'];
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

/** The wait before attempt `attempt + 1`: random in [0, base·2^attempt], capped, never below Retry-After. */
export function backoffMs(attempt: number, policy: RetryPolicy, retryAfter = 0): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return Math.max(retryAfter, Math.round(ceiling * policy.random()));
}

export async function withRetry<T>(operation: () => Promise<T>, timer: Timer, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (err) {
      const status = statusOf(err);
      const code = (err as HttpFailure | null)?.code;
      if (status === undefined && code && CONNECTION_ERRORS.has(code)) throw new RetryableDeliveryError(`Teams connector unreachable: ${code}`);
      if (status === undefined || !RETRYABLE_STATUSES.has(status)) throw err;
      const wait = backoffMs(attempt, policy, retryAfterMs(err));
      if (attempt + 1 >= policy.attempts) throw new RetryableDeliveryError(`Teams answered ${status} ${policy.attempts} times`, wait);
      await timer.sleep(wait);
    }
  }
}
