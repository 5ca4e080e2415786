// The real-time driver: start-up catch-up, ticks over the time that passed, node-cron tasks.
import cron from 'node-cron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CollectingDelivery } from '../../adapters/console/scheduling.js';
import { ManualClock } from '../../src/clock.js';
import type { Delivery } from '../../src/core/event.js';
import { createLogger } from '../../src/logger.js';
import { allJobs } from '../../src/schedule/jobs/index.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { Courier } from '../../src/outbox/courier.js';
import { OutboxSender } from '../../src/outbox/sender.js';
import { startTicker, type Ticker } from '../../src/schedule/ticker.js';
import { addPoll, seedGroup } from '../support/seed.js';
import { createTestBot, type TestBot } from '../support/testbot.js';
import { plainText } from '../../src/text/plain.js';
import { setReadOnly } from '../support/database.js';

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

  /** A ticker whose deliveries are collected; with `hold`, each waits for it first. */
  async function start(at: string, hold?: Promise<void>, housekeeping?: (now: Date) => Promise<unknown>) {
    const clock = new ManualClock(new Date(at));
    const logger = createLogger('silent');
    const collected = new CollectingDelivery();
    const delivery: Delivery = hold ? { platform: collected.platform, deliver: async (output) => { await hold; await collected.deliver(output); } } : collected;
    ticker = await startTicker({ clock, logger, scheduler: new Scheduler({ db: tb.db, logger, jobs: allJobs(tb.ballotSecret) }), courier: new Courier(new OutboxSender({ db: tb.db, clock, logger, deliveries: [delivery] }), logger), ...(housekeeping ? { housekeeping } : {}) });
    const texts = async () => {
      await ticker!.delivered();
      return collected.take().map((o) => plainText(o.message.text).split('\n')[0]);
    };
    return { clock, texts };
  }

  it('catches up at start, then each tick runs what fell due since the last one', async () => {
    const { clock, texts } = await start('2026-11-30T07:30:00Z'); // Monday 08:30: the digest was missed this morning
    expect(await texts()).toEqual(['*Veckosammanfattning vecka 48, 23–29 november 2026 – Konga Bruk konkurs*']);
    clock.set(new Date('2026-11-30T07:59:00Z'));
    await ticker!.tick();
    expect(await texts()).toEqual([]);
    clock.set(new Date('2026-12-07T07:00:00Z')); // a week later, 08:00
    await ticker!.tick();
    // It ran, and posted nothing: a second quiet week does not repeat "nothing new".
    expect(await tb.db.jobClaim.count({ where: { job: 'digest' } })).toBe(2);
    expect(await texts()).toEqual([]);
  });

  it('closes a poll at its deadline while a delivery hangs', async () => {
    const { anna } = await seedGroup(tb.db, { channels: ['andra'] });
    const poll = await addPoll(tb.db, anna.caseId, { number: 1, question: 'Mässa?', options: ['Ja', 'Nej'], closesAt: new Date('2026-11-30T08:00:00Z'), by: anna });
    let release!: () => void;
    const hanging = new Promise<void>((resolve) => { release = resolve; });
    const { clock, texts } = await start('2026-11-30T07:30:00Z', hanging); // the missed digests now hang in delivery
    clock.set(new Date('2026-11-30T08:01:00Z'));
    await ticker!.tick();
    expect(await tb.db.poll.findUniqueOrThrow({ where: { id: poll.id } })).toMatchObject({ status: 'closed', closedAt: new Date('2026-11-30T08:00:00Z') });
    release();
    expect(await texts()).toContain('Omröstning #1 "Mässa?" är stängd. Resultat: inga röster lades.');
  });

  it('runs a window again when the storage failed during it, so the digest still goes out', async () => {
    const { clock, texts } = await start('2026-11-29T12:00:00Z'); // Sunday
    await setReadOnly(tb.db, true);
    clock.set(new Date('2026-11-30T07:01:00Z')); // Monday 08:01: the digest is due, the storage is not there
    await ticker!.tick();
    expect(await tb.db.jobClaim.count()).toBe(0);
    await setReadOnly(tb.db, false);
    clock.set(new Date('2026-11-30T07:02:00Z'));
    await ticker!.tick();
    expect(await texts()).toEqual(['*Veckosammanfattning vecka 48, 23–29 november 2026 – Konga Bruk konkurs*']);
  });

  it('runs the housekeeping at start and after the jobs of every tick, at the tick\'s time', async () => {
    const seen: { at: string; claims: number }[] = [];
    const housekeeping = async (now: Date) => seen.push({ at: now.toISOString(), claims: await tb.db.jobClaim.count() });
    const { clock } = await start('2026-11-29T12:00:00Z', undefined, housekeeping); // Sunday
    clock.set(new Date('2026-11-30T07:00:00Z')); // Monday 08:00: the digest falls due
    await ticker!.tick();
    expect(seen).toEqual([{ at: '2026-11-29T12:00:00.000Z', claims: 0 }, { at: '2026-11-30T07:00:00.000Z', claims: 1 }]);
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
