// The acceptance scenario of issue 3: three members from three organisations run a full cycle —
// agenda items, a meeting, a poll on a job fair with votes and a changed vote, the decision, an
// action from it, its status changes, the minutes — and every printed line is checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleOutput } from '../../adapters/console/session.js';
import { freshFairCard, minutesAttendees } from '../support/expected.js';
import { startGroup } from '../support/group.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

const printed = (outputs: ConsoleOutput[]) => outputs.map((o) => `${o.kind === 'post' ? `#${o.channel}` : o.kind === 'dm' ? `dm @${o.to}` : `reply @${o.to}`}: ${o.message.text}`);

describe('a full cycle of the collaboration group', () => {
  let tb: TestBot;
  let caseId: number;
  beforeAll(async () => {
    tb = await createTestBot();
    caseId = await startGroup(tb, [{ name: 'erik', org: 'TRR' }, { name: 'sara', org: 'IF Metall' }]);
  });
  afterAll(async () => { await tb.close(); });
  const step = async (line: string, expected: string[]) => expect(printed(await tb.say(line)), line).toEqual(expected);

  const agenda = 'Dagordningen inför nästa möte i Konga Bruk konkurs:\n*Dagordning för möte #1, tisdag 2026-11-24 kl. 10:00*\n1. Framtidsmässa i mars (#1, erik)\n2. Lägesrapport från IF Metall (#2, sara)\nPlats: Kommunhuset, sal 2';

  it('collects the agenda and calls the meeting', async () => {
    await step('@erik dagordning lägg till "Framtidsmässa i mars"', ['#samverkan: erik lade till punkt #1 på dagordningen, som väntar på nästa möte: Framtidsmässa i mars']);
    await step('@sara dagordning lägg till Lägesrapport från IF Metall', ['#samverkan: sara lade till punkt #2 på dagordningen, som väntar på nästa möte: Lägesrapport från IF Metall']);
    await step('möte ny tisdag 10:00 plats="Kommunhuset, sal 2"', [[
      '#samverkan: anna kallade till möte #1.',
      '*Möte #1: tisdag 2026-11-24 kl. 10:00*',
      'Plats: Kommunhuset, sal 2',
      '',
      'Dagordning',
      '1. Framtidsmässa i mars (#1, erik)',
      '2. Lägesrapport från IF Metall (#2, sara)',
      '[Dagordning: dagordning visa] [Flytta: möte flytta 1] [Ställ in: möte ställ in 1]',
    ].join('\n')]);
    await step('dagordning skicka', [`dm @anna: ${agenda}`, `dm @erik: ${agenda}`, `dm @sara: ${agenda}`, 'reply @anna: Dagordningen för möte #1 skickades till 3 medlemmar.']);
  });

  it('votes on the job fair at the meeting, with a changed vote', async () => {
    // Passing 10:00 the day before, the scheduler sent the agenda to every member.
    await step(':clock 2026-11-24T10:05', [`dm @anna: ${agenda}`, `dm @erik: ${agenda}`, `dm @sara: ${agenda}`]);
    await step('omröstning ny "Ska vi ordna en framtidsmässa i mars?" stänger=idag 12:00', [[
      '#samverkan: anna startade omröstning #1.',
      ...freshFairCard('tisdag 2026-11-24 kl. 12:00'),
    ].join('\n')]);
    await step('@erik rösta 1 Ja', ['reply @erik: Din röst på "Ja" i omröstning #1 är registrerad. Du kan ändra den tills omröstningen stänger.']);
    await step('@sara rösta 1 nej', ['reply @sara: Din röst på "Nej" i omröstning #1 är registrerad. Du kan ändra den tills omröstningen stänger.']);
    await step('omröstning visa 1', [[
      'reply @anna: *Omröstning #1: Ska vi ordna en framtidsmässa i mars?*',
      'Stänger tisdag 2026-11-24 kl. 12:00.',
      '1. Ja: 1 röst',
      '2. Nej: 1 röst',
      '3. Avstår: 0 röster',
      '2 av 3 har röstat. Inte röstat än: anna.',
      'Rösta med knapparna eller `rösta 1 <alternativ>`.',
      '[Ja: rösta 1 1] [Nej: rösta 1 2] [Avstår: rösta 1 3]',
    ].join('\n')]);
    await step('rösta 1 3', ['reply @anna: Din röst på "Avstår" i omröstning #1 är registrerad. Du kan ändra den tills omröstningen stänger.']);
    await step('@sara rösta 1 1', ['reply @sara: Din röst i omröstning #1 är ändrad till "Ja".']);
  });

  it('closes the poll into a decision, turns it into an action and decides on the agenda item', async () => {
    await step(':clock 2026-11-24T11:00', []);
    await step('omröstning stäng 1', ['#samverkan: Omröstning #1 "Ska vi ordna en framtidsmässa i mars?" är stängd. Resultat: Ja vann med 2 av 3 röster.']);
    await step('@erik omröstning åtgärd 1 senast=2026-12-15 ansvarig=@erik text="Boka Folkets hus för framtidsmässan"', ['#samverkan: Åtgärd #1 från omröstning #1: Boka Folkets hus för framtidsmässan. Ansvarig: erik (TRR), senast 2026-12-15.']);
    await step('beslut "Framtidsmässan hålls den 12 mars i Folkets hus" punkt=1', ['#samverkan: Beslut vid möte #1 (tisdag 2026-11-24 kl. 10:00) om punkt #1: Framtidsmässan hålls den 12 mars i Folkets hus']);
    await step('omröstning visa 1', [[
      'reply @anna: *Omröstning #1: Ska vi ordna en framtidsmässa i mars?*',
      'Stängdes tisdag 2026-11-24 kl. 11:00.',
      '1. Ja: 2 röster',
      '2. Nej: 0 röster',
      '3. Avstår: 1 röst',
      '3 av 3 har röstat.',
      'Resultat: Ja vann med 2 av 3 röster.',
      'Blev åtgärd #1.',
    ].join('\n')]);
    // The action's status changes belong to `åtgärd …` (members-actions); here the row changes as those commands will change it.
    await tb.db.action.update({ where: { caseId_number: { caseId, number: 1 } }, data: { status: 'in_progress' } });
    await tb.db.action.update({ where: { caseId_number: { caseId, number: 1 } }, data: { status: 'done', closedAt: new Date('2026-11-24T10:30:00Z') } });
  });

  it('drafts the minutes, and carries the unhandled item over', async () => {
    await step(':clock 2026-11-24T15:00', []);
    const minutes = (made: string, second: string) => [
      '# Minnesanteckningar – Konga Bruk konkurs',
      '',
      '**Möte #1, tisdag 2026-11-24 kl. 10:00 (Europe/Stockholm)**',
      'Plats: Kommunhuset, sal 2',
      ...minutesAttendees(made),
      '',
      '## Dagordning',
      '1. Framtidsmässa i mars (#1) – behandlad',
      '   - Beslut: Framtidsmässan hålls den 12 mars i Folkets hus',
      `2. Lägesrapport från IF Metall (#2) – ${second}`,
      '',
      '## Övriga beslut',
      '- Omröstning #1 "Ska vi ordna en framtidsmässa i mars?": Ja vann med 2 av 3 röster.',
      '',
      '## Läget vid mötet',
      'Ingen lägesrapport till och med 2026-11-24.',
      '',
      '## Åtgärder',
      '### Nya sedan förra mötet',
      '- #1 Boka Folkets hus för framtidsmässan – erik (TRR), senast 2026-12-15',
      '### Avslutade sedan förra mötet',
      '- #1 Boka Folkets hus för framtidsmässan – klar',
      '### Försenade',
      '- Inga.',
      '### Öppna',
      '- Inga.',
      '',
    ].join('\n');
    await step('@sara protokoll', [`reply @sara: ${minutes('tisdag 2026-11-24 kl. 15:00', 'ej behandlad än')}`]);
    await step(':clock 2026-11-25T08:00', []);
    // The next day the meeting is over: the open item is carried over to the next meeting.
    expect(await tb.text('protokoll 24/11')).toBe(minutes('onsdag 2026-11-25 kl. 08:00', 'flyttas till nästa möte'));
    const [exported] = await tb.say('export protokoll 24/11');
    expect(exported!.message.text).toBe('Minnesanteckningarna för möte #1 som HTML-fil.');
    expect(exported!.message.files!.map((f) => [f.name, f.mimeType])).toEqual([['minnesanteckningar-2026-11-24-mote-1.html', 'text/html']]);
    expect(new TextDecoder().decode(exported!.message.files![0]!.data)).toContain('<li>Lägesrapport från IF Metall (#2) – flyttas till nästa möte</li>');
    await step('dagordning visa', ['reply @anna: *Dagordning – inget möte planerat än*\n1. Lägesrapport från IF Metall (#2, sara)\nPunkterna tas upp på nästa möte; skapa det med `möte ny <datum> <tid>`.']);
  });
});
