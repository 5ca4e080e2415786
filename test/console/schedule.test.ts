// Two and a half weeks over Christmas in the console: digests, action reminders that skip the
// holidays, a poll reminder and its automatic close, the agenda by DM before a meeting. Rows the
// other commands will create (actions, polls, meetings, figures) are seeded; every output is checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatJson } from '../../adapters/console/format.js';
import type { ConsoleOutput } from '../../adapters/console/session.js';
import { addAction, addMeeting, addMember, addPoll, addReport } from '../support/seed.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

const lines = (outs: ConsoleOutput[]) => outs.map((o) => `${o.kind === 'post' ? `#${o.channel}` : o.kind === 'dm' ? `@${o.to}` : `→ ${o.to}`}: ${o.message.text}`);

describe('console: two weeks of follow-ups over Christmas', () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await createTestBot({ start: new Date('2026-12-21T07:30:00Z') }); // Monday 21 December 08:30
    await tb.say('ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs');
    const caseId = (await tb.db.case.findFirstOrThrow()).id;
    const anna = await tb.db.member.findFirstOrThrow({ where: { caseId } });
    const erik = await addMember(tb.db, caseId, 'erik', { org: 'TRR' });
    const lena = await addMember(tb.db, caseId, 'lena', { org: 'Arbetsförmedlingen' });
    await addAction(tb.db, caseId, { number: 1, text: 'Boka lokal för jobbmässan', owner: erik, due: '2026-12-23', createdAt: new Date('2026-12-21T09:00:00Z') });
    await addAction(tb.db, caseId, { number: 2, text: 'Skicka inbjudan', owner: lena, due: '2027-01-07', createdAt: new Date('2026-12-21T09:05:00Z') });
    await addPoll(tb.db, caseId, { number: 1, question: 'Jobbmässa i mars?', options: ['Ja', 'Nej'], closesAt: new Date('2026-12-30T11:00:00Z'), by: anna, createdAt: new Date('2026-12-21T10:00:00Z'), votes: [[anna, 0]], ballotSecret: tb.ballotSecret });
    await addMeeting(tb.db, caseId, { number: 1, startsAt: new Date('2027-01-05T09:00:00Z'), place: 'Kommunhuset', agenda: ['Läget', 'Jobbmässan'], by: anna });
    await addReport(tb.db, caseId, { date: '2026-12-01', by: erik, permanent: 60, fixedTerm: 12, studies: 8 });
  });
  afterAll(async () => { await tb.close(); });

  it('Tuesday and Wednesday: the owner is reminded of the action due Wednesday', async () => {
    expect(lines(await tb.say(':clock 2026-12-22T09:00'))).toEqual([
      '@erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:\n• #1 Boka lokal för jobbmässan – ska vara klar imorgon, onsdag 23 december\n' +
        'Skriv `åtgärd klar <nr>` när en är klar eller `åtgärd flytta <nr> <datum>` för att ändra datum.',
    ]);
    expect(lines(await tb.say(':clock 2026-12-23T09:00'))).toEqual([
      '@erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:\n• #1 Boka lokal för jobbmässan – ska vara klar idag\n' +
        'Skriv `åtgärd klar <nr>` när en är klar eller `åtgärd flytta <nr> <datum>` för att ändra datum.',
    ]);
  });

  it('Christmas Eve, Christmas Day and the weekend pass without reminders', async () => {
    expect(await tb.say(':clock 2026-12-27T23:00')).toEqual([]);
  });

  it('Monday 28 December: the digest at 08:00, then the overdue reminder at 09:00', async () => {
    const outs = await tb.say(':clock 2026-12-28T09:00');
    expect(lines(outs)).toEqual([
      '#samverkan: *Veckosammanfattning vecka 52, 21–27 december 2026 – Konga Bruk konkurs*\n\n' +
        'Försenade åtgärder\n#1 Boka lokal för jobbmässan – erik, TRR, skulle vara klar onsdag 23 december\n\n' +
        'Åtgärder\nArbetsförmedlingen: nya 1 · avslutade 0 · försenade 0\nTRR: nya 1 · avslutade 0 · försenade 1\n\n' +
        'Omröstningar\nNy: #1 "Jobbmässa i mars?", stänger onsdag 30 december 12:00\n\n' +
        'Nästa möte\nMöte #1 tisdag 5 januari 10:00, Kommunhuset\nDagordning:\n1. Läget\n2. Jobbmässan\n\n' +
        'Läge\n2026-12-01 (TRR): 80 av 211 berörda i ny sysselsättning (38 %).',
      '@erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:\n• #1 Boka lokal för jobbmässan – försenad, skulle vara klar onsdag 23 december\n' +
        'Skriv `åtgärd klar <nr>` när en är klar eller `åtgärd flytta <nr> <datum>` för att ändra datum.',
    ]);
    // The JSON console line carries the card (DESIGN §4).
    expect(JSON.parse(formatJson(outs[0]!))).toMatchObject({ kind: 'post', channel: 'samverkan', card: { title: 'Veckosammanfattning vecka 52, 21–27 december 2026 – Konga Bruk konkurs' } });
  });

  it('the poll: non-voters reminded 24 hours before, then it closes itself and posts the result', async () => {
    // Erik finishes his action (what `åtgärd klar 1` will do).
    await tb.db.action.updateMany({ where: { number: 1 }, data: { status: 'done', closedAt: new Date('2026-12-28T10:00:00Z') } });
    const poll = 'Omröstning #1 i Konga Bruk konkurs, "Jobbmässa i mars?", stänger onsdag 30 december 12:00 och du har inte röstat än.\nAlternativ: 1. Ja  2. Nej\nRösta med `rösta 1 <alternativ>`.';
    expect(lines(await tb.say(':clock 2026-12-30T12:00'))).toEqual([
      `@erik: ${poll}`,
      `@lena: ${poll}`,
      '#samverkan: Omröstning #1 "Jobbmässa i mars?" är stängd. Resultat: Ja vann med 1 av 1 röst.',
    ]);
  });

  it('Monday 4 January after New Year: the digest, TRR reminded of figures 30 days old (31 Dec and 1 Jan are holidays), the agenda a day before the meeting', async () => {
    const agenda = 'Dagordningen inför nästa möte i Konga Bruk konkurs:\n*Dagordning för möte #1, tisdag 2027-01-05 kl. 10:00*\n1. Läget (#1, anna)\n2. Jobbmässan (#2, anna)\nPlats: Kommunhuset';
    expect(lines(await tb.say(':clock 2027-01-04T10:00'))).toEqual([
      '#samverkan: *Veckosammanfattning vecka 53, 28 december 2026–3 januari 2027 – Konga Bruk konkurs*\n\n' +
        'Åtgärder\nTRR: nya 0 · avslutade 1 · försenade 0\n\n' +
        'Omröstningar\nStängd: #1 "Jobbmässa i mars?" – Ja 1, Nej 0\n\n' +
        'Nästa möte\nMöte #1 tisdag 5 januari 10:00, Kommunhuset\nDagordning:\n1. Läget\n2. Jobbmässan\n\n' +
        'Läge\n2026-12-01 (TRR): 80 av 211 berörda i ny sysselsättning (38 %).',
      '@erik: Det senaste läget i Konga Bruk konkurs är från 2026-12-01 (TRR), 34 dagar sedan.\n' +
        'Rapportera nya siffror med `läge rapportera tillsvidare=… visstid=… eget=… studier=… söker=… datum=<datum> källa=…`.',
      `@anna: ${agenda}`,
      `@erik: ${agenda}`,
      `@lena: ${agenda}`,
    ]);
  });

  it('Epiphany is skipped: Tuesday\'s reminder already looks past it to Thursday', async () => {
    const hint = 'Skriv `åtgärd klar <nr>` när en är klar eller `åtgärd flytta <nr> <datum>` för att ändra datum.';
    expect(lines(await tb.say(':clock 2027-01-07T09:00'))).toEqual([
      `@lena: Påminnelse från Konga Bruk konkurs – dina åtgärder:\n• #2 Skicka inbjudan – ska vara klar torsdag 7 januari\n${hint}`,
      `@lena: Påminnelse från Konga Bruk konkurs – dina åtgärder:\n• #2 Skicka inbjudan – ska vara klar idag\n${hint}`,
    ]);
    const days = (await tb.db.jobClaim.findMany({ where: { job: 'action_reminders' }, orderBy: { period: 'asc' } })).map((c) => c.period);
    expect(days).toEqual(['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-28', '2026-12-29', '2026-12-30', '2027-01-04', '2027-01-05', '2027-01-07']);
    // Everything went out, nothing is left pending.
    expect(await tb.db.outboxMessage.count({ where: { status: { not: 'sent' } } })).toBe(0);
  });
});
