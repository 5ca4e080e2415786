// Words and forms (issue 15): dates typed unquoted after their key, subcommands that do not exist,
// a key given twice, a setting set to the value it has, and `hjälp` by area — in Swedish and English.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpGroup } from '../support/group.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

type Answer = [line: string, answer: string | RegExp];

/** Each line is answered with its text (a part of it, or a pattern), and none of them stores anything. */
async function refusesAll(tb: TestBot, answers: Answer[]): Promise<void> {
  const before = await snapshot(tb.db);
  for (const [line, answer] of answers) {
    const text = await tb.text(line);
    if (typeof answer === 'string') expect(text, line).toContain(answer);
    else expect(text, line).toMatch(answer);
  }
  expect(await snapshot(tb.db)).toEqual(before);
}

// The clock starts on Monday 2026-11-23 09:00 in Stockholm (UTC+1).
describe('words and forms', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot(); // anna: leader (Kommunen); erik: member (Arbetsförmedlingen); sara: observer (TRR)
    await setUpGroup(tb);
  });
  afterEach(async () => { await tb.close(); });

  describe('a date typed unquoted after its key', () => {
    it('takes "5 dec" and "5 december 2027" as the due date of an action', async () => {
      expect(await tb.text('åtgärd ny "Boka lokal" ansvarig=@erik senast=5 dec')).toContain('Senast: 2026-12-05');
      expect(await tb.text('åtgärd ny "Ring Volvo" ansvarig=@erik senast=5 december 2027')).toContain('Senast: 2027-12-05');
      expect(await tb.text('action new "Book a room" owner=@erik due=7 dec')).toContain('Due: 2026-12-07');
      const actions = await tb.db.action.findMany({ orderBy: { number: 'asc' }, select: { text: true, dueDate: true } });
      expect(actions).toEqual([
        { text: 'Boka lokal', dueDate: '2026-12-05' },
        { text: 'Ring Volvo', dueDate: '2027-12-05' },
        { text: 'Book a room', dueDate: '2026-12-07' },
      ]);
    });

    it('takes a day and a time: stänger=5 dec 16:00, closes=friday 16:00, datum=fredag 16:00', async () => {
      expect(await tb.text('omröstning ny "Ska vi ordna en framtidsmässa?" stänger=5 dec 16:00')).toContain('Stänger lördag 2026-12-05 kl. 16:00.');
      // The poll is posted in the group's language.
      expect(await tb.text('poll new "Study visit at Volvo?" closes=friday 16:00')).toContain('Stänger fredag 2026-11-27 kl. 16:00.');
      const polls = await tb.db.poll.findMany({ orderBy: { number: 'asc' }, select: { closesAt: true } });
      expect(polls).toEqual([{ closesAt: new Date('2026-12-05T15:00:00Z') }, { closesAt: new Date('2026-11-27T15:00:00Z') }]);
      await tb.say('möte ny datum=fredag 16:00 plats="Kommunhuset"');
      await tb.say('meeting new date=5 dec 10:00');
      const meetings = await tb.db.meeting.findMany({ orderBy: { number: 'asc' }, select: { startsAt: true, place: true } });
      expect(meetings).toEqual([{ startsAt: new Date('2026-11-27T15:00:00Z'), place: 'Kommunhuset' }, { startsAt: new Date('2026-12-05T09:00:00Z'), place: null }]);
    });

    it('stops at a key=value and at words that do not make a date with it', async () => {
      await tb.say('läge rapportera tillsvidare=10 söker=90 datum=20 nov källa=TRR');
      expect(await tb.db.statusReport.findMany({ select: { reportDate: true, source: true } })).toEqual([{ reportDate: '2026-11-20', source: 'TRR' }]);
      // "halvfyra" is no time, so it is not part of the closing day: it is read, and refused, as the time.
      await refusesAll(tb, [
        ['omröstning ny "Mässa?" stänger=fredag halvfyra', 'Fel i tid: skriv en tid som 13:00, inte "halvfyra". Inget har ändrats.'],
        ['poll new "Fair?" closes=friday teatime', 'Problem with time: write a time such as 13:00, not "teatime". Nothing was changed.'],
        // A due date is a day: a time after it is not taken into it.
        ['läge rapportera tillsvidare=10 datum=fredag 16:00', 'Fel i läge rapportera: oväntat "16:00". Inget har ändrats.'],
      ]);
    });
  });

  describe('a subcommand that does not exist', () => {
    it('names the area\'s commands and suggests the nearest, and changes nothing', async () => {
      await refusesAll(tb, [
        ['åtgärd nyy "Boka lokal" ansvarig=@erik senast=fredag', /^Okänt kommando: åtgärd nyy\. Menade du `åtgärd ny`\? Kommandon för åtgärd: ny, lista, status, klar, flytta, kommentar, ändra\b/],
        ['action nwe "Book a room"', /^Unknown command: action nwe\. Did you mean `action new`\? Commands for action: new, list, status, done, move, comment, edit\b/],
        ['medlem lag till @lena', /^Okänt kommando: medlem lag\. Menade du `medlem lägg till`\? Kommandon för medlem: lägg till, lista, ta bort\b/],
        ['atgard lsta', /^Okänt kommando: atgard lsta\. Menade du `åtgärd lista`\?/],
        ['ärende kod återkala', /^Okänt kommando: ärende kod återkala\. Menade du `ärende kod återkalla`\?/],
        ['läge rapport tillsvidare=10', /^Okänt kommando: läge rapport\. Menade du `läge rapportera`\?/],
        ['status reprot permanent=10', /^Unknown command: status reprot\. Did you mean `status report`\?/],
      ]);
    });

    it('answers a word after `möte` that is no command with the meeting commands, not as an argument of möte visa', async () => {
      await refusesAll(tb, [
        // Once `möte flytta` exists it is suggested here, and `möte flytta 1` is that command.
        ['möte flyta 1', /^Okänt kommando: möte flyta\. .*Kommandon för möte: ny, visa\b/],
        ['meeting mvoe 1', /^Unknown command: meeting mvoe\. .*Commands for meeting: new, show\b/],
        // No command near: the list alone, and where to read more.
        ['åtgärd raderaa 1', /^Okänt kommando: åtgärd raderaa\. Kommandon för åtgärd: ny, lista, .*\. Skriv `hjälp åtgärd` för mer\.$/],
      ]);
    });

    it('still explains a real argument problem as one', async () => {
      await refusesAll(tb, [
        ['möte visa nästa', 'Fel i möte visa: oväntat "nästa"'],
        ['ärende kod 5', 'Fel i ärende kod: oväntat "5"'],
        ['finnsinte 1', /^Okänt kommando: "finnsinte"\. Skriv `hjälp` för att se alla kommandon\.$/],
      ]);
    });
  });

  describe('a key given twice', () => {
    it('is refused, in every command, also as its alias or other-language word, and changes nothing', async () => {
      await refusesAll(tb, [
        ['läge rapportera tillsvidare=10 tillsvidare=20', 'Fel i läge rapportera: tillsvidare= anges två gånger; ange det en gång. Inget har ändrats.'],
        ['status report permanent=10 permanent=20', 'Problem with status report: permanent= is given twice; give it once. Nothing was changed.'],
        ['läge rapportera tillsvidare=10 permanent=20', 'Fel i läge rapportera: tillsvidare= och permanent= är samma sak och anges båda; ange det en gång.'],
        ['åtgärd ny "Boka lokal" ansvarig=@erik senast=fredag senast=lördag', 'Fel i åtgärd ny: senast= anges två gånger'],
        ['action new "Book a room" owner=@erik ansvarig=@sara due=friday', 'Problem with action new: owner= and ansvarig= are the same thing and both given; give it once.'],
      ]);
    });
  });

  describe('a setting set to the value it has', () => {
    it('answers "already" and posts and audits nothing; a real change is still announced', async () => {
      const before = await snapshot(tb.db);
      const [same] = await tb.say('inställning sammanfattningstid 08:00');
      expect(same).toMatchObject({ kind: 'reply' });
      expect(same!.message.text).toBe('Inställningen sammanfattningstid är redan 08:00. Inget har ändrats.');
      expect(await tb.text('setting digesttime 8.00')).toBe('The setting digesttime is already 08:00. Nothing was changed.');
      expect(await snapshot(tb.db)).toEqual(before);
      expect(await tb.text('inställning sammanfattningstid 07:30')).toContain('anna ändrade sammanfattningstid från 08:00 till 07:30.');
      expect(await tb.text('inställning sammanfattningstid 07:30')).toBe('Inställningen sammanfattningstid är redan 07:30. Inget har ändrats.');
      expect(await tb.text('inställning språk svenska')).toBe('Inställningen språk är redan svenska. Inget har ändrats.');
      expect(await tb.db.auditEntry.count({ where: { action: 'setting.change' } })).toBe(1);
    });
  });

  describe('hjälp by area', () => {
    it('lists the areas one line each, with their commands in short', async () => {
      const sv = (await tb.text('hjälp')).split('\n');
      expect(sv.length).toBeLessThan(25);
      expect(sv).toContain('*läge* – hur många av de berörda som har fått ny sysselsättning (historik, exakt, rapportera, återkalla)');
      expect(sv.find((l) => l.startsWith('*åtgärd*'))).toMatch(/^\*åtgärd\* – vem gör vad, till när \(ny, lista, status, klar, flytta, kommentar, ändra\b/);
      expect(sv).toContain('*rösta* – rösta i en omröstning');
      const en = (await tb.text('help')).split('\n');
      expect(en.find((l) => l.startsWith('*action*'))).toMatch(/^\*action\* – who does what, by when \(new, list, status, done, move, comment, edit\b/);
    });

    it('gives an area\'s commands with summary and example, and one command in detail', async () => {
      const sv = await tb.text('hjälp åtgärd');
      expect(sv).toMatch(/^\*Samverkan – åtgärd\*\nvem gör vad, till när\n`hjälp <kommando>` visar ett kommando i detalj\./);
      expect(sv).toContain('åtgärd ny\nlägger till en åtgärd med ansvarig och sista datum\nExempel: åtgärd ny "Boka lokal för jobbmässan" ansvarig=@erik senast=2026-12-04');
      expect(sv).toContain('åtgärd flytta\nflyttar en åtgärds sista datum\nExempel: åtgärd flytta 3 2026-12-11');
      expect(await tb.text('help action')).toContain('action move\nmoves the due date of an action\nExample: action move 3 2026-12-11');
      // läge is a command and an area: the area, which shows läge too.
      expect(await tb.text('hjälp läge')).toContain('läge historik\nvisar');
      expect(await tb.text('hjälp åtgärd ny')).toContain('Så här: åtgärd ny');
      expect(await tb.text('hjälp rösta')).toContain('Så här: rösta <nr> <alternativ>');
    });
  });
});
