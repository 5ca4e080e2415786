// Inbound platform events already handled, so that a delivery the platform retries is processed
// once — by whichever instance it reaches, since the keys are in the shared database.
import type { Logger } from '../logger.js';
import type { Tx } from './client.js';

/** How long a key is kept: far longer than any platform retries (Slack: three times within minutes). */
const KEEP_MS = 24 * 60 * 60 * 1000;

const isUniqueViolation = (err: unknown) => typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002';

/**
 * Records `key` (for example `slack:Ev123`); true the first time, false for a repeat. Keys older
 * than a day are dropped on the way.
 */
export async function firstDelivery(db: Tx, key: string, now: Date): Promise<boolean> {
  await db.processedEvent.deleteMany({ where: { receivedAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
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
