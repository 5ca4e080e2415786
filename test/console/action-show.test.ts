// One action in full — owner, due date, status, the decision behind it and every comment — and
// the status words `pågår` / `in progress` (issue 15).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonCommands } from '../support/buttons.js';
import { groupBot, outputsOf } from '../support/group.js';
import { snapshot, type TestBot } from '../support/testbot.js';

describe('åtgärd visa', () => {
  let tb: TestBot;
  beforeEach(async () => {
    ({ tb } = await groupBot()); // Monday 2026-11-23 09:00; anna leads, erik (TRR) and sara (IF Metall) are members, olle observes
    await tb.say('åtgärd ny "Boka lokal för jobbmässan" ansvarig=@erik senast=2026-12-04');
  });
  afterEach(async () => { await tb.close(); });

  it('shows the whole comment history, who and when, to anyone in the case, observers included', async () => {
    await tb.say('@erik åtgärd kommentar 1 "Folkets hus är tillfrågat"');
    tb.clock.set(new Date('2026-11-24T13:30:00Z'));
    const outputs = await outputsOf(tb, 'sara', 'åtgärd kommentar 1 "IF Metall kan stå för fikat"');
    // The card shows only the last comment; once it has comments, its Visa button opens the rest.
    const card = outputs.find((o) => o.kind === 'update')!;
    expect(card.message.text).toContain('Kommentarer: 2\nSenaste kommentar: "IF Metall kan stå för fikat" – sara');
    expect(buttonCommands(card.message)).toEqual(['åtgärd klar 1', 'åtgärd status 1 pågår', 'åtgärd flytta 1 2026-12-11', 'åtgärd visa 1']);
    const before = await snapshot(tb.db);
    const [shown] = await tb.say('@olle åtgärd visa 1');
    expect(shown!.message.text).toBe([
      '*Åtgärd #1: Boka lokal för jobbmässan*',
      'Ansvarig: erik',
      'Organisation: TRR',
      'Senast: 2026-12-04',
      'Status: ej påbörjad',
      'Skapad: måndag 23 november 09:00',
      '',
      'Kommentarer (2)',
      'måndag 23 november 09:00 erik: Folkets hus är tillfrågat',
      'tisdag 24 november 14:30 sara: IF Metall kan stå för fikat',
      '[Klar: åtgärd klar 1] [Pågår: åtgärd status 1 pågår] [Skjut upp en vecka: åtgärd flytta 1 2026-12-11]',
    ].join('\n'));
    expect(await tb.text('@olle action show 1')).toContain('Comments (2)\nMonday 23 November 09:00 erik: Folkets hus är tillfrågat\nTuesday 24 November 14:30 sara: IF Metall kan stå för fikat');
    expect(await snapshot(tb.db)).toEqual(before);
  });

  it('shows the decision an action carries out, and says so when there are no comments', async () => {
    await tb.say('omröstning ny "Ordnar vi en framtidsmässa?"');
    await tb.say('@erik rösta 1 Ja');
    await tb.say('omröstning stäng 1');
    await tb.say('omröstning åtgärd 1 senast=2026-12-15 ansvarig=@sara text="Boka Folkets hus"');
    const text = await tb.text('åtgärd visa 2');
    expect(text).toContain('Beslut: från omröstning #1: ');
    expect(text).toContain('Kommentarer (0)\nInga kommentarer än. Skriv en med `åtgärd kommentar <nr> "<text>"`.');
  });

  it('refuses an action that does not exist and a non-member, in both languages', async () => {
    expect(await tb.text('åtgärd visa 9')).toBe('Det finns ingen åtgärd #9 i ärendet; `åtgärd lista alla` visar alla. Inget har ändrats.');
    expect(await tb.text('action show 9')).toBe('This case has no action #9; `action list all` shows them all. Nothing was changed.');
    expect(await tb.text('@nils åtgärd visa 1')).toMatch(/inte medlem|not a member/i);
  });
});

describe('status words', () => {
  let tb: TestBot;
  beforeEach(async () => {
    ({ tb } = await groupBot());
    await tb.say('åtgärd ny "Boka lokal" ansvarig=@erik senast=2026-12-04');
  });
  afterEach(async () => { await tb.close(); });

  it('takes `in progress` as two words, `pågår` and `in_progress` too', async () => {
    expect(await tb.text('@erik action status 1 in progress')).toBe('Action #1 is now in progress.');
    expect((await tb.db.action.findFirstOrThrow()).status).toBe('in_progress');
    expect(await tb.text('@erik åtgärd status 1 klar')).toBe('Åtgärd #1 har nu status klar.');
    expect(await tb.text('@erik åtgärd status 1 pågår')).toBe('Åtgärd #1 har nu status pågår.');
    await tb.say('@erik åtgärd klar 1');
    expect(await tb.text('@erik action status 1 in_progress')).toBe('Action #1 is now in progress.');
    expect(await tb.text('@erik action status 1 in a while')).toContain('choose in progress | done | cancelled, not "in a while"');
  });
});
