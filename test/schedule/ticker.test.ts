// The real-time driver: start-up catch-up, ticks over the time that passed, node-cron tasks.
import cron from 'node-cron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CollectingDelivery } from '../../adapters/console/scheduling.js';
import { ManualClock } from '../../src/clock.js';
import { createLogger } from '../../src/logger.js';
import { allJobs } from '../../src/schedule/jobs/index.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { OutboxSender } from '../../src/schedule/sender.js';
import { startTicker, type Ticker } from '../../src/schedule/ticker.js';
import { seedGroup } from '../support/seed.js';
import { createTestBot, type TestBot } from '../support/testbot.js';
import { plainText } from '../../src/text/plain.js';

describe('ticker', () => {
  let tb: TestBot;
  let ticker: Ticker | undefined;
  beforeEach(async () => {
    tb = await createTestBot();
    await seedGroup(tb.db);
  });
  afterEach(async () => {
    await ticker?.stop();
    await tb.close();
  });

  async function start(at: string) {
    const clock = new ManualClock(new Date(at));
    const logger = createLogger('silent');
    const delivery = new CollectingDelivery();
    ticker = await startTicker({ clock, logger, scheduler: new Scheduler({ db: tb.db, logger, jobs: allJobs() }), sender: new OutboxSender({ db: tb.db, clock, logger, deliveries: [delivery] }) });
    const texts = () => delivery.take().map((o) => plainText(o.message.text).split('\n')[0]);
    return { clock, texts };
  }

  it('catches up at start, then each tick runs what fell due since the last one', async () => {
    const { clock, texts } = await start('2026-11-30T07:30:00Z'); // Monday 08:30: the digest was missed this morning
    expect(texts()).toEqual(['*Veckosammanfattning v. 49 – Konga Bruk konkurs*']);
    clock.set(new Date('2026-11-30T07:59:00Z'));
    await ticker!.tick();
    expect(texts()).toEqual([]);
    clock.set(new Date('2026-12-07T07:00:00Z')); // a week later, 08:00
    await ticker!.tick();
    expect(texts()).toEqual(['*Veckosammanfattning v. 50 – Konga Bruk konkurs*']);
  });

  it('registers its node-cron tasks and removes them when stopped', async () => {
    await start('2026-11-30T07:30:00Z');
    const patterns = () => [...cron.getTasks().values()].filter((t) => t.name?.startsWith('samverkan-')).map((t) => `${t.name} ${t.getPattern()}`).sort();
    expect(patterns()).toEqual(['samverkan-jobs * * * * *', 'samverkan-outbox */5 * * * * *']);
    await ticker!.stop();
    ticker = undefined;
    expect(patterns()).toEqual([]);
  });
});
