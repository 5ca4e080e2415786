// Exactly once within one process: a claimed occurrence never runs again, and start-up runs only
// the missed occurrences that still matter.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { allJobs } from '../../src/schedule/jobs/index.js';
import { decode } from '../../src/outbox/outbox.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { addAction, addMeeting, addPoll, seedGroup, type SeededMember } from '../support/seed.js';
import { createTestBot, type TestBot } from '../support/testbot.js';
import { plainText } from '../../src/text/plain.js';

describe('scheduler', () => {
  let tb: TestBot;
  let scheduler: Scheduler;
  let caseId: number;
  let anna: SeededMember;
  let erik: SeededMember;

  const queued = async () => (await tb.db.outboxMessage.findMany({ orderBy: { id: 'asc' } })).map((row) => {
    const d = decode(row);
    return `${d.kind === 'post' ? `#${d.channelId}` : d.kind === 'dm' ? `@${d.userId}` : `${d.platform} update ${d.ref.entity} ${d.ref.id}`}: ${plainText(d.message.text).split('\n')[0]}`;
  });

  beforeEach(async () => {
    tb = await createTestBot();
    scheduler = new Scheduler({ db: tb.db, logger: createLogger('silent'), jobs: allJobs(tb.ballotSecret) });
    ({ caseId, anna, erik } = await seedGroup(tb.db));
    await addAction(tb.db, caseId, { number: 1, text: 'Boka lokal', owner: erik, due: '2026-11-20' });
  });
  afterEach(async () => { await tb.close(); });

  it('runs each occurrence once, however often its window is run', async () => {
    const from = new Date('2026-11-29T12:00:00Z');
    const to = new Date('2026-11-30T12:00:00Z');
    const first = await scheduler.runDue(from, to);
    expect(first.ran.map((r) => `${r.job} ${r.period} ${r.deliveries}`)).toEqual(['digest 2026-W49 1', 'action_reminders 2026-11-30 1']);
    const rows = await queued();
    const next = await tb.db.nextOccurrence.findMany({ orderBy: { dueAt: 'asc' } });
    expect(next.map((r) => `${r.job} ${r.period} ${r.dueAt.toISOString()}`)).toEqual(['action_reminders 2026-12-01 2026-12-01T08:00:00.000Z', 'digest 2026-W50 2026-12-07T07:00:00.000Z']);
    // Nothing is due any more; and a scheduler that read the rows before they moved on finds the claims taken.
    expect(await scheduler.runDue(from, to)).toEqual({ ran: [], taken: 0, failed: 0 });
    await tb.db.nextOccurrence.update({ where: { job_caseId_subject: { job: 'digest', caseId, subject: 0 } }, data: { period: '2026-W49', dueAt: new Date('2026-11-30T07:00:00Z') } });
    await tb.db.nextOccurrence.update({ where: { job_caseId_subject: { job: 'action_reminders', caseId, subject: 0 } }, data: { period: '2026-11-30', dueAt: new Date('2026-11-30T08:00:00Z') } });
    expect(await scheduler.runDue(from, to)).toEqual({ ran: [], taken: 2, failed: 0 });
    expect(await scheduler.catchUp(to)).toEqual({ ran: [], taken: 0, failed: 0 });
    expect(await queued()).toEqual(rows);
    expect(await tb.db.jobClaim.count()).toBe(2);
    // A taken occurrence moves its row on as a run would.
    expect((await tb.db.nextOccurrence.findMany({ orderBy: { dueAt: 'asc' } })).map((r) => r.period)).toEqual(['2026-12-01', '2026-W50']);
  });

  it('at start-up runs what was missed and still matters: the digest the same day, today\'s reminders, due polls, coming agendas', async () => {
    // Down from Thursday 26 November 08:00 to Monday 30 November 10:30.
    await addPoll(tb.db, caseId, { number: 1, question: 'Stängde i lördags?', options: ['Ja', 'Nej'], closesAt: new Date('2026-11-28T11:00:00Z'), by: anna });
    await addPoll(tb.db, caseId, { number: 2, question: 'Stänger i eftermiddag?', options: ['Ja', 'Nej'], closesAt: new Date('2026-11-30T14:00:00Z'), by: anna, votes: [[anna, 0]], ballotSecret: tb.ballotSecret });
    await addMeeting(tb.db, caseId, { number: 1, startsAt: new Date('2026-11-30T08:30:00Z'), by: anna }); // began before start-up
    await addMeeting(tb.db, caseId, { number: 2, startsAt: new Date('2026-12-01T09:00:00Z'), by: anna }); // agenda due Monday 10:00
    const report = await scheduler.catchUp(new Date('2026-11-30T09:30:00Z'));
    expect(report.ran.map((r) => `${r.job} ${r.period.replace(/@.*/, '')}`)).toEqual([
      'poll_close 1', 'poll_reminder 2', 'digest 2026-W49', 'action_reminders 2026-11-30', `agenda_dm ${(await tb.db.meeting.findFirstOrThrow({ where: { number: 2 } })).id}`,
    ]);
    expect(await queued()).toEqual([
      '#samverkan: Omröstning #1 "Stängde i lördags?" är stängd. Resultat: inga röster lades.',
      'console update poll 1: *Omröstning #1: Stängde i lördags?*',
      '@erik: Omröstning #2 i Konga Bruk konkurs, "Stänger i eftermiddag?", stänger måndag 30 november 15:00 och du har inte röstat än.',
      '@lena: Omröstning #2 i Konga Bruk konkurs, "Stänger i eftermiddag?", stänger måndag 30 november 15:00 och du har inte röstat än.',
      '#samverkan: *Veckosammanfattning vecka 48, 23–29 november 2026 – Konga Bruk konkurs*',
      '@erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:',
      '@anna: Dagordningen inför nästa möte i Konga Bruk konkurs:',
      '@erik: Dagordningen inför nästa möte i Konga Bruk konkurs:',
      '@lena: Dagordningen inför nästa möte i Konga Bruk konkurs:',
    ]);
  });

  it('does not send a digest missed on an earlier day', async () => {
    const report = await scheduler.catchUp(new Date('2026-12-01T09:30:00Z')); // Tuesday
    expect(report.ran.map((r) => `${r.job} ${r.period}`)).toEqual(['action_reminders 2026-12-01']);
  });

  it('rolls back a job that fails, claim included, and goes on with the others', async () => {
    const failing = new Scheduler({
      db: tb.db, logger: createLogger('silent'),
      jobs: allJobs(tb.ballotSecret).map((job) => (job.name === 'digest' ? { ...job, run: async () => { throw new Error('boom'); } } : job)),
    });
    const report = await failing.runDue(new Date('2026-11-29T12:00:00Z'), new Date('2026-11-30T12:00:00Z'));
    expect(report).toMatchObject({ failed: 1, taken: 0, ran: [{ job: 'action_reminders' }] });
    expect((await tb.db.jobClaim.findMany()).map((c) => c.job)).toEqual(['action_reminders']);
    // The next run (here: start-up the same day) does it.
    expect((await scheduler.catchUp(new Date('2026-11-30T12:00:00Z'))).ran.map((r) => r.job)).toEqual(['digest']);
  });
});
