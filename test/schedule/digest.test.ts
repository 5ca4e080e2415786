// The weekly digest: what it reports, small-count suppression, "nothing new", the command.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAction, addMeeting, addPoll, addReport, seedGroup, type SeededMember } from '../support/seed.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

describe('weekly digest', () => {
  let tb: TestBot;
  let caseId: number;
  let anna: SeededMember;
  let erik: SeededMember;
  let lena: SeededMember;

  const postsAt = async (time: string) => (await tb.say(`:clock ${time}`)).filter((o) => o.kind === 'post').map((o) => o.kind === 'post' && `#${o.channel}: ${o.message.text}`);

  beforeEach(async () => {
    tb = await createTestBot(); // Monday 2026-11-23 09:00
    ({ caseId, anna, erik, lena } = await seedGroup(tb.db, { channels: ['samverkan', 'kommunen'] }));
  });
  afterEach(async () => { await tb.close(); });

  it('reports actions per organisation, polls, the next meeting and the latest figures with change, to every channel', async () => {
    await addAction(tb.db, caseId, { number: 1, text: 'Boka lokal', owner: erik, due: '2026-12-05', createdAt: new Date('2026-11-24T10:00:00Z') });
    await addAction(tb.db, caseId, { number: 2, text: 'Ring AF', owner: erik, due: '2026-11-20' });
    await addAction(tb.db, caseId, { number: 3, text: 'Skriv inbjudan', owner: lena, due: '2026-11-27', status: 'done', closedAt: new Date('2026-11-25T10:00:00Z') });
    await addAction(tb.db, caseId, { number: 4, text: 'Inget nytt', owner: anna, due: '2026-12-20' });
    await addPoll(tb.db, caseId, { number: 1, question: 'Informationsmöte i januari?', options: ['Ja', 'Nej'], closesAt: new Date('2026-12-03T11:00:00Z'), by: anna, createdAt: new Date('2026-11-24T10:00:00Z') });
    await addPoll(tb.db, caseId, { number: 2, question: 'Jobbmässa i mars?', options: ['Ja', 'Nej'], closesAt: new Date('2026-11-26T11:00:00Z'), by: anna, votes: [[anna, 0], [erik, 0], [lena, 1]], ballotSecret: tb.ballotSecret });
    await addMeeting(tb.db, caseId, { number: 1, startsAt: new Date('2026-12-02T12:00:00Z'), place: 'Kommunhuset', agenda: ['Läget', 'Jobbmässa'], by: anna });
    await addReport(tb.db, caseId, { date: '2026-10-20', by: erik, permanent: 30, fixedTerm: 10 });
    await addReport(tb.db, caseId, { date: '2026-11-25', by: erik, permanent: 40, fixedTerm: 10, ownBusiness: 2, studies: 3 });

    const digest =
      '*Veckosammanfattning vecka 48, 23–29 november 2026 – Konga Bruk konkurs*\n\n' +
      'Försenade åtgärder\n#2 Ring AF – erik, TRR, skulle vara klar fredag 20 november\n\n' +
      'Åtgärder\nArbetsförmedlingen: nya 0 · avslutade 1 · försenade 0\nTRR: nya 1 · avslutade 0 · försenade 1\n\n' +
      'Omröstningar\nNy: #1 "Informationsmöte i januari?", stänger torsdag 3 december 12:00\nStängd: #2 "Jobbmässa i mars?" – Ja 2, Nej 1\n\n' +
      'Nästa möte\nMöte #1 onsdag 2 december 13:00, Kommunhuset\nDagordning:\n1. Läget\n2. Jobbmässa\n\n' +
      'Läge\n2026-11-25 (TRR): 55 av 211 berörda i ny sysselsättning (26 %). +15 sedan förra rapporten från TRR (2026-10-20).';
    const posts = await postsAt('2026-11-30T08:00');
    expect(posts).toEqual([
      '#samverkan: Omröstning #2 "Jobbmässa i mars?" är stängd. Resultat: Ja vann med 2 av 3 röster.',
      '#kommunen: Omröstning #2 "Jobbmässa i mars?" är stängd. Resultat: Ja vann med 2 av 3 röster.',
      `#samverkan: ${digest}`,
      `#kommunen: ${digest}`,
    ]);
  });

  it('says "nothing new" when nothing happened, with the next meeting when there is one', async () => {
    await addMeeting(tb.db, caseId, { number: 1, startsAt: new Date('2026-12-09T12:00:00Z'), by: anna });
    const quiet = '*Veckosammanfattning vecka 48, 23–29 november 2026 – Konga Bruk konkurs*\nInget nytt den här veckan.\n\nNästa möte\nMöte #1 onsdag 9 december 13:00\nDagordningen är tom. Lägg till punkter med `dagordning lägg till "<punkt>"`.';
    expect(await postsAt('2026-11-30T08:00')).toEqual([`#samverkan: ${quiet}`, `#kommunen: ${quiet}`]);
  });

  it('shows small counts as "<N" with the case threshold, and every count with threshold 0', async () => {
    await addReport(tb.db, caseId, { date: '2026-11-10', by: erik, permanent: 5 });
    await addReport(tb.db, caseId, { date: '2026-11-24', by: erik, permanent: 2, createdAt: new Date('2026-11-24T10:00:00Z') });
    const [suppressed] = await postsAt('2026-11-30T08:00');
    expect(suppressed).toContain('Läge\n2026-11-24 (TRR): <3 av 211 berörda i ny sysselsättning (– %).');
    expect(suppressed).not.toContain('sedan');
    await tb.db.case.update({ where: { id: caseId }, data: { suppressionThreshold: 0 } });
    await addReport(tb.db, caseId, { date: '2026-12-01', by: erik, permanent: 1, createdAt: new Date('2026-12-01T10:00:00Z') });
    const [open] = await postsAt('2026-12-07T08:00');
    expect(open).toContain('2026-12-01 (TRR): 1 av 211 berörda i ny sysselsättning (0 %). −1 sedan förra rapporten från TRR (2026-11-24).');
  });

  it('is written in the case language', async () => {
    await tb.db.case.update({ where: { id: caseId }, data: { locale: 'en' } });
    await addAction(tb.db, caseId, { number: 1, text: 'Book a room', owner: erik, due: '2026-11-20' });
    const [post] = await postsAt('2026-11-30T08:00');
    expect(post).toBe('#samverkan: *Weekly digest, week 48, 23–29 November 2026 – Konga Bruk konkurs*\n\nOverdue actions\n#1 Book a room – erik, TRR, was due Friday 20 November\n\nActions\nTRR: new 0 · closed 0 · overdue 1');
  });

  it('`sammanfattning` posts the digest of the last seven days now and changes nothing but the outbox', async () => {
    await addAction(tb.db, caseId, { number: 1, text: 'Boka lokal', owner: erik, due: '2026-12-05', createdAt: new Date('2026-11-20T10:00:00Z') });
    const before = await snapshot(tb.db);
    const outs = await tb.say('sammanfattning');
    expect(outs.map((o) => o.kind === 'post' && o.channel)).toEqual(['samverkan', 'kommunen']);
    expect(outs[0]!.message.text).toBe('*Veckosammanfattning vecka 47, 16–22 november 2026 – Konga Bruk konkurs*\n\nÅtgärder\nTRR: nya 1 · avslutade 0 · försenade 0');
    expect(await snapshot(tb.db)).toEqual({ ...before, OutboxMessage: before.OutboxMessage! + 2 });
    expect(await tb.text('@okand sammanfattning')).toContain('inte medlem');
  });
});
