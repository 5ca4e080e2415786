// Issue 15, "The digest and reminders": a digest worth reading (overdue actions by name, the
// week's decisions, polls closing soon, the days it covers), "nothing new" once in a row, and
// action reminders that back off and stop, each member choosing how often.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleOutput } from '../../adapters/console/session.js';
import { setUpGroup } from '../support/group.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

/** Scheduled outputs as `<virtual time> <where>: <first line>`. */
const stamped = (outs: ConsoleOutput[]) => outs.map((o) => `${o.at} ${o.kind === 'post' ? `#${o.channel}` : `@${o.to}`}: ${o.message.text.split('\n')[0]}`);
/** Mondays at noon, one `:clock` line a week, as a group lives through them. */
async function weekByWeek(tb: TestBot, firstMonday: string, weeks: number): Promise<ConsoleOutput[]> {
  const outs: ConsoleOutput[] = [];
  for (let w = 0; w < weeks; w++) {
    const monday = new Date(Date.parse(`${firstMonday}T12:00:00Z`) + w * 7 * 86_400_000).toISOString().slice(0, 10);
    outs.push(...(await tb.say(`:clock ${monday}T12:00`)));
  }
  return outs;
}
const dmsTo = (outs: ConsoleOutput[], name: string) => stamped(outs.filter((o) => o.kind === 'dm' && o.to === name));

describe('the weekly digest', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot(); // Monday 2026-11-23 09:00
    await setUpGroup(tb);
  });
  afterEach(async () => { await tb.close(); });

  it('names overdue actions and owners, the week\'s decisions and polls closing soon, and says which week it covers', async () => {
    await tb.run([
      'möte ny 2026-11-25 10:00',
      'åtgärd ny "Boka lokal för jobbmässan" ansvarig=@erik senast=2026-11-25',
      'omröstning ny "Informationsmöte i januari?" alternativ="Ja|Nej" stänger=2026-12-08',
      ':clock 2026-11-25T11:00',
      'beslut "Vi håller en jobbmässa i mars"',
    ].join('\n'));
    const week48 = (await tb.say(':clock 2026-11-30T08:00')).filter((o) => o.kind === 'post');
    expect(week48.map((o) => o.message.text)).toEqual([
      '*Veckosammanfattning vecka 48, 23–29 november 2026 – Konga Bruk konkurs*\n\n' +
        'Försenade åtgärder\n#1 Boka lokal för jobbmässan – erik, Arbetsförmedlingen, skulle vara klar onsdag 25 november\n\n' +
        'Åtgärder\nArbetsförmedlingen: nya 1 · avslutade 0 · försenade 1\n\n' +
        'Veckans beslut\n• Vi håller en jobbmässa i mars\n\n' +
        'Omröstningar\nNy: #1 "Informationsmöte i januari?", stänger tisdag 8 december 23:59',
    ]);
    expect(week48[0]!.at).toBe('2026-11-30T08:00');

    // The next week in English: the overdue action again, the poll now closing soon.
    await tb.say('inställning språk engelska');
    const [week49] = (await tb.say(':clock 2026-12-07T08:00')).filter((o) => o.kind === 'post');
    expect(week49!.message.text).toBe(
      '*Weekly digest, week 49, 30 November–6 December 2026 – Konga Bruk konkurs*\n\n' +
        'Overdue actions\n#1 Boka lokal för jobbmässan – erik, Arbetsförmedlingen, was due Wednesday 25 November\n\n' +
        'Actions\nArbetsförmedlingen: new 0 · closed 0 · overdue 1\n\n' +
        'Polls\nClosing soon: #1 "Informationsmöte i januari?", Tuesday 8 December 23:59',
    );
  });

  it('posts "nothing new" once in a row: a quiet case gets one such post, not one a week', async () => {
    const quiet = (await weekByWeek(tb, '2026-11-30', 7)).filter((o) => o.kind === 'post');
    expect(stamped(quiet)).toEqual(['2026-11-30T08:00 #samverkan: *Veckosammanfattning vecka 48, 23–29 november 2026 – Konga Bruk konkurs*']);
    expect(quiet[0]!.message.text).toContain('Inget nytt den här veckan.');
    expect(await tb.db.case.findFirstOrThrow()).toMatchObject({ digestQuiet: true });
    expect(await tb.db.jobClaim.count({ where: { job: 'digest' } })).toBe(7); // every week ran

    // Something happens: the digest tells it, and the next quiet week says "nothing new" once more.
    await tb.say('åtgärd ny "Ring Region Kronoberg" ansvarig=@erik senast=2027-03-01');
    const after = (await weekByWeek(tb, '2027-01-18', 4)).filter((o) => o.kind === 'post');
    expect(after.map((o) => `${o.at} ${o.message.text.split('\n').slice(1).join(' ')}`)).toEqual([
      '2027-01-18T08:00  Åtgärder Arbetsförmedlingen: nya 1 · avslutade 0 · försenade 0',
      '2027-01-25T08:00 Inget nytt den här veckan.',
    ]);
    expect(await tb.db.case.findFirstOrThrow()).toMatchObject({ digestQuiet: true });
  });
});

describe('action reminders', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot(); // Monday 2026-11-23 09:00
    await setUpGroup(tb);
    await tb.say('åtgärd ny "Boka lokal" ansvarig=@erik senast=2026-12-02');
  });
  afterEach(async () => { await tb.close(); });

  it('go out the day before, the day, the first day overdue, then weekly — 6 DMs in 40 days, not 34', async () => {
    const outs = await tb.say(':clock 2027-01-02T12:00');
    expect(dmsTo(outs, 'erik')).toEqual([
      '2026-12-01T09:00 @erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:',
      '2026-12-02T09:00 @erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:',
      '2026-12-03T09:00 @erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:',
      '2026-12-10T09:00 @erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:',
      '2026-12-17T09:00 @erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:',
      // Christmas Eve to Sunday are no working days: the next weekly one is on Monday.
      '2026-12-28T09:00 @erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:',
    ]);
    const lines = outs.filter((o) => o.kind === 'dm').slice(0, 3).map((o) => o.message.text.split('\n')[1]);
    expect(lines).toEqual([
      '• #1 Boka lokal – ska vara klar imorgon, onsdag 2 december',
      '• #1 Boka lokal – ska vara klar idag',
      '• #1 Boka lokal – försenad, skulle vara klar onsdag 2 december',
    ]);
    expect(await tb.db.action.findFirstOrThrow()).toMatchObject({ remindedOn: '2026-12-28', remindedDue: '2026-12-02' });
  });

  it('start over when the action is moved, and stop when it is done', async () => {
    await tb.say(':clock 2026-12-03T12:00'); // reminded three times
    await tb.say('@erik åtgärd flytta 1 2027-01-08');
    const moved = await tb.say(':clock 2027-01-11T12:00');
    expect(dmsTo(moved, 'erik')).toEqual([
      '2027-01-07T09:00 @erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:',
      '2027-01-08T09:00 @erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:',
      '2027-01-11T09:00 @erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:',
    ]);
    await tb.say('@erik åtgärd klar 1');
    expect(dmsTo(await tb.say(':clock 2027-02-15T12:00'), 'erik')).toEqual([]);
  });

  it('follow the member\'s own setting: weekly, or none; each member sets only their own', async () => {
    expect(await tb.text('@erik inställning påminnelser veckovis')).toBe('Dina påminnelser: veckovis (förut alla).');
    expect(await tb.db.member.findMany({ include: { user: true }, orderBy: { id: 'asc' } }).then((ms) => ms.map((m) => [m.user.externalId, m.reminders]))).toEqual([['anna', 'all'], ['erik', 'weekly'], ['sara', 'all']]);
    const audit = await tb.db.auditEntry.findFirstOrThrow({ where: { action: 'setting.change', entity: 'Member' } });
    expect(JSON.parse(audit.data)).toEqual({ setting: 'reminders', from: 'all', to: 'weekly' });
    // Once a week, on the week's first working day, what is due by its end.
    expect(dmsTo(await tb.say(':clock 2026-12-20T12:00'), 'erik')).toEqual([
      '2026-11-30T09:00 @erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:',
      '2026-12-07T09:00 @erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:',
      '2026-12-14T09:00 @erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:',
    ]);
    expect(await tb.text('@erik setting reminders off')).toBe('Your reminders: off (was weekly).');
    expect(dmsTo(await tb.say(':clock 2027-01-20T12:00'), 'erik')).toEqual([]);
  });

  it('show the member\'s own setting in the listing, in both languages, and refuse a bad value', async () => {
    const listing = await tb.text('@sara inställning');
    expect(listing).toContain('tidszon: Europe/Stockholm\nLedare ändrar med `inställning <namn> <värde>`, till exempel `inställning sammanfattningstid 07:30`.\n\nDina egna\npåminnelser: alla\nPåminnelser om dina åtgärder: alla = dagen före, samma dag, dagen efter och sedan varje vecka; veckovis = en gång i veckan; av = inga.');
    expect(await tb.text('@sara setting')).toContain('\n\nYour own\nreminders: all\nReminders of your actions: all = the day before, the day, the day after and then weekly; weekly = once a week; off = none.');
    const before = await tb.db.member.findMany();
    expect(await tb.text('@erik inställning påminnelser ibland')).toBe(
      'Fel i värde: välj alla | veckovis | av, inte "ibland". Inget har ändrats.\nSå här: inställning [sammanfattningsdag|sammanfattningstid|påminnelsetid|dagordningstimmar|lägesdagar|tröskel|språk|tidszon|påminnelser <värde>]',
    );
    expect(await tb.db.member.findMany()).toEqual(before);
    // An observer sets their own too; the case settings stay the leaders'.
    expect(await tb.text('@sara inställning påminnelser av')).toBe('Dina påminnelser: av (förut alla).');
  });
});
