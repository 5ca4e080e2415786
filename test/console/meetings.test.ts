import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonCommands } from '../support/buttons.js';
import { minutesAttendees } from '../support/expected.js';
import { groupBot } from '../support/group.js';
import { snapshot, type TestBot } from '../support/testbot.js';

const NEXT_TUESDAY = 'möte ny tisdag 10:00 plats="Kommunhuset, sal 2" länk=https://meet.example/abc';

describe('meetings, agenda and decisions through the console', () => {
  let tb: TestBot;
  let caseId: number;
  beforeEach(async () => {
    ({ tb, caseId } = await groupBot());
  });
  afterEach(async () => { await tb.close(); });

  it('behaves sensibly before any meeting exists, and changes nothing it refuses', async () => {
    const before = await snapshot(tb.db);
    expect(await tb.text('möte visa')).toBe('Inget möte är planerat. Skapa ett med `möte ny <datum> <tid>`.');
    expect(await tb.text('dagordning visa')).toBe('*Dagordning – inget möte planerat än*\nDagordningen är tom. Lägg till en punkt med `dagordning lägg till "…"`.\nPunkterna tas upp på nästa möte; skapa det med `möte ny <datum> <tid>`.');
    expect(await tb.text('protokoll')).toBe('Det finns inget möte ännu, så inga minnesanteckningar. Skapa ett möte med `möte ny <datum> <tid>`.');
    expect(await tb.text('export protokoll')).toBe('Det finns inget möte ännu, så inga minnesanteckningar. Skapa ett möte med `möte ny <datum> <tid>`.');
    expect(await tb.text('dagordning skicka')).toBe('Inget möte är planerat, så det finns ingen dagordning att skicka. Skapa ett med `möte ny <datum> <tid>`.');
    expect(await tb.text('beslut "Vi ordnar en mässa"')).toBe('Det finns inget möte att registrera beslutet vid. Skapa ett med `möte ny <datum> <tid>`. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(before);
    expect(await tb.text('@erik dagordning lägg till Framtidsmässa i mars')).toBe('erik lade till punkt #1 på dagordningen, som väntar på nästa möte: Framtidsmässa i mars');
    const pending = await snapshot(tb.db);
    expect(await tb.text('dagordning klar 1')).toBe('Det finns inget möte att behandla punkten vid. Skapa ett med `möte ny <datum> <tid>`. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(pending);
    expect(await tb.text('möte visa')).toBe('Inget möte är planerat. Skapa ett med `möte ny <datum> <tid>`.\n*Dagordning – inget möte planerat än*\n1. Framtidsmässa i mars (#1, erik)\nPunkterna tas upp på nästa möte; skapa det med `möte ny <datum> <tid>`.');
  });

  it('creates a meeting in the case\'s time zone that gathers the waiting items, and refuses a past or duplicate time', async () => {
    await tb.say('@erik dagordning lägg till "Framtidsmässa i mars"');
    const [post] = await tb.say(NEXT_TUESDAY);
    expect(post!.message.text).toBe([
      'anna kallade till möte #1.',
      '*Möte #1: tisdag 2026-11-24 kl. 10:00*',
      'Plats: Kommunhuset, sal 2',
      'Länk: https://meet.example/abc',
      '',
      'Dagordning',
      '1. Framtidsmässa i mars (#1, erik)',
      '[Dagordning: dagordning visa] [Flytta: möte flytta 1] [Ställ in: möte ställ in 1]',
    ].join('\n'));
    expect(buttonCommands(post!.message)).toEqual(['dagordning visa', 'möte flytta 1', 'möte ställ in 1']);
    const meeting = await tb.db.meeting.findFirstOrThrow();
    expect(meeting.startsAt.toISOString()).toBe('2026-11-24T09:00:00.000Z');
    const before = await snapshot(tb.db);
    expect(await tb.text('möte ny 2026-11-23 08:00')).toBe('Mötestiden måndag 2026-11-23 kl. 08:00 har redan passerat. Inget har ändrats.');
    expect(await tb.text('möte ny 24 nov 10:00')).toBe('Möte #1 börjar redan tisdag 2026-11-24 kl. 10:00. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(before);
    // Summer time: 10:00 in Stockholm is 08:00 UTC in June.
    await tb.say('möte ny 2027-06-15 10:00');
    expect((await tb.db.meeting.findFirstOrThrow({ where: { number: 2 } })).startsAt.toISOString()).toBe('2027-06-15T08:00:00.000Z');
  });

  it('lets the leader or the proposer reorder and remove items, nobody else', async () => {
    await tb.say(NEXT_TUESDAY);
    await tb.say('@erik dagordning lägg till "Framtidsmässa i mars"');
    await tb.say('@sara dagordning lägg till "Lägesrapport från TRR"');
    await tb.say('@sara dagordning lägg till "Jobbklubb"');
    const before = await snapshot(tb.db);
    expect(await tb.text('@erik dagordning flytta 3 1')).toBe('Bara ledare eller den som föreslog punkt #3 (sara) får ändra den. Inget har ändrats.');
    expect(await tb.text('@erik dagordning ta bort 2')).toBe('Bara ledare eller den som föreslog punkt #2 (sara) får ändra den. Inget har ändrats.');
    expect(await tb.text('@olle dagordning ta bort 2')).toBe('Det här får bara medlemmar göra. Inget har ändrats.');
    expect(await tb.text('@sara dagordning flytta 3 4')).toBe('Dagordningen har 3 punkter; välj en plats från 1 till 3. Inget har ändrats.');
    expect(await tb.text('@sara dagordning flytta 9 1')).toBe('Det finns ingen punkt #9 på dagordningen. `dagordning visa` visar punkterna. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(before);
    expect(await tb.text('@sara dagordning flytta 3 1')).toBe([
      'Punkt #3 står nu på plats 1.',
      '*Dagordning för möte #1, tisdag 2026-11-24 kl. 10:00*',
      '1. Jobbklubb (#3, sara)',
      '2. Framtidsmässa i mars (#1, erik)',
      '3. Lägesrapport från TRR (#2, sara)',
      'Plats: Kommunhuset, sal 2',
      'Länk: https://meet.example/abc',
    ].join('\n'));
    expect(await tb.text('dagordning flytta #2 2')).toContain('1. Jobbklubb (#3, sara)\n2. Lägesrapport från TRR (#2, sara)\n3. Framtidsmässa i mars (#1, erik)');
    expect(await tb.text('@erik dagordning ta bort 1')).toBe('erik tog bort punkt #1 från dagordningen: Framtidsmässa i mars');
    expect(await tb.text('dagordning ta bort 1')).toBe('Punkt #1 är redan borttagen. Inget har ändrats.');
    expect(await tb.text('@olle dagordning visa')).toBe('*Dagordning för möte #1, tisdag 2026-11-24 kl. 10:00*\n1. Jobbklubb (#3, sara)\n2. Lägesrapport från TRR (#2, sara)\nPlats: Kommunhuset, sal 2\nLänk: https://meet.example/abc');
  });

  it('sends every member the agenda by direct message, and nothing when it is empty', async () => {
    await tb.say(NEXT_TUESDAY);
    expect(await tb.text('dagordning skicka')).toBe('Dagordningen för möte #1 är tom, så inget skickades.');
    await tb.say('@erik dagordning lägg till "Framtidsmässa i mars"');
    expect(await tb.text('@erik dagordning skicka')).toBe('Det här får bara ledare göra. Inget har ändrats.');
    const outputs = await tb.say('dagordning skicka');
    expect(outputs.filter((o) => o.kind === 'dm').map((o) => o.kind === 'dm' && o.to)).toEqual(['anna', 'erik', 'sara', 'olle']);
    expect(outputs[1]!.message.text).toBe('Dagordningen inför nästa möte i Konga Bruk konkurs:\n*Dagordning för möte #1, tisdag 2026-11-24 kl. 10:00*\n1. Framtidsmässa i mars (#1, erik)\nPlats: Kommunhuset, sal 2\nLänk: https://meet.example/abc');
    expect(outputs.at(-1)).toMatchObject({ kind: 'reply', message: { text: 'Dagordningen för möte #1 skickades till 4 medlemmar.' } });
  });

  it('records decisions at the current meeting, marks an item handled, and carries the rest over', async () => {
    await tb.say(NEXT_TUESDAY);
    await tb.say('möte ny 2026-12-01 10:00');
    await tb.say('@erik dagordning lägg till "Framtidsmässa i mars"');
    await tb.say('@sara dagordning lägg till "Lägesrapport från TRR"');
    // During the first meeting a decision goes to it.
    tb.clock.set(new Date('2026-11-24T09:30:00Z'));
    expect(await tb.text('@erik beslut "Vi ordnar en framtidsmässa i mars" punkt=1')).toBe('Beslut vid möte #1 (tisdag 2026-11-24 kl. 10:00) om punkt #1: Vi ordnar en framtidsmässa i mars');
    expect(await tb.text('dagordning visa')).toContain('1. ✓ Framtidsmässa i mars (#1, erik)\n2. Lägesrapport från TRR (#2, sara)');
    expect(await tb.text('dagordning klar 1')).toBe('Punkt #1 är redan behandlad. Inget har ändrats.');
    // The next day the agenda is the second meeting's: the open item carried over.
    tb.clock.set(new Date('2026-11-25T08:00:00Z'));
    expect(await tb.text('dagordning visa')).toBe('*Dagordning för möte #2, tisdag 2026-12-01 kl. 10:00*\n1. Lägesrapport från TRR (#2, sara)');
    expect(await tb.text('beslut "Mässan hålls i Folkets hus" möte=1')).toBe('Beslut vid möte #1 (tisdag 2026-11-24 kl. 10:00): Mässan hålls i Folkets hus');
    expect(await tb.text('beslut "Nästa lägesrapport i januari"')).toBe('Beslut vid möte #2 (tisdag 2026-12-01 kl. 10:00): Nästa lägesrapport i januari');
    await tb.say('@sara dagordning lägg till "Struken punkt"');
    await tb.say('@sara dagordning ta bort 3');
    const before = await snapshot(tb.db);
    expect(await tb.text('beslut "X" punkt=3')).toBe('Punkt #3 är borttagen från dagordningen. Inget har ändrats.');
    expect(await tb.text('beslut "X" möte=7')).toBe('Det finns inget möte #7 i ärendet. Inget har ändrats.');
    expect(await tb.text('@olle beslut "X"')).toBe('Det här får bara medlemmar göra. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(before);
    const decisions = await tb.db.decision.findMany({ include: { meeting: true, agendaItem: true }, orderBy: { id: 'asc' } });
    expect(decisions.map((d) => [d.meeting!.number, d.agendaItem?.number ?? null, d.text])).toEqual([
      [1, 1, 'Vi ordnar en framtidsmässa i mars'], [1, null, 'Mässan hålls i Folkets hus'], [2, null, 'Nästa lägesrapport i januari'],
    ]);
  });

  it('handles two meetings on one day: the agenda moves from the first to the second, minutes by number or day', async () => {
    await tb.say('möte ny 24/11 09:00');
    await tb.say('möte ny 24/11 13:00');
    await tb.say('@erik dagordning lägg till "Framtidsmässa i mars"');
    await tb.say('@sara dagordning lägg till "Lägesrapport från TRR"');
    tb.clock.set(new Date('2026-11-24T08:30:00Z'));
    expect(await tb.text('@erik dagordning klar 1')).toBe('Punkt #1 är behandlad vid möte #1: Framtidsmässa i mars');
    tb.clock.set(new Date('2026-11-24T12:05:00Z'));
    expect(await tb.text('möte visa')).toBe('*Möte #2: tisdag 2026-11-24 kl. 13:00*\nMötet pågår.\n\nDagordning\n1. Lägesrapport från TRR (#2, sara)\n[Dagordning: dagordning visa]');
    expect(await tb.text('protokoll 24 nov')).toBe('Det finns flera möten 2026-11-24: #1 09:00, #2 13:00. Ange mötets nummer, till exempel 1.');
    expect(await tb.text('protokoll 2026-11-25')).toBe('Det finns inget möte 2026-11-25.');
    expect(await tb.text('protokoll 1')).toContain('## Dagordning\n1. Framtidsmässa i mars (#1) – behandlad\n2. Lägesrapport från TRR (#2) – flyttas till nästa möte\n');
    expect(await tb.text('protokoll')).toContain('**Möte #2, tisdag 2026-11-24 kl. 13:00 (Europe/Stockholm)**');
    expect(await tb.text('protokoll #2')).toContain('## Dagordning\n1. Lägesrapport från TRR (#2) – ej behandlad än\n');
    expect(await tb.text('protokoll 5')).toBe('Det finns inget möte #5 i ärendet. Inget har ändrats.');
  });

  it('drafts minutes with the members per organisation, items, decisions and actions, and exports them as HTML and PDF files', async () => {
    await addRemovedMember(tb, caseId);
    await tb.say(NEXT_TUESDAY);
    await tb.say('@erik dagordning lägg till "Framtidsmässa i mars"');
    await tb.say('@sara dagordning lägg till "Lägesrapport från TRR"');
    tb.clock.set(new Date('2026-11-24T09:10:00Z'));
    await tb.say('beslut "Vi ordnar en framtidsmässa i mars" punkt=1');
    await tb.say('beslut "Gruppen träffas varje tisdag"');
    await tb.db.action.create({ data: { caseId, number: 1, text: 'Boka lokal', dueDate: '2026-12-01', createdById: (await tb.db.member.findFirstOrThrow()).id, createdAt: tb.clock.now(), status: 'done', closedAt: tb.clock.now() } });
    tb.clock.set(new Date('2026-11-24T13:00:00Z'));
    const expected = [
      '# Minnesanteckningar – Konga Bruk konkurs',
      '',
      '**Möte #1, tisdag 2026-11-24 kl. 10:00 (Europe/Stockholm)**',
      'Plats: Kommunhuset, sal 2',
      'Länk: https://meet.example/abc',
      ...minutesAttendees('tisdag 2026-11-24 kl. 14:00', ['- **Utan organisation:** olle']),
      '',
      '## Dagordning',
      '1. Framtidsmässa i mars (#1) – behandlad',
      '   - Beslut: Vi ordnar en framtidsmässa i mars',
      '2. Lägesrapport från TRR (#2) – ej behandlad än',
      '',
      '## Övriga beslut',
      '- Gruppen träffas varje tisdag',
      '',
      '## Läget vid mötet',
      'Ingen lägesrapport till och med 2026-11-24.',
      '',
      '## Åtgärder',
      '### Nya sedan förra mötet',
      '- #1 Boka lokal – ingen ansvarig, senast 2026-12-01',
      '### Avslutade sedan förra mötet',
      '- #1 Boka lokal – klar',
      '### Försenade',
      '- Inga.',
      '### Öppna',
      '- Inga.',
      '',
    ].join('\n');
    expect(await tb.text('@olle protokoll')).toBe(expected);
    const [exported] = await tb.say('export protokoll 1');
    expect(exported!.message.text).toBe('Minnesanteckningarna för möte #1 som HTML-fil.');
    expect(exported!.message.files!.map((f) => [f.name, f.mimeType])).toEqual([['minnesanteckningar-2026-11-24-mote-1.html', 'text/html']]);
    expect(new TextDecoder().decode(exported!.message.files![0]!.data)).toContain('<li><strong>Utan organisation:</strong> olle</li>');
    const [pdf] = await tb.say('export protokoll 1 pdf');
    expect(pdf!.message.files!.map((f) => [f.name, f.mimeType, new TextDecoder().decode(f.data.slice(0, 5))])).toEqual([['minnesanteckningar-2026-11-24-mote-1.pdf', 'application/pdf', '%PDF-']]);
    const english = await tb.say('export minutes 1 pdf');
    expect(english[0]!.message.text).toBe('The meeting notes of meeting #1 as a PDF file.');
    expect(english[0]!.message.files![0]!.name).toBe('meeting-notes-2026-11-24-meeting-1.pdf');
    expect(await tb.text('minutes 1')).toContain('## Attendance\nAttendance is not recorded (`meeting attendance 1 present=@name,@name`).\n### Members whose attendance is not recorded\n- **IF Metall:** sara\n- **Tingsryds kommun:** anna (leader)');
  });

  it('keeps reading and refuses changes in a closed case', async () => {
    await tb.say(NEXT_TUESDAY);
    await tb.say('@erik dagordning lägg till "Framtidsmässa i mars"');
    await tb.say('omröstning ny "Mässa?" stänger=2026-11-23 18:00');
    await tb.db.case.update({ where: { id: caseId }, data: { status: 'closed', closedAt: tb.clock.now() } });
    tb.clock.set(new Date('2026-11-24T12:00:00Z'));
    const before = await snapshot(tb.db);
    for (const line of ['möte ny 2026-12-01 10:00', 'dagordning lägg till "X"', 'beslut "X"', '@erik rösta 1 Ja', 'dagordning skicka', 'omröstning stäng 1']) {
      expect(await tb.text(line)).toBe('Ärendet Konga Bruk konkurs är stängt. Inget har ändrats.');
    }
    expect(await tb.text('dagordning visa')).toContain('1. Framtidsmässa i mars (#1, erik)');
    expect(await tb.text('omröstning visa 1')).toContain('Stänger måndag 2026-11-23 kl. 18:00.');
    expect(await tb.text('protokoll')).toContain('**Möte #1, tisdag 2026-11-24 kl. 10:00 (Europe/Stockholm)**');
    expect(await snapshot(tb.db)).toEqual(before);
  });

  it('shows times in the case\'s own time zone', async () => {
    await tb.db.case.update({ where: { id: caseId }, data: { timeZone: 'America/New_York' } });
    await tb.say('möte ny 2026-11-24 10:00');
    expect((await tb.db.meeting.findFirstOrThrow()).startsAt.toISOString()).toBe('2026-11-24T15:00:00.000Z');
    expect(await tb.text('möte visa')).toContain('*Möte #1: tisdag 2026-11-24 kl. 10:00*');
    expect(await tb.text('protokoll')).toContain('**Möte #1, tisdag 2026-11-24 kl. 10:00 (America/New_York)**');
  });
});

/** A member who left before the meeting: the minutes must not list them. */
async function addRemovedMember(tb: TestBot, caseId: number): Promise<void> {
  const user = await tb.db.user.create({ data: { platform: 'console', externalId: 'gone', displayName: 'gone', createdAt: tb.clock.now() } });
  await tb.db.member.create({ data: { caseId, userId: user.id, role: 'member', joinedAt: tb.clock.now(), removedAt: tb.clock.now() } });
}
