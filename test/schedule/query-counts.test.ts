// The scheduler's work follows what falls due, not how much there is: an idle tick sends as many
// SQL statements for 50 cases as for one. Statements are counted on a client with Prisma's query
// events (counting-db.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { allJobs } from '../../src/schedule/jobs/index.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { openCountingDb, type CountingDb } from '../support/counting-db.js';
import { addAction, addMeeting, addPoll, addReport, seedGroup } from '../support/seed.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

describe('SQL statements of the scheduler', () => {
  let tb: TestBot;
  let counting: CountingDb;
  let scheduler: Scheduler;

  beforeEach(async () => {
    tb = await createTestBot();
    counting = await openCountingDb(tb.url);
    scheduler = new Scheduler({ db: counting.db, logger: createLogger('silent'), jobs: allJobs(tb.ballotSecret) });
  });
  afterEach(async () => {
    await counting.db.$disconnect();
    await tb.close();
  });

  async function statements(work: () => Promise<unknown>): Promise<number> {
    const before = counting.queries();
    await work();
    return counting.queries() - before;
  }

  let cases = 0;
  const group = () => seedGroup(tb.db, { channels: [`samverkan-${++cases}`] });

  /** A case with something for every job: an open poll with a deadline, a meeting, a report, actions. */
  async function busyCase(): Promise<number> {
    const { caseId, anna, erik } = await group();
    await addAction(tb.db, caseId, { text: 'Boka lokal', owner: erik, due: '2026-12-20' });
    await addPoll(tb.db, caseId, { number: 1, question: 'Mässa?', options: ['Ja', 'Nej'], closesAt: new Date('2026-12-18T11:00:00Z'), by: anna });
    await addMeeting(tb.db, caseId, { number: 1, startsAt: new Date('2026-12-16T12:00:00Z'), agenda: ['Läget'], by: anna });
    await addReport(tb.db, caseId, { date: '2026-11-25', by: erik, permanent: 40 });
    return caseId;
  }

  it('an idle tick sends the same statements for 1 case as for 50', async () => {
    // Sunday 29 November 12:00: nothing falls due in the minute after it.
    const noon = new Date('2026-11-29T11:00:00Z');
    const idleTick = () => statements(() => scheduler.runDue(noon, new Date(noon.getTime() + 60_000)));
    await busyCase();
    await scheduler.runDue(noon, noon); // the new case's next occurrences
    const one = await idleTick();
    for (let i = 1; i < 50; i++) await busyCase();
    await scheduler.runDue(noon, noon);
    expect(await tb.db.nextOccurrence.count()).toBe(50 * 6);
    const fifty = await idleTick();
    expect(fifty).toBe(one);
    expect(one).toBeLessThanOrEqual(3);
  }, 120_000);
});
