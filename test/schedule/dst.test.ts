// Daylight saving time through the whole scheduler, ticking every five minutes across the night
// the clocks change, as node-cron would: the digest runs exactly once each day, at the right instant.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { allJobs } from '../../src/schedule/jobs/index.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { writeSetting } from '../../src/settings/store.js';
import { seedCase } from '../support/seed.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

const STEP = 5 * 60_000;

describe('scheduled jobs across DST changes', () => {
  let tb: TestBot;
  let scheduler: Scheduler;
  let caseId: number;

  beforeEach(async () => {
    tb = await createTestBot();
    scheduler = new Scheduler({ db: tb.db, logger: createLogger('silent'), jobs: allJobs(tb.ballotSecret) });
    caseId = (await seedCase(tb.db)).case.id;
    await writeSetting(tb.db, caseId, 'digestDay', 7); // both changes happen on a Sunday
  });
  afterEach(async () => { await tb.close(); });

  async function tickThrough(fromIso: string, toIso: string): Promise<string[]> {
    const ran: string[] = [];
    for (let t = new Date(fromIso).getTime(); t < new Date(toIso).getTime(); t += STEP) {
      const report = await scheduler.runDue(new Date(t), new Date(t + STEP));
      ran.push(...report.ran.filter((r) => r.job === 'digest').map((r) => r.period));
    }
    return ran;
  }

  const digestClaims = async () => (await tb.db.jobClaim.findMany({ where: { job: 'digest' }, orderBy: { id: 'asc' } })).map((c) => c.claimedAt.toISOString());

  it('08:00 runs once on 2026-03-29 (spring forward) and once on 2026-10-25 (fall back)', async () => {
    expect(await tickThrough('2026-03-28T22:00:00Z', '2026-03-29T12:00:00Z')).toEqual(['2026-W13']);
    expect(await tickThrough('2026-10-24T22:00:00Z', '2026-10-25T12:00:00Z')).toEqual(['2026-W43']);
    expect(await digestClaims()).toEqual(['2026-03-29T06:00:00.000Z', '2026-10-25T07:00:00.000Z']);
  }, 120_000);

  it('02:30 is not lost on the spring-forward day (03:30 CEST) and runs once when 02:30 comes twice', async () => {
    await writeSetting(tb.db, caseId, 'digestTime', { hour: 2, minute: 30 });
    expect(await tickThrough('2026-03-28T22:00:00Z', '2026-03-29T06:00:00Z')).toEqual(['2026-W13']);
    expect(await tickThrough('2026-10-24T22:00:00Z', '2026-10-25T06:00:00Z')).toEqual(['2026-W43']);
    expect(await digestClaims()).toEqual(['2026-03-29T01:30:00.000Z', '2026-10-25T00:30:00.000Z']);
  }, 120_000);
});
