// Issue 16, part 3: activities — a fair, a job club — added by members, changed by a leader or the
// one who added them, an outcome recorded from the day on, a poll that passed made an activity,
// a DM to every member the day before, the digest's activities section.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleOutput } from '../../adapters/console/session.js';
import { setUpGroup } from '../support/group.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

const FAIR = 'aktivitet ny "Framtidsmässa" datum=2026-12-10 tid=10:00 plats="Folkets hus" typ=mässa publik';
const CARD_1 = [
  '*Aktivitet #1: Framtidsmässa*',
  'När: torsdag 2026-12-10 kl. 10:00',
  'Plats: Folkets hus',
  'Typ: mässa',
];
const lines = (outs: ConsoleOutput[]) => outs.map((o) => `${o.kind === 'post' ? `#${o.channel}` : o.kind === 'dm' ? `@${o.to}` : `→ ${o.to}`}: ${o.message.text}`);

describe('activities in Swedish', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot(); // Monday 2026-11-23 09:00; anna: leader; erik: member; sara: observer
    await setUpGroup(tb);
  });
  afterEach(async () => { await tb.close(); });

  it('a member adds one: its card is posted with Visa and Ställ in, stored with the clock\'s instant, audited', async () => {
    const [post] = await tb.say(`@erik ${FAIR}`);
    expect(post!.kind).toBe('post');
    expect(post!.message.text).toBe([
      'erik lade till aktivitet #1.', ...CARD_1,
      'Status: planerad', 'Publik: ja, visas på den publika sidan', 'Skapad av: erik',
      '[Visa: aktivitet visa 1] [Ställ in: aktivitet ställ in 1]',
    ].join('\n'));
    const row = await tb.db.activity.findFirstOrThrow();
    expect(row).toMatchObject({ number: 1, title: 'Framtidsmässa', date: '2026-12-10', time: '10:00', place: 'Folkets hus', kind: 'fair', public: true, status: 'planned', createdAt: tb.clock.now(), participants: null });
    expect((await tb.db.auditEntry.findMany({ where: { entity: 'Activity' } })).map((a) => a.action)).toEqual(['activity.create']);
  });

  it('lists upcoming ones by day, all with their status; an observer may read but not add', async () => {
    await tb.say(FAIR);
    await tb.say('@erik aktivitet ny Jobbklubb för varslade datum=2026-11-24 typ=jobbklubb');
    expect(await tb.text('@sara aktivitet lista')).toBe([
      '*Kommande aktiviteter: 2*',
      '#2 Jobbklubb för varslade – tisdag 2026-11-24 – jobbklubb – planerad',
      '#1 Framtidsmässa – torsdag 2026-12-10 kl. 10:00 – mässa – planerad',
    ].join('\n'));
    const before = await snapshot(tb.db);
    expect(await tb.text('@sara aktivitet ny "Studiebesök" datum=2026-12-01')).toBe('Det här får bara medlemmar göra. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(before);
    expect(await tb.text('aktivitet visa 7')).toBe('Det finns ingen aktivitet #7 i ärendet; `aktivitet lista alla` visar alla. Inget har ändrats.');
  });

  it('refuses a day in the past and an unknown kind, and stores nothing', async () => {
    const before = await snapshot(tb.db);
    expect(await tb.text('aktivitet ny "Mässa" datum=2026-11-20')).toContain('2026-11-20');
    expect(await tb.text('aktivitet ny "Mässa" datum=2026-12-20 typ=fest')).toContain('mässa | jobbklubb | informationsmöte | studiebesök | övrigt');
    expect(await snapshot(tb.db)).toEqual(before);
  });

  it('the outcome: refused before the day, recorded on it by the creator, shown on the card and in the list', async () => {
    await tb.say(FAIR);
    const before = await snapshot(tb.db);
    expect(await tb.text('aktivitet resultat 1 deltagare=500 utställare=67 elever=160')).toBe('Aktivitet #1 är 2026-12-10; resultatet kan föras in från den dagen. Inget har ändrats.');
    expect(await tb.text('aktivitet resultat 1')).toBe('Ange resultatet av aktivitet #1: deltagare=…, utställare=…, elever=… eller not="…". Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(before);
    await tb.say(':clock 2026-12-10T15:00');
    expect(await tb.text('@erik aktivitet resultat 1 deltagare=500')).toBe('Bara den som lade till aktivitet #1 eller en ledare får ändra den. Inget har ändrats.');
    expect(await tb.text('aktivitet resultat 1 deltagare=500 utställare=67 elever=160 not="Över förväntan"')).toBe([
      'anna förde in resultatet av aktivitet #1.', ...CARD_1,
      'Status: genomförd', 'Publik: ja, visas på den publika sidan',
      'Resultat: deltagare 500 · utställare 67 · elever 160', 'Not: Över förväntan', 'Skapad av: anna',
      '[Visa: aktivitet visa 1]',
    ].join('\n'));
    expect(await tb.db.activity.findFirstOrThrow()).toMatchObject({ status: 'held', participants: 500, exhibitors: 67, pupils: 160, note: 'Över förväntan', heldAt: tb.clock.now() });
    expect(await tb.text('aktivitet lista')).toBe('*Kommande aktiviteter: 0*\nInga kommande aktiviteter. Lägg till en med `aktivitet ny`.');
    expect(await tb.text('aktivitet lista alla')).toBe('*Alla aktiviteter: 1*\n#1 Framtidsmässa – torsdag 2026-12-10 kl. 10:00 – mässa – genomförd – deltagare 500 · utställare 67 · elever 160');
    expect(await tb.text('aktivitet ställ in 1')).toBe('Aktivitet #1 är redan genomförd och har ett resultat. Inget har ändrats.');
  });

  it('cancelling: not by another member; by a leader it is posted, the card loses Ställ in, and no DM follows', async () => {
    await tb.say('@erik aktivitet ny "Informationsmöte om omställning" datum=2026-11-26 tid=18:00 typ=informationsmöte');
    await tb.say('medlem lägg till @lena org=Kommunen');
    expect(await tb.text('@lena aktivitet ställ in 1')).toBe('Bara den som lade till aktivitet #1 eller en ledare får ändra den. Inget har ändrats.');
    const [post] = await tb.say('aktivitet ställ in 1');
    expect(post!.kind).toBe('post');
    expect(post!.message.text.split('\n')[0]).toBe('anna ställde in aktivitet #1 "Informationsmöte om omställning".');
    expect(post!.message.text).toContain('Status: inställd');
    expect(post!.message.text).not.toContain('Ställ in:');
    expect(await tb.db.activity.findFirstOrThrow()).toMatchObject({ status: 'cancelled', cancelledAt: tb.clock.now() });
    expect(await tb.text('aktivitet resultat 1 deltagare=5')).toBe('Aktivitet #1 är inställd. Inget har ändrats.');
    expect(lines(await tb.say(':clock 2026-11-25T09:00')).filter((l) => l.includes('aktivitet'))).toEqual([]);
  });

  it('the day before, at the reminder time (09:00), every member gets one DM; a later tick sends none', async () => {
    await tb.say('@erik aktivitet ny "Jobbklubb" datum=2026-11-26 tid=13:00 plats=Biblioteket typ=jobbklubb');
    await tb.say('aktivitet ny "Studiebesök på Ikea" datum=2026-11-27 typ=studiebesök');
    expect(lines(await tb.say(':clock 2026-11-25T08:59'))).toEqual([]);
    const dm = 'Påminnelse från Konga Bruk konkurs: i morgon är det aktivitet #1 "Jobbklubb", torsdag 2026-11-26 kl. 13:00, Biblioteket.';
    expect(lines(await tb.say(':clock 2026-11-25T09:00')).filter((l) => l.includes('aktivitet'))).toEqual([`@anna: ${dm}`, `@erik: ${dm}`, `@sara: ${dm}`]);
    expect(lines(await tb.say(':clock 2026-11-25T12:00')).filter((l) => l.includes('aktivitet'))).toEqual([]);
    const next = 'Påminnelse från Konga Bruk konkurs: i morgon är det aktivitet #2 "Studiebesök på Ikea", fredag 2026-11-27.';
    expect(lines(await tb.say(':clock 2026-11-26T09:00')).filter((l) => l.includes('aktivitet'))).toEqual([`@anna: ${next}`, `@erik: ${next}`, `@sara: ${next}`]);
    expect(await tb.db.jobClaim.count({ where: { job: 'activity_dm' } })).toBe(2);
  });

  it('a poll that passed becomes an activity with its question as title, linked back; not twice, not an open one', async () => {
    await tb.say('omröstning ny "Framtidsmässa i mars?"');
    expect(await tb.text('omröstning aktivitet 1 datum=2027-03-12')).toBe('Omröstning #1 är inte stängd än; den kan bli en aktivitet när den har stängts. Inget har ändrats.');
    await tb.run(['rösta 1 Ja', '@erik rösta 1 Ja', 'omröstning stäng 1'].join('\n'));
    const [post] = await tb.say('@erik omröstning aktivitet 1 datum=2027-03-12 tid=09:00 plats="Sporthallen" typ=mässa publik');
    expect(post!.message.text.split('\n').slice(0, 2)).toEqual(['Aktivitet #1 från omröstning #1.', '*Aktivitet #1: Framtidsmässa i mars?*']);
    expect(post!.message.text).toContain('Från omröstning: #1');
    const poll = await tb.db.poll.findFirstOrThrow();
    expect(await tb.db.activity.findFirstOrThrow()).toMatchObject({ title: 'Framtidsmässa i mars?', pollId: poll.id, kind: 'fair', public: true, date: '2027-03-12', time: '09:00' });
    expect(await tb.text('omröstning aktivitet 1 datum=2027-03-13')).toBe('Omröstning #1 har redan blivit aktivitet #1. Inget har ändrats.');
    expect(await tb.db.activity.count()).toBe(1);
  });

  it('the digest shows activities in the next 14 days and outcomes recorded this week', async () => {
    await tb.say('aktivitet ny "Jobbklubb" datum=2026-11-24 typ=jobbklubb');
    await tb.say(FAIR);
    await tb.say('aktivitet ny "Vårmässa" datum=2027-04-01 typ=mässa');
    await tb.say(':clock 2026-11-24T15:00');
    await tb.say('aktivitet resultat 1 deltagare=12');
    expect(await tb.text(':clock 2026-11-30T08:00')).toContain([
      'Aktiviteter',
      'Kommande: #2 Framtidsmässa, torsdag 2026-12-10 kl. 10:00 (mässa)',
      'Genomförd: #1 Jobbklubb, 2026-11-24 – deltagare 12',
    ].join('\n'));
  });
});

describe('activities in English', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot({ locale: 'en' });
    await setUpGroup(tb);
  });
  afterEach(async () => { await tb.close(); });

  it('adds, shows, records the outcome of and cancels activities', async () => {
    expect(await tb.text('activity new "Future fair" date=2026-12-10 time=10:00 place="Folkets hus" type=fair public')).toBe([
      'anna added activity #1.', '*Activity #1: Future fair*', 'When: Thursday 2026-12-10 at 10:00', 'Place: Folkets hus', 'Type: fair',
      'Status: planned', 'Public: yes, shown on the public page', 'Added by: anna', '[Show: activity show 1] [Cancel: activity cancel 1]',
    ].join('\n'));
    await tb.say('@erik activity new Job club date=2026-11-24 type=job-club');
    expect(await tb.text('activity list')).toBe('*Upcoming activities: 2*\n#2 Job club – Tuesday 2026-11-24 – job club – planned\n#1 Future fair – Thursday 2026-12-10 at 10:00 – fair – planned');
    expect(await tb.text('activity result 1 participants=500')).toBe('Activity #1 is on 2026-12-10; its outcome can be recorded from that day. Nothing was changed.');
    await tb.say(':clock 2026-11-24T12:00');
    expect(await tb.text('@erik activity result 2 participants=14 note="Two got jobs"')).toContain('erik recorded the outcome of activity #2.');
    expect(await tb.text('activity show 2')).toContain('Outcome: participants 14');
    expect(await tb.text('activity cancel 1')).toContain('anna cancelled activity #1 "Future fair".');
    expect(await tb.text('activity list all')).toBe('*All activities: 2*\n#2 Job club – Tuesday 2026-11-24 – job club – held – participants 14\n#1 Future fair – Thursday 2026-12-10 at 10:00 – fair – cancelled');
  });
});
