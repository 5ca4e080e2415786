// Moving and cancelling a meeting, times the clocks skip, and decisions on an item before its
// meeting (issue 15).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonCommands } from '../support/buttons.js';
import { groupBot, outputsOf } from '../support/group.js';
import { snapshot, type TestBot } from '../support/testbot.js';

describe('moving and cancelling a meeting', () => {
  let tb: TestBot;
  beforeEach(async () => {
    ({ tb } = await groupBot()); // Monday 2026-11-23 09:00; anna leads, erik and sara are members
    await tb.say('@erik dagordning lägg till "Framtidsmässa i mars"');
    await tb.say('möte ny tisdag 10:00');
  });
  afterEach(async () => { await tb.close(); });

  it('moves a meeting, updates its card in place, announces it and sends the agenda before the new time', async () => {
    const outputs = await outputsOf(tb, 'anna', 'möte flytta 1 torsdag 13:00');
    expect(outputs.find((o) => o.kind === 'post')!.message.text).toBe('anna flyttade möte #1 från tisdag 2026-11-24 kl. 10:00 till torsdag 2026-11-26 kl. 13:00.');
    const card = outputs.find((o) => o.kind === 'update')!;
    expect(card).toMatchObject({ ref: { entity: 'meeting' } });
    expect(card.message.text).toBe('*Möte #1: torsdag 2026-11-26 kl. 13:00*\n\nDagordning\n1. Framtidsmässa i mars (#1, erik)\n[Dagordning: dagordning visa] [Flytta: möte flytta 1] [Ställ in: möte ställ in 1]');
    expect(buttonCommands(card.message)).toEqual(['dagordning visa', 'möte flytta 1', 'möte ställ in 1']);
    expect((await tb.db.meeting.findFirstOrThrow()).startsAt.toISOString()).toBe('2026-11-26T12:00:00.000Z');
    const entry = await tb.db.auditEntry.findFirstOrThrow({ where: { action: 'meeting.move' } });
    expect(JSON.parse(entry.data)).toMatchObject({ number: 1, from: '2026-11-24T09:00:00.000Z', to: '2026-11-26T12:00:00.000Z' });
    // No agenda 24 hours before the old time; one 24 hours before the new one, with the new time.
    expect(await tb.say(':clock 2026-11-24T10:05')).toEqual([]);
    const dms = await tb.say(':clock 2026-11-25T13:05');
    expect(dms.map((o) => o.kind === 'dm' && o.to)).toEqual(['anna', 'erik', 'sara', 'olle']);
    expect(dms[0]!.message.text).toContain('Dagordning för möte #1, torsdag 2026-11-26 kl. 13:00');
    // Without a time it keeps its time of day.
    await tb.say('möte flytta 1 fredag');
    expect((await tb.db.meeting.findFirstOrThrow()).startsAt.toISOString()).toBe('2026-11-27T12:00:00.000Z');
  });

  it('refuses members, past times, the same time and a meeting that does not exist, in both languages, changing nothing', async () => {
    const before = await snapshot(tb.db);
    expect(await tb.text('@erik möte flytta 1 torsdag 13:00')).toMatch(/ledare/);
    expect(await tb.text('möte flytta 1 2026-11-20 10:00')).toBe('Mötestiden fredag 2026-11-20 kl. 10:00 har redan passerat. Inget har ändrats.');
    expect(await tb.text('möte flytta 1 tisdag')).toBe('Möte #1 är redan tisdag 2026-11-24 kl. 10:00. Inget har ändrats.');
    expect(await tb.text('möte flytta 7 tisdag')).toBe('Det finns inget möte #7 i ärendet. Inget har ändrats.');
    expect(await tb.text('meeting move 1 2026-11-20 10:00')).toBe('The meeting time Friday 2026-11-20 at 10:00 has already passed. Nothing was changed.');
    // The card's Flytta button carries no day: it says how to give one.
    expect(await tb.text('möte flytta 1')).toBe('Ange den nya dagen och eventuellt tiden: `möte flytta 1 <datum> [<tid>]`, till exempel `möte flytta 1 torsdag 13:00`. Utan tid behålls klockslaget.');
    expect(await tb.text('meeting move 1')).toContain('Give the new day and, if it changes, the time: `meeting move 1 <date> [<time>]`');
    expect(await snapshot(tb.db)).toEqual(before);
  });

  it('cancels a meeting after a confirmation: no agenda DM, shown as cancelled, no decisions or minutes at it', async () => {
    const before = await snapshot(tb.db);
    const [ask] = await tb.say('möte ställ in 1');
    expect(ask!.message.text).toContain('Vill du ställa in möte #1 (tisdag 2026-11-24 kl. 10:00)? Ingen dagordning skickas ut för det. Bekräfta med knappen eller skriv `möte ställ in 1 bekräfta`. Inget har ändrats än.');
    expect(buttonCommands(ask!.message)).toEqual(['möte ställ in 1 bekräfta']);
    expect(await tb.text('meeting cancel 1')).toContain('Do you want to cancel meeting #1 (Tuesday 2026-11-24 at 10:00)?');
    expect(await snapshot(tb.db)).toEqual(before);
    const outputs = await outputsOf(tb, 'anna', 'möte ställ in 1 bekräfta');
    expect(outputs.find((o) => o.kind === 'post')!.message.text).toBe('anna ställde in möte #1 (tisdag 2026-11-24 kl. 10:00). Dagordningen väntar på nästa möte.');
    expect(outputs.find((o) => o.kind === 'update')!.message.text).toBe('*Möte #1: tisdag 2026-11-24 kl. 10:00 – INSTÄLLT*\nMötet är inställt.');
    expect(await tb.db.meeting.findFirstOrThrow()).toMatchObject({ status: 'cancelled' });
    expect(await tb.db.auditEntry.count({ where: { action: 'meeting.cancel' } })).toBe(1);
    expect(await tb.text('möte visa')).toContain('Inget möte är planerat. Skapa ett med `möte ny <datum> <tid>`.\nMöte #1 (tisdag 2026-11-24 kl. 10:00) är inställt.');
    expect(await tb.text('@sara möte visa 1')).toBe('*Möte #1: tisdag 2026-11-24 kl. 10:00 – INSTÄLLT*\nMötet är inställt.');
    const cancelled = await snapshot(tb.db);
    expect(await tb.text('beslut "Vi ordnar mässan" möte=1')).toBe('Möte #1 (tisdag 2026-11-24 kl. 10:00) är inställt. Inget har ändrats.');
    expect(await tb.text('decision "We hold the fair" meeting=1')).toBe('Meeting #1 (Tuesday 2026-11-24 at 10:00) is cancelled. Nothing was changed.');
    expect(await tb.text('protokoll 1')).toBe('Möte #1 (tisdag 2026-11-24 kl. 10:00) är inställt. Inget har ändrats.');
    expect(await tb.text('möte ställ in 1 bekräfta')).toBe('Möte #1 (tisdag 2026-11-24 kl. 10:00) är inställt. Inget har ändrats.');
    expect(await tb.text('möte flytta 1 onsdag')).toBe('Möte #1 (tisdag 2026-11-24 kl. 10:00) är inställt. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(cancelled);
    // Its agenda DM is not sent; a new meeting at the same time may be called and gets the agenda.
    expect(await tb.say(':clock 2026-11-24T10:05')).toEqual([]);
    expect(await tb.text('möte ny 2026-11-26 10:00')).toContain('1. Framtidsmässa i mars (#1, erik)');
  });

  it('sends the agenda to the next meeting when one is planned, and refuses a member', async () => {
    await tb.say('möte ny 2026-12-01 10:00');
    expect(await tb.text('@erik möte ställ in 1 bekräfta')).toMatch(/ledare/);
    expect(await tb.text('möte ställ in 1 bekräfta')).toBe('anna ställde in möte #1 (tisdag 2026-11-24 kl. 10:00). Dagordningen tas upp på möte #2.');
    expect(await tb.text('dagordning visa')).toContain('Dagordning för möte #2, tisdag 2026-12-01 kl. 10:00');
  });

  it('announces in the case\'s language', async () => {
    await tb.db.case.updateMany({ data: { locale: 'en' } });
    expect(await tb.text('meeting move 1 thursday 13:00')).toBe('anna moved meeting #1 from Tuesday 2026-11-24 at 10:00 to Thursday 2026-11-26 at 13:00.');
    expect(await tb.text('meeting cancel 1 confirm')).toBe('anna cancelled meeting #1 (Thursday 2026-11-26 at 13:00). The agenda waits for the next meeting.');
  });
});

describe('a time the clocks skip (summer time begins)', () => {
  let tb: TestBot;
  beforeEach(async () => { ({ tb } = await groupBot()); });
  afterEach(async () => { await tb.close(); });

  it('says that 02:30 does not exist on 2027-03-28 and when the meeting or poll is instead', async () => {
    const [post] = await tb.say('möte ny 2027-03-28 02:30');
    expect(post!.message.text).toContain('anna kallade till möte #1. Klockan 02:30 finns inte 2027-03-28 (sommartid); mötet blir 03:30.\n*Möte #1: söndag 2027-03-28 kl. 03:30*');
    expect((await tb.db.meeting.findFirstOrThrow()).startsAt.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    await tb.say('möte ny 2027-03-20 10:00');
    expect(await tb.text('möte flytta 2 2027-03-28 02:45')).toBe('anna flyttade möte #2 från lördag 2027-03-20 kl. 10:00 till söndag 2027-03-28 kl. 03:45. Klockan 02:45 finns inte 2027-03-28 (sommartid); mötet blir 03:45.');
    expect(await tb.text('omröstning ny "Mässa?" stänger=2027-03-28 02:15')).toContain('anna startade omröstning #1. Klockan 02:15 finns inte 2027-03-28 (sommartid); omröstningen stänger 03:15.');
    // A time that exists gets no note.
    expect(await tb.text('möte ny 2027-03-28 10:00')).not.toContain('finns inte');
    await tb.db.case.updateMany({ data: { locale: 'en' } });
    expect(await tb.text('meeting new 2027-03-28 02:10')).toContain('02:10 does not exist on 2027-03-28 (summer time begins); the meeting is at 03:10.');
    expect(await tb.text('poll new "Fair?" closes=2027-03-28 02:20')).toContain('02:20 does not exist on 2027-03-28 (summer time begins); the poll closes at 03:20.');
  });
});

describe('a decision on an agenda item before its meeting', () => {
  let tb: TestBot;
  beforeEach(async () => {
    ({ tb } = await groupBot());
    await tb.say('@erik dagordning lägg till "Framtidsmässa i mars"');
    await tb.say('möte ny 2026-12-01 10:00');
  });
  afterEach(async () => { await tb.close(); });

  it('is refused until the meeting has started; without punkt= a decision may be recorded any time', async () => {
    const before = await snapshot(tb.db);
    expect(await tb.text('beslut "Vi ordnar mässan" punkt=1')).toBe('Möte #1 (tisdag 2026-12-01 kl. 10:00) har inte hållits än, så punkt #1 kan inte behandlas där nu. Registrera beslutet när mötet har börjat, eller utan punkt=. Inget har ändrats.');
    expect(await tb.text('decision "We hold the fair" item=1')).toBe('Meeting #1 (Tuesday 2026-12-01 at 10:00) has not been held yet, so item #1 cannot be settled there now. Record the decision once the meeting has started, or without item=. Nothing was changed.');
    expect(await snapshot(tb.db)).toEqual(before);
    expect(await tb.db.agendaItem.findFirstOrThrow()).toMatchObject({ status: 'open', meetingId: null });
    expect(await tb.text('beslut "Mässan utreds vidare"')).toBe('Beslut vid möte #1 (tisdag 2026-12-01 kl. 10:00): Mässan utreds vidare');
    await tb.say(':clock 2026-12-01T10:05');
    expect(await tb.text('beslut "Vi ordnar mässan" punkt=1')).toBe('Beslut vid möte #1 (tisdag 2026-12-01 kl. 10:00) om punkt #1: Vi ordnar mässan');
    expect(await tb.db.agendaItem.findFirstOrThrow()).toMatchObject({ status: 'handled' });
  });
});
