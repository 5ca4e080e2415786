// Each scheduled job driven through the console's :clock, on rows seeded as other commands will
// write them. Outputs are what the console prints: posts to channels, dms to users.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleOutput } from '../../adapters/console/session.js';
import { addAction, addMeeting, addMember, addPoll, addReport, seedGroup, type SeededMember } from '../support/seed.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

const shown = (outs: ConsoleOutput[]) => outs.map((o) => `${o.kind === 'post' ? `#${o.channel}` : o.kind === 'dm' ? `@${o.to}` : 'reply'}: ${o.message.text}`);

describe('scheduled jobs', () => {
  let tb: TestBot;
  let caseId: number;
  let anna: SeededMember;
  let erik: SeededMember;
  let lena: SeededMember;

  beforeEach(async () => {
    tb = await createTestBot(); // Monday 2026-11-23 09:00
    ({ caseId, anna, erik, lena } = await seedGroup(tb.db));
  });
  afterEach(async () => { await tb.close(); });

  it('reminds owners of overdue actions and those due by the next working day, once a working day at 09:00', async () => {
    await addAction(tb.db, caseId, { number: 1, text: 'Boka lokal', owner: erik, due: '2026-11-20' });
    await addAction(tb.db, caseId, { number: 2, text: 'Ring AF', owner: erik, due: '2026-11-25' });
    await addAction(tb.db, caseId, { number: 3, text: 'Skriv inbjudan', owner: lena, due: '2026-11-30' });
    await addAction(tb.db, caseId, { number: 4, text: 'Klar redan', owner: lena, due: '2026-11-20', status: 'done' });
    expect(shown(await tb.say(':clock 2026-11-24T08:59'))).toEqual([]);
    expect(shown(await tb.say(':clock 2026-11-24T09:00'))).toEqual([
      '@erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:\n' +
        '• #1 Boka lokal – försenad, skulle vara klar fredag 20 november\n' +
        '• #2 Ring AF – ska vara klar imorgon, onsdag 25 november\n' +
        'Skriv `åtgärd klar <nr>` när en är klar eller `åtgärd flytta <nr> <datum>` för att ändra datum.',
    ]);
    // Friday: Monday is the next working day, so #3 (due Monday) is included.
    const friday = shown(await tb.say(':clock 2026-11-27T09:00'));
    expect(friday.filter((l) => l.startsWith('@lena'))).toEqual([expect.stringContaining('#3 Skriv inbjudan – ska vara klar måndag 30 november')]);
    // Wednesday (#2 due today) and Thursday (#2 a day overdue); not Friday: each action's next is a week after its last.
    expect(friday.filter((l) => l.startsWith('@erik'))).toHaveLength(2);
    expect(shown(await tb.say(':clock 2026-11-29T23:00'))).toEqual([]); // the weekend
  });

  it('skips Christmas, New Year and Epiphany, and reminds of an overdue action weekly', async () => {
    await addAction(tb.db, caseId, { number: 1, text: 'Boka lokal', owner: erik, due: '2026-11-20' });
    await tb.say(':clock 2026-12-23T10:00');
    const outs = await tb.say(':clock 2027-01-08T10:00');
    const days = outs.filter((o) => o.kind === 'dm').map((o) => o.at);
    const claims = await tb.db.jobClaim.findMany({ where: { job: 'action_reminders', period: { gt: '2026-12-23' } }, orderBy: { period: 'asc' } });
    expect(claims.map((c) => c.period)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2027-01-04', '2027-01-05', '2027-01-07', '2027-01-08']);
    // Last reminded on Tuesday 22 December: a week after that, and a week after that.
    expect(days).toEqual(['2026-12-29T09:00', '2027-01-05T09:00']);
  });

  it('sends every member the agenda 24 hours before a meeting', async () => {
    await addMeeting(tb.db, caseId, { number: 1, startsAt: new Date('2026-11-26T12:00:00Z'), place: 'Kommunhuset', agenda: ['Läget', 'Jobbmässa i mars'], by: anna });
    expect(await tb.say(':clock 2026-11-25T12:59')).toEqual([]);
    const outs = await tb.say(':clock 2026-11-25T13:00');
    expect(outs.map((o) => o.kind === 'dm' && o.to)).toEqual(['anna', 'erik', 'lena']);
    expect(outs[0]!.message.text).toBe(
      'Dagordningen inför nästa möte i Konga Bruk konkurs:\n*Dagordning för möte #1, torsdag 2026-11-26 kl. 13:00*\n1. Läget (#1, anna)\n2. Jobbmässa i mars (#2, anna)\nPlats: Kommunhuset',
    );
  });

  it('reminds non-voters 24 hours before a poll closes, then closes it and posts the result', async () => {
    await addPoll(tb.db, caseId, { number: 1, question: 'Jobbmässa i mars?', options: ['Ja', 'Nej'], closesAt: new Date('2026-11-27T15:00:00Z'), by: anna, votes: [[anna, 0]], ballotSecret: tb.ballotSecret });
    const reminded = await tb.say(':clock 2026-11-26T16:00');
    expect(reminded.map((o) => o.kind === 'dm' && o.to)).toEqual(['erik', 'lena']);
    expect(reminded[0]!.message.text).toContain('Omröstning #1 i Konga Bruk konkurs, "Jobbmässa i mars?", stänger fredag 27 november 16:00');
    expect(reminded[0]!.message.text).toContain('Alternativ: 1. Ja  2. Nej\nRösta med `rösta 1 <alternativ>`.');
    const closed = await tb.say(':clock 2026-11-27T16:00');
    expect(shown(closed)).toEqual(['#samverkan: Omröstning #1 "Jobbmässa i mars?" är stängd. Resultat: Ja vann med 1 av 1 röst.']);
    const poll = await tb.db.poll.findFirstOrThrow();
    expect(poll).toMatchObject({ status: 'closed', closedAt: new Date('2026-11-27T15:00:00Z') });
    expect(await tb.db.auditEntry.count({ where: { action: 'poll.close', entityId: poll.id } })).toBe(1);
  });

  it('reminds the organisation that reported last when its figures are 30 days old, on a working day', async () => {
    const trr2 = await addMember(tb.db, caseId, 'tove', { org: 'TRR' });
    await addReport(tb.db, caseId, { date: '2026-10-29', by: erik, permanent: 40 });
    // 30 days after 2026-10-29 is Saturday 28 November: the reminder waits for Monday 09:00.
    expect((await tb.say(':clock 2026-11-29T23:00')).filter((o) => o.kind === 'dm')).toEqual([]);
    const outs = (await tb.say(':clock 2026-11-30T09:00')).filter((o) => o.kind === 'dm');
    expect(outs.map((o) => o.kind === 'dm' && o.to)).toEqual(['erik', trr2.user.externalId]);
    expect(outs[0]!.message.text).toContain('Det senaste läget i Konga Bruk konkurs är från 2026-10-29 (TRR), 32 dagar sedan.');
    // A new report ends the reminders.
    await addReport(tb.db, caseId, { date: '2026-12-10', by: lena, permanent: 50 });
    const later = await tb.say(':clock 2027-01-04T10:00');
    expect(later.filter((o) => o.message.text.includes('senaste läget'))).toEqual([]);
  });

  it('reminds the project leaders when nobody of the reporting organisation is left in the group', async () => {
    await addReport(tb.db, caseId, { date: '2026-10-29', by: lena, permanent: 40 });
    await tb.db.member.update({ where: { id: lena.id }, data: { removedAt: new Date('2026-11-02T09:00:00Z') } });
    const outs = (await tb.say(':clock 2026-11-30T09:00')).filter((o) => o.kind === 'dm');
    expect(outs.map((o) => o.kind === 'dm' && o.to)).toEqual(['anna']);
  });
});
