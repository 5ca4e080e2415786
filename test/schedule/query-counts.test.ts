// The scheduler's work follows what falls due, not how much there is: an idle tick sends as many
// SQL statements for 50 cases as for one, and a digest as many for a case a year into its work as
// for a new one. Statements are counted on a client with Prisma's query events (counting-db.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { allJobs } from '../../src/schedule/jobs/index.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { composeDigest, composeDigests, type ComposedDigest, type DigestCase } from '../../src/services/digest.js';
import { readSettings, writeSetting } from '../../src/settings/store.js';
import { plainText } from '../../src/text/plain.js';
import { openCountingDb, type CountingDb } from '../support/counting-db.js';
import { addAction, addMeeting, addPoll, addReport, seedGroup } from '../support/seed.js';
import { createTestBot, type TestBot } from '../support/testbot.js';
import { onPostgres } from '../support/database.js';

const DAY = 86_400_000;
/** Monday 30 November 08:00 in Stockholm, and the week before it. */
const MONDAY = new Date('2026-11-30T07:00:00Z');
const inWeek = (days: number) => new Date(MONDAY.getTime() - days * DAY);

// Counts the statements of SQLite's client (support/counting-db.ts); the scheduler's queries are the same on PostgreSQL.
describe.skipIf(onPostgres)('SQL statements of the scheduler', () => {
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

  it('a digest sends the same statements for a small case as for a large one', async () => {
    const small = await group();
    await addAction(tb.db, small.caseId, { text: 'Boka lokal', owner: small.erik, due: '2026-12-20', createdAt: inWeek(3) });
    await addPoll(tb.db, small.caseId, { number: 1, question: 'Mässa?', options: ['Ja', 'Nej'], closesAt: new Date('2026-12-18T11:00:00Z'), by: small.anna, createdAt: inWeek(2) });
    await addMeeting(tb.db, small.caseId, { number: 1, startsAt: new Date('2026-12-02T12:00:00Z'), agenda: ['Läget'], by: small.anna });
    await addReport(tb.db, small.caseId, { date: '2026-11-25', by: small.erik, permanent: 40 });

    // A year of work: 200 actions, 20 polls (the last ones in the week), 52 weekly reports, a long agenda.
    const large = await group();
    const owners = [large.anna, large.erik, large.lena];
    await tb.db.action.createMany({
      data: Array.from({ length: 200 }, (_, i) => {
        const owner = owners[i % 3]!;
        const createdAt = inWeek(364 - (i * 364) / 200);
        return { caseId: large.caseId, number: i + 1, text: `Åtgärd ${i + 1}`, ownerId: owner.id, organisationId: owner.organisationId, dueDate: new Date(createdAt.getTime() + 21 * DAY).toISOString().slice(0, 10), status: ['open', 'in_progress', 'done'][i % 3]!, createdById: large.anna.id, createdAt, closedAt: i % 3 === 2 ? new Date(createdAt.getTime() + 10 * DAY) : null };
      }),
    });
    for (let k = 1; k <= 20; k++) {
      await addPoll(tb.db, large.caseId, { number: k, question: `Fråga ${k}?`, options: ['Ja', 'Nej', 'Vet ej'], closesAt: new Date('2026-12-18T11:00:00Z'), by: large.anna, createdAt: inWeek(20 - k) });
    }
    await tb.db.poll.updateMany({ where: { caseId: large.caseId, number: { lte: 15 } }, data: { status: 'closed', closedAt: inWeek(1) } });
    await addMeeting(tb.db, large.caseId, { number: 1, startsAt: new Date('2026-12-02T12:00:00Z'), agenda: Array.from({ length: 12 }, (_, i) => `Punkt ${i + 1}`), by: large.anna });
    for (let w = 52; w >= 1; w--) await addReport(tb.db, large.caseId, { date: inWeek(7 * w - 1).toISOString().slice(0, 10), by: large.erik, permanent: 60 - w });

    const digestCase = async (caseId: number) => {
      const theCase = await tb.db.case.findUniqueOrThrow({ where: { id: caseId } });
      return { case: theCase, settings: await readSettings(tb.db, theCase) };
    };
    const [smallCase, largeCase] = [await digestCase(small.caseId), await digestCase(large.caseId)];
    const alone = new Map<number, ComposedDigest>();
    const digestOf = (c: DigestCase) => statements(async () => alone.set(c.case.id, await composeDigest(counting.db, c.case, c.settings, MONDAY)));
    const smallDigest = await digestOf(smallCase);
    expect(await digestOf(largeCase)).toBe(smallDigest);
    expect(smallDigest).toBeLessThanOrEqual(10); // 8 for the digest, 2 for its activities
    // Read together (as the scheduler reads the Monday digests), two cases take as many statements as one, and each reads as alone.
    let together = new Map<number, ComposedDigest>();
    expect(await statements(async () => (together = await composeDigests(counting.db, [smallCase, largeCase], MONDAY)))).toBe(smallDigest);
    expect(together).toEqual(alone);
    expect(plainText(alone.get(large.caseId)!.message.text)).toContain('Stängd: #15');

    // The same for the whole run of the digest job (claim, outbox, next occurrence): the large
    // case's digest comes at 07:00, the small one's at 08:00.
    await writeSetting(tb.db, large.caseId, 'digestTime', { hour: 7, minute: 0 });
    const sunday = new Date('2026-11-29T12:00:00Z');
    await scheduler.runDue(sunday, sunday);
    const tick = (to: Date) => statements(async () => expect((await scheduler.runDue(new Date(to.getTime() - 60_000), to)).ran.map((r) => r.job)).toEqual(['digest']));
    const largeTick = await tick(new Date(MONDAY.getTime() - 3_600_000));
    expect(await tick(MONDAY)).toBe(largeTick);
  }, 120_000);
});
