// Inbound platform events already handled, so that a delivery the platform retries is processed
// once — by whichever instance it reaches, since the keys are in the shared database.
import { setImmediate as turnOfOthers } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import type { Tx } from './client.js';

/** How long a key is kept: far longer than any platform retries (Slack: three times within minutes). */
const KEEP_MS = 24 * 60 * 60 * 1000;
/** Keys deleted per statement by the prune: each statement takes a few milliseconds of the loop and the write lock. */
const PRUNE_BATCH = 200;

const isUniqueViolation = (err: unknown) => typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002';

/**
 * Records `key` (for example `slack:Ev123`); true the first time, false for a repeat. One insert:
 * expired keys are removed by `pruneProcessedEvents`, off the request path.
 */
export async function firstDelivery(db: Tx, key: string, now: Date): Promise<boolean> {
  try {
    await db.processedEvent.create({ data: { key, receivedAt: now } });
    return true;
  } catch (err) {
    if (isUniqueViolation(err)) return false;
    throw err;
  }
}

/**
 * Whether the delivery `key` of `platform` was handled before (logged when it was). A storage
 * that cannot record it counts it as new: the command will then fail and tell its user so, which
 * beats silence.
 */
export async function repeatedDelivery(db: Tx, platform: string, key: string, now: Date, logger: Logger, fields: Record<string, unknown> = {}): Promise<boolean> {
  try {
    if (await firstDelivery(db, `${platform}:${key}`, now)) return false;
  } catch (err) {
    logger.warn({ err, platform, key }, 'could not record the delivery');
    return false;
  }
  logger.info({ platform, key, ...fields }, 'repeated delivery ignored');
  return true;
}

/** Deletes the keys received more than a day before `now`, a batch at a time; returns how many. */
export async function pruneProcessedEvents(db: Tx, now: Date): Promise<number> {
  const expired = { receivedAt: { lt: new Date(now.getTime() - KEEP_MS) } };
  let removed = 0;
  for (;;) {
    // Oldest first, so the read walks the index on receivedAt (Prisma would order a `take` by key and scan the table).
    const batch = await db.processedEvent.findMany({ where: expired, select: { key: true }, orderBy: { receivedAt: 'asc' }, take: PRUNE_BATCH });
    if (batch.length) removed += (await db.processedEvent.deleteMany({ where: { key: { in: batch.map((e) => e.key) } } })).count;
    if (batch.length < PRUNE_BATCH) return removed;
    // Between batches the event loop serves requests.
    await turnOfOthers();
  }
}
