// Delivers pending outbox rows through each platform's Delivery. A row is leased before it is
// delivered (so two senders never both send it), retried with exponential backoff and jitter on
// RetryableDeliveryError (never sooner than the platform's Retry-After), and marked sent or, after
// too many attempts or a permanent error, failed. Rows to one target go out in the order written:
// a row that waits holds back the later rows to the same target.
import type { Clock } from '../clock.js';
import { RetryableDeliveryError, type Delivery, type EntityRef } from '../core/event.js';
import type { Logger } from '../logger.js';
import type { Db } from '../store/client.js';
import type { OutboxMessage } from '../store/models.js';
import { decode } from './outbox.js';

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
  /** How long a leased row is reserved for the sender that leased it. */
  leaseMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 1_000, maxMs: 15 * 60_000, maxAttempts: 30, leaseMs: 2 * 60_000 };

export interface SenderOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  deliveries: readonly Delivery[];
  retry?: RetryPolicy;
  /** 0 ≤ x < 1; injected so tests can pin the jitter. */
  random?: () => number;
  /**
   * How many targets (channels, users, cards) are delivered to at the same time; 1 delivers in
   * the order written across targets too (the console prints them as they come).
   */
  targetsAtOnce?: number;
}

export interface FlushReport {
  sent: number;
  retrying: number;
  failed: number;
}

/** Delay before attempt `attempts + 1`: base·2^(attempts−1), half of it random, capped, at least Retry-After. */
export function backoffMs(attempts: number, policy: RetryPolicy, random: number, retryAfterMs = 0): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.max(retryAfterMs, Math.round(exponential / 2 + (exponential / 2) * random));
}

const BATCH = 200;
const TARGETS_AT_ONCE = 8;

/** The entity card a row posts or updates, per platform, if any. */
function cardOf(row: OutboxMessage): string | undefined {
  if (row.kind === 'update') return `${row.platform}:${row.target}`;
  const ref = row.kind === 'post' ? (JSON.parse(row.payload) as { ref?: EntityRef }).ref : undefined;
  return ref && `${row.platform}:${ref.entity}:${ref.id}`;
}

/** At most `size` holders at a time; a freed slot goes to the waiter of the lowest rank. */
class Slots {
  #free: number;
  readonly #waiting: { rank: number; go: () => void }[] = [];

  constructor(size: number) {
    this.#free = size;
  }

  async take(rank: number): Promise<() => void> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((go) => this.#waiting.splice(this.#waiting.filter((w) => w.rank < rank).length, 0, { rank, go }));
    return () => {
      const next = this.#waiting.shift();
      if (next) next.go();
      else this.#free++;
    };
  }
}

export class OutboxSender {
  readonly #retry: RetryPolicy;
  readonly #random: () => number;

  constructor(private readonly options: SenderOptions) {
    this.#retry = options.retry ?? DEFAULT_RETRY;
    this.#random = options.random ?? Math.random;
  }

  /**
   * Delivers every row due now whose platform has a Delivery here. Targets are served side by
   * side, a few at a time, so that one slow or hanging target holds back only its own rows.
   */
  async flush(): Promise<FlushReport> {
    const now = this.options.clock.now();
    const report: FlushReport = { sent: 0, retrying: 0, failed: 0 };
    // Read at every pass: a caller may add a platform's delivery later (the test bot does).
    const byPlatform = new Map(this.options.deliveries.map((d) => [d.platform, d]));
    const rows = await this.options.db.outboxMessage.findMany({ where: { status: 'pending', platform: { in: [...byPlatform.keys()] } }, orderBy: { id: 'asc' }, take: BATCH });
    const slots = new Slots(this.options.targetsAtOnce ?? TARGETS_AT_ONCE);
    // Each target's rows form a chain (a row that is not sent stops the rest of its target), and
    // the update of a card waits for the posts of that card written before it (else it would find
    // no copy to update). The chains share the slots, which go to the earliest written row waiting.
    const chains = new Map<string, Promise<boolean>>();
    const cardPosts = new Map<string, Promise<boolean>[]>();
    for (const [rank, row] of rows.entries()) {
      const target = `${row.platform}:${row.kind}:${row.target}`;
      const card = cardOf(row);
      const after = [chains.get(target) ?? Promise.resolve(true), ...(row.kind === 'update' && card ? cardPosts.get(card) ?? [] : [])];
      const chain = Promise.all(after).then(async (before) => {
        if (!before.every(Boolean)) return false;
        const release = await slots.take(rank);
        try {
          if (row.nextAttemptAt > now || !(await this.#lease(row, now))) return false;
          const outcome = await this.#deliver(row, byPlatform.get(row.platform)!);
          report[outcome]++;
          return outcome === 'sent';
        } finally {
          release();
        }
      });
      chains.set(target, chain);
      if (row.kind === 'post' && card) cardPosts.set(card, [...(cardPosts.get(card) ?? []), chain]);
    }
    await Promise.all(chains.values());
    return report;
  }

  /** Takes the row for this sender: attempts+1 and due again only after the lease. */
  async #lease(row: OutboxMessage, now: Date): Promise<boolean> {
    const { count } = await this.options.db.outboxMessage.updateMany({
      where: { id: row.id, status: 'pending', nextAttemptAt: row.nextAttemptAt },
      data: { attempts: { increment: 1 }, nextAttemptAt: new Date(now.getTime() + this.#retry.leaseMs) },
    });
    return count === 1;
  }

  async #deliver(row: OutboxMessage, delivery: Delivery): Promise<keyof FlushReport> {
    const attempts = row.attempts + 1;
    const log = { outboxId: row.id, caseId: row.caseId, platform: row.platform, kind: row.kind, attempts };
    try {
      await delivery.deliver(decode(row), { key: `outbox-${row.id}`, repeated: row.attempts > 0, since: row.createdAt });
    } catch (err) {
      const retryable = err instanceof RetryableDeliveryError && attempts < this.#retry.maxAttempts;
      const lastError = err instanceof Error ? err.message : String(err);
      if (!retryable) {
        await this.#update(row.id, { status: 'failed', lastError });
        this.options.logger.error({ ...log, err }, 'outbox delivery failed');
        return 'failed';
      }
      const delay = backoffMs(attempts, this.#retry, this.#random(), err.retryAfterMs);
      await this.#update(row.id, { nextAttemptAt: new Date(this.options.clock.now().getTime() + delay), lastError });
      this.options.logger.warn({ ...log, delayMs: delay, error: lastError }, 'outbox delivery will be retried');
      return 'retrying';
    }
    await this.#update(row.id, { status: 'sent', sentAt: this.options.clock.now(), lastError: null });
    this.options.logger.info(log, 'outbox delivered');
    return 'sent';
  }

  async #update(id: number, data: Partial<Pick<OutboxMessage, 'status' | 'lastError' | 'nextAttemptAt' | 'sentAt'>>): Promise<void> {
    await this.options.db.outboxMessage.update({ where: { id }, data });
  }
}
