// Bad arguments for every poll, meeting, agenda, decision and minutes command, in Swedish and in
// English: each names the field and the problem, shows the usage, and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { groupBot } from '../support/group.js';
import { snapshot, type TestBot } from '../support/testbot.js';

type Case = [line: string, field: string, problem: string];

const SV: Case[] = [
  ['omröstning ny', 'fråga', 'värde saknas'],
  ['omröstning ny "Mässa?" alternativ="Ja"', 'alternativ', 'skriv 2 till 10 alternativ åtskilda med |, till exempel "Ja|Nej|Avstår", inte "Ja"'],
  ['omröstning ny "Mässa?" alternativ="A|B|C|D|E|F|G|H|I|J|K"', 'alternativ', 'skriv 2 till 10 alternativ'],
  ['omröstning ny "Mässa?" alternativ="Ja||Nej"', 'alternativ', 'skriv 2 till 10 alternativ'],
  ['omröstning ny "Mässa?" alternativ="Ja|ja"', 'alternativ', 'alternativet "ja" finns två gånger'],
  ['omröstning ny "Mässa?" stänger=snart', 'stänger', 'skriv ett datum som 2026-12-05, 5/12, 5 dec, idag, imorgon eller en veckodag, inte "snart"'],
  ['omröstning ny "Mässa?" stänger=31/2', 'stänger', 'datumet "31/2" finns inte i kalendern'],
  ['omröstning ny "Mässa?" stänger="fredag 25:00"', 'stänger', 'skriv en tid som 13:00, inte "25:00"'],
  ['omröstning ny "Mässa?" 16:00', 'tid', 'en tid behöver ett datum'],
  ['omröstning ny "Mässa?" stänger=fredag halvfyra', 'tid', 'skriv en tid som 13:00, inte "halvfyra"'],
  ['omröstning ny "Mässa?" stänger="fredag 16:00" 17:00', 'tid', 'tiden står två gånger; skriv den en gång'],
  ['omröstning ny "Mässa?" per=kommun', 'per', 'välj medlem | organisation, inte "kommun"'],
  ['omröstning ny "Mässa?" hemlig=ja', 'hemlig', 'okänd nyckel'],
  ['rösta', 'omröstning', 'värde saknas'],
  ['rösta ett Ja', 'omröstning', 'skriv ett nummer som 12 eller #12, inte "ett"'],
  ['rösta 1', 'alternativ', 'värde saknas'],
  ['omröstning visa', 'omröstning', 'värde saknas'],
  ['omröstning visa x', 'omröstning', 'skriv ett nummer som 12 eller #12, inte "x"'],
  ['omröstning stäng -1', 'omröstning', 'skriv ett nummer som 12 eller #12, inte "-1"'],
  ['omröstning lista alla', 'omröstning lista', 'oväntat "alla"'],
  ['omröstning åtgärd 1', 'senast', 'värde saknas'],
  ['omröstning åtgärd 1 senast=sen', 'senast', 'skriv ett datum som'],
  ['omröstning åtgärd 1 senast=2026-12-15 ansvarig=erik', 'ansvarig', 'ange en person, till exempel @anna, inte "erik"'],
  ['möte ny', 'datum och tid', 'värde saknas'],
  ['möte ny tisdag', 'datum och tid', 'ange också en tid, till exempel "tisdag 13:00"'],
  ['möte ny imorgon 24:00', 'datum och tid', 'skriv en tid som 13:00, inte "24:00"'],
  ['möte ny 30/2 10:00', 'datum och tid', 'datumet "30/2" finns inte i kalendern'],
  ['möte ny tisdag 10:00 länk=meet.example', 'länk', 'skriv en webbadress som börjar med https://, inte "meet.example"'],
  ['möte ny tisdag 10:00 plats=""', 'plats', 'skriv en text, gärna inom citattecken'],
  ['möte visa nästa', 'nr', 'skriv ett nummer som 12 eller #12, inte "nästa"'],
  ['dagordning lägg till', 'punkt', 'värde saknas'],
  [`dagordning lägg till "${'x'.repeat(301)}"`, 'punkt', 'högst 300 tecken'],
  ['dagordning visa allt', 'dagordning visa', 'oväntat "allt"'],
  ['dagordning flytta 1', 'plats', 'värde saknas'],
  ['dagordning flytta x 1', 'punkt', 'skriv ett nummer som 12 eller #12, inte "x"'],
  ['dagordning flytta 1 0', 'plats', 'skriv ett tal från 1 till 1000, inte "0"'],
  ['dagordning ta bort', 'punkt', 'värde saknas'],
  ['dagordning ta bort alla', 'punkt', 'skriv ett nummer som 12 eller #12, inte "alla"'],
  ['dagordning klar 1.5', 'punkt', 'skriv ett nummer som 12 eller #12, inte "1.5"'],
  ['dagordning skicka nu', 'dagordning skicka', 'oväntat "nu"'],
  ['beslut', 'text', 'värde saknas'],
  ['beslut "Mässa" punkt=första', 'punkt', 'skriv ett nummer som 12 eller #12, inte "första"'],
  ['beslut "Mässa" möte=nästa', 'möte', 'skriv ett nummer som 12 eller #12, inte "nästa"'],
  ['protokoll senaste', 'möte', 'ange mötets nummer (som 2) eller dag (som 2026-12-01), inte "senaste"'],
  ['protokoll 31/2', 'möte', 'ange mötets nummer (som 2) eller dag (som 2026-12-01), inte "31/2"'],
  ['export protokoll igår kväll', 'möte', 'ange mötets nummer (som 2) eller dag (som 2026-12-01), inte "igår kväll"'],
];

const EN: Case[] = [
  ['poll new', 'question', 'a value is missing'],
  ['poll new "Fair?" options="Yes"', 'options', 'write 2 to 10 options separated by |, for example "Yes|No|Abstain", not "Yes"'],
  ['poll new "Fair?" options="Yes|YES"', 'options', 'the option "YES" appears twice'],
  ['poll new "Fair?" closes=soon', 'closes', 'write a date such as 2026-12-05, 5/12, 5 dec, today, tomorrow or a weekday, not "soon"'],
  ['poll new "Fair?" 16:00', 'time', 'a time needs a date'],
  ['poll new "Fair?" per=town', 'per', 'choose member | organization, not "town"'],
  ['vote one Yes', 'poll', 'write a number such as 12 or #12, not "one"'],
  ['vote 1', 'option', 'a value is missing'],
  ['poll show', 'poll', 'a value is missing'],
  ['poll close x', 'poll', 'write a number such as 12 or #12, not "x"'],
  ['poll list all', 'poll list', 'unexpected "all"'],
  ['poll action 1', 'due', 'a value is missing'],
  ['poll action 1 due=2026-12-15 owner=erik', 'owner', 'name a person, for example @anna, not "erik"'],
  ['meeting new', 'date and time', 'a value is missing'],
  ['meeting new tuesday', 'date and time', 'give a time as well, for example "tuesday 13:00"'],
  ['meeting new tuesday 10:00 link=ftp://x', 'link', 'write a web address starting with https://, not "ftp://x"'],
  ['meeting show next', 'nr', 'write a number such as 12 or #12, not "next"'],
  ['agenda add', 'item', 'a value is missing'],
  ['agenda show all', 'agenda show', 'unexpected "all"'],
  ['agenda move 1', 'place', 'a value is missing'],
  ['agenda move x 1', 'item', 'write a number such as 12 or #12, not "x"'],
  ['agenda remove', 'item', 'a value is missing'],
  ['agenda done first', 'item', 'write a number such as 12 or #12, not "first"'],
  ['agenda send now', 'agenda send', 'unexpected "now"'],
  ['decision', 'text', 'a value is missing'],
  ['decision "Fair" item=first', 'item', 'write a number such as 12 or #12, not "first"'],
  ['decision "Fair" meeting=next', 'meeting', 'write a number such as 12 or #12, not "next"'],
  ['minutes latest', 'meeting', 'give the meeting\'s number (such as 2) or day (such as 2026-12-01), not "latest"'],
  ['export minutes 31/2', 'meeting', 'give the meeting\'s number (such as 2) or day (such as 2026-12-01), not "31/2"'],
];

describe('bad arguments to the poll, meeting and agenda commands', () => {
  let tb: TestBot;
  beforeAll(async () => {
    ({ tb } = await groupBot());
    await tb.say('möte ny tisdag 10:00');
    await tb.say('dagordning lägg till "Framtidsmässa"');
    await tb.say('omröstning ny "Mässa?"');
  });
  afterAll(async () => { await tb.close(); });

  for (const [locale, cases] of [['sv', SV], ['en', EN]] as const) {
    const t = translator(locale);
    it(`explains each problem in ${locale === 'sv' ? 'Swedish' : 'English'} with the usage, and changes nothing`, async () => {
      const before = await snapshot(tb.db);
      for (const [line, field, problem] of cases) {
        const answer = await tb.text(line);
        const [head, tail] = t('arg.error', { name: field, problem: '\u0000' }).split('\n')[0]!.split('\u0000') as [string, string];
        const first = answer.split('\n')[0]!;
        expect(first.startsWith(head) && first.endsWith(tail), `${line} → ${answer}`).toBe(true);
        expect(first, line).toContain(problem);
        expect(answer.split('\n').at(-1), line).toMatch(locale === 'sv' ? /^Så här: / : /^Usage: /);
      }
      expect(await snapshot(tb.db)).toEqual(before);
    });
  }

  it('refuses a poll closing in the past and a meeting in the past, in both languages', async () => {
    const before = await snapshot(tb.db);
    expect(await tb.text('omröstning ny "Mässa?" stänger=igår')).toBe('Stängningstiden söndag 2026-11-22 kl. 23:59 har redan passerat. Välj en senare tid. Inget har ändrats.');
    expect(await tb.text('poll new "Fair?" closes=today 08:00')).toBe('The closing time Monday 2026-11-23 at 08:00 has already passed. Choose a later time. Nothing was changed.');
    expect(await tb.text('meeting new today 08:59')).toBe('The meeting time Monday 2026-11-23 at 08:59 has already passed. Nothing was changed.');
    expect(await snapshot(tb.db)).toEqual(before);
  });
});
