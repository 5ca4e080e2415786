import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allCommands } from '../../src/commands/index.js';
import { CommandRegistry } from '../../src/commands/registry.js';
import { parseCommandLine } from '../../src/parse/command-line.js';
import { outputsOf, setUpGroup } from '../support/group.js';
import { contents, createTestBot, type TestBot } from '../support/testbot.js';

const card = (...lines: string[]) => lines.join('\n');
const registry = new CommandRegistry(allCommands);

describe('actions through the console', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot();
    await setUpGroup(tb);
  });
  afterEach(async () => { await tb.close(); });

  it('adds an action with the owner\'s organisation, posts its card with buttons and numbers per case', async () => {
    // Monday 2026-11-23: "fredag" is 2026-11-27.
    const outputs = await outputsOf(tb, 'anna', 'åtgärd ny "Boka lokal för jobbmässan" ansvarig=@erik senast=fredag');
    expect(outputs).toHaveLength(1);
    const [post] = outputs;
    expect(post).toMatchObject({ kind: 'post', platform: 'console', channelId: 'samverkan', ref: { entity: 'action', id: 1, caseId: 1 } });
    expect(post!.message.text).toBe(card(
      '*Åtgärd #1: Boka lokal för jobbmässan*',
      'Ansvarig: erik', 'Organisation: Arbetsförmedlingen', 'Senast: 2026-11-27', 'Status: ej påbörjad',
      '[Klar: åtgärd klar 1] [Pågår: åtgärd status 1 pågår] [Skjut upp en vecka: åtgärd flytta 1 2026-12-04]',
    ));
    expect(post!.message.card?.sections[0]?.buttons?.map((b) => b.label)).toEqual(['Klar', 'Pågår', 'Skjut upp en vecka']);
    // An organisation other than the owner's, a date with a space inside quotes, typed by a member.
    expect(await tb.text('@erik åtgärd ny "Ring Försäkringskassan" ansvarig=@anna org=FK senast="5 dec"')).toContain('Organisation: FK\nSenast: 2026-12-05');
    // Unquoted words make the text too.
    expect(await tb.text('åtgärd ny Skriv inbjudan ansvarig=@anna senast=idag')).toContain('*Åtgärd #3: Skriv inbjudan*');
    const actions = await tb.db.action.findMany({ orderBy: { number: 'asc' }, include: { organisation: true } });
    expect(actions.map((a) => [a.number, a.ownerId, a.organisation?.name, a.dueDate, a.status, a.createdById])).toEqual([
      [1, 2, 'Arbetsförmedlingen', '2026-11-27', 'open', 1],
      [2, 1, 'FK', '2026-12-05', 'open', 2],
      [3, 1, 'Kommunen', '2026-11-23', 'open', 1],
    ]);
    expect((await tb.db.auditEntry.findMany({ where: { entity: 'Action' } })).map((a) => a.action)).toEqual(['action.create', 'action.create', 'action.create']);
  });

  it('refuses a due date in the past, an owner who is not a member, and changes nothing', async () => {
    const before = await contents(tb.db);
    expect(await tb.text('åtgärd ny "X" ansvarig=@erik senast=2026-11-20')).toBe(
      'Fel i senast: datumet 2026-11-20 har redan varit (i dag är det 2026-11-23); välj i dag eller senare. Inget har ändrats.\n' +
      'Så här: åtgärd ny "<text>" ansvarig=@namn [org="…"] senast=<datum>');
    expect(await tb.text('åtgärd ny "X" ansvarig=@erik senast=igår')).toContain('datumet 2026-11-22 har redan varit');
    expect(await tb.text('åtgärd ny "X" ansvarig=@okand senast=imorgon')).toBe('okand är inte medlem i samverkansgruppen. En ledare lägger till med `medlem lägg till`. Inget har ändrats.');
    expect(await tb.text('åtgärd ny "X" ansvarig=@sara senast=imorgon')).toContain('*Åtgärd #1: X*');
    await tb.text('medlem ta bort @sara');
    const after = await contents(tb.db);
    expect(await tb.text('åtgärd ny "Y" ansvarig=@sara senast=imorgon')).toContain('sara är inte medlem');
    expect(await contents(tb.db)).toEqual(after);
    expect(after.Action).toHaveLength(1);
    expect(before.Action).toHaveLength(0);
  });

  it('runs a cycle of status changes by typed command and by button, re-rendering the card each time', async () => {
    await tb.run('åtgärd ny "Boka lokal" ansvarig=@erik senast=2026-11-27\nåtgärd ny "Ring FK" ansvarig=@anna senast=2026-12-05');
    let outputs = await outputsOf(tb, 'erik', 'åtgärd status #1 pågår');
    expect(outputs.map((o) => o.kind)).toEqual(['update', 'reply']);
    expect(outputs[1]!.message.text).toBe('Åtgärd #1 har nu status pågår.');
    const update = outputs[0]!;
    expect(update).toMatchObject({ kind: 'update', ref: { caseId: 1, entity: 'action', id: 1 } });
    expect(update.message.text).toBe(card(
      '*Åtgärd #1: Boka lokal*', 'Ansvarig: erik', 'Organisation: Arbetsförmedlingen', 'Senast: 2026-11-27', 'Status: pågår',
      '[Klar: åtgärd klar 1] [Skjut upp en vecka: åtgärd flytta 1 2026-12-04]',
    ));
    // Every button's command is a registered command line; pressing "Skjut upp en vecka" is typing it.
    const buttons = update.message.card!.sections[0]!.buttons!;
    for (const b of buttons) {
      const line = parseCommandLine(b.command);
      expect(line.ok && registry.match(line.tokens)?.spec.id).toMatch(/^action_/);
    }
    outputs = await outputsOf(tb, 'erik', buttons[1]!.command);
    expect(outputs[1]!.message.text).toBe('Åtgärd #1 ska nu vara klar senast 2026-12-04 (var 2026-11-27).');
    expect(outputs[0]!.message.text).toContain('Senast: 2026-12-04\nStatus: pågår\n[Klar: åtgärd klar 1] [Skjut upp en vecka: åtgärd flytta 1 2026-12-11]');

    outputs = await outputsOf(tb, 'anna', 'åtgärd kommentar 1 "Lokalen är bokad, väntar på bekräftelse"');
    expect(outputs[1]!.message.text).toBe('Kommentaren är sparad på åtgärd #1.');
    expect(outputs[0]!.message.text).toContain('Kommentarer: 1\nSenaste kommentar: "Lokalen är bokad, väntar på bekräftelse" – anna');
    outputs = await outputsOf(tb, 'erik', 'åtgärd kommentar 1 Bekräftad');
    expect(outputs[0]!.message.text).toContain('Kommentarer: 2\nSenaste kommentar: "Bekräftad" – erik');

    outputs = await outputsOf(tb, 'erik', buttons[0]!.command);
    expect(outputs[1]!.message.text).toBe('Åtgärd #1 har nu status klar.');
    expect(outputs[0]!.message.text).toContain('Status: klar\nKommentarer: 2');
    // A closed action's card keeps only the way to its comment history.
    expect(outputs[0]!.message.card!.sections[0]!.buttons!.map((b) => b.command)).toEqual(['åtgärd visa 1']);
    const done = await tb.db.action.findFirstOrThrow({ where: { number: 1 } });
    expect([done.status, done.closedAt?.toISOString()]).toEqual(['done', '2026-11-23T08:00:00.000Z']);

    const before = await contents(tb.db);
    expect(await tb.text('@erik åtgärd klar 1')).toBe('Åtgärd #1 har redan status klar. Inget har ändrats.');
    expect(await tb.text('@erik åtgärd flytta 1 2026-12-20')).toBe('Åtgärd #1 har status klar; sätt den till pågår först om den ska flyttas. Inget har ändrats.');
    expect(await tb.text('åtgärd flytta 2 2026-12-05')).toBe('Åtgärd #2 ska redan vara klar senast 2026-12-05. Inget har ändrats.');
    expect(await tb.text('åtgärd klar 9')).toBe('Det finns ingen åtgärd #9 i ärendet; `åtgärd lista alla` visar alla. Inget har ändrats.');
    expect(await tb.text('@erik åtgärd klar 2')).toBe('Bara den ansvariga för åtgärd #2 eller en ledare får ändra den. Inget har ändrats.');
    expect(await tb.text('@erik åtgärd status 1 avbruten')).toBe('Bara en ledare får avbryta, återuppta eller redigera åtgärd #1. Inget har ändrats.');
    expect(await tb.text('@sara åtgärd kommentar 1 "hej"')).toBe('Det här får bara medlemmar göra. Inget har ändrats.');
    expect(await contents(tb.db)).toEqual(before);

    // Reopening a done action clears closedAt; a leader may cancel any action.
    expect(await tb.text('@erik åtgärd status 1 pågår')).toBe('Åtgärd #1 har nu status pågår.');
    expect((await tb.db.action.findFirstOrThrow({ where: { number: 1 } })).closedAt).toBeNull();
    expect(await tb.text('åtgärd status 1 avbruten')).toBe('Åtgärd #1 har nu status avbruten.');
    expect(await tb.text('@erik åtgärd status 1 pågår')).toBe('Bara en ledare får avbryta, återuppta eller redigera åtgärd #1. Inget har ändrats.');
    const audit = await tb.db.auditEntry.findMany({ where: { entity: 'Action', action: { not: 'action.create' } } });
    expect(audit.map((a) => [a.action, JSON.parse(a.data)])).toEqual([
      ['action.status', { number: 1, from: 'open', to: 'in_progress' }],
      ['action.move', { number: 1, from: '2026-11-27', to: '2026-12-04' }],
      ['action.comment', { number: 1, commentId: 1 }],
      ['action.comment', { number: 1, commentId: 2 }],
      ['action.status', { number: 1, from: 'in_progress', to: 'done' }],
      ['action.status', { number: 1, from: 'done', to: 'in_progress' }],
      ['action.status', { number: 1, from: 'in_progress', to: 'cancelled' }],
    ]);
  });

  it('lists open, mine, overdue, all and per organisation, with overdue days', async () => {
    await tb.run([
      'åtgärd ny "Boka lokal" ansvarig=@erik senast=2026-11-27',
      'åtgärd ny "Ring FK" ansvarig=@anna org=FK senast=2026-12-05',
      'åtgärd ny "Skriv inbjudan" ansvarig=@erik senast=2026-12-10',
      'åtgärd ny "Beställ fika" ansvarig=@anna senast=2026-11-24',
      '@erik åtgärd status 3 pågår',
      'åtgärd klar 4',
    ].join('\n'));
    expect(await tb.text('åtgärd lista')).toBe(card(
      '*Öppna åtgärder: 3*',
      '#1 Boka lokal – erik, Arbetsförmedlingen – senast 2026-11-27 – ej påbörjad',
      '#2 Ring FK – anna, FK – senast 2026-12-05 – ej påbörjad',
      '#3 Skriv inbjudan – erik, Arbetsförmedlingen – senast 2026-12-10 – pågår',
    ));
    expect(await tb.text('@erik åtgärd lista mina')).toBe(card(
      '*Mina öppna åtgärder: 2*',
      '#1 Boka lokal – erik, Arbetsförmedlingen – senast 2026-11-27 – ej påbörjad',
      '#3 Skriv inbjudan – erik, Arbetsförmedlingen – senast 2026-12-10 – pågår',
    ));
    expect(await tb.text('åtgärd lista försenade')).toBe('*Försenade åtgärder: 0*\nInga åtgärder.');
    tb.clock.set(new Date('2026-12-07T08:00:00Z'));
    expect(await tb.text('@sara åtgärd lista försenade')).toBe(card(
      '*Försenade åtgärder: 2*',
      '#1 Boka lokal – erik, Arbetsförmedlingen – senast 2026-11-27 (försenad 10 d) – ej påbörjad',
      '#2 Ring FK – anna, FK – senast 2026-12-05 (försenad 2 d) – ej påbörjad',
    ));
    expect(await tb.text('åtgärd lista alla')).toBe(card(
      '*Alla åtgärder: 4*',
      '#4 Beställ fika – anna, Kommunen – senast 2026-11-24 – klar',
      '#1 Boka lokal – erik, Arbetsförmedlingen – senast 2026-11-27 (försenad 10 d) – ej påbörjad',
      '#2 Ring FK – anna, FK – senast 2026-12-05 (försenad 2 d) – ej påbörjad',
      '#3 Skriv inbjudan – erik, Arbetsförmedlingen – senast 2026-12-10 – pågår',
    ));
    expect(await tb.text('åtgärd lista alla org="arbetsförmedlingen"')).toBe(card(
      '*Alla åtgärder för Arbetsförmedlingen: 2*',
      '#1 Boka lokal – erik, Arbetsförmedlingen – senast 2026-11-27 (försenad 10 d) – ej påbörjad',
      '#3 Skriv inbjudan – erik, Arbetsförmedlingen – senast 2026-12-10 – pågår',
    ));
    expect(await tb.text('åtgärd lista org=FK')).toBe('*Öppna åtgärder för FK: 1*\n#2 Ring FK – anna, FK – senast 2026-12-05 (försenad 2 d) – ej påbörjad');
    expect(await tb.text('åtgärd lista org=Region')).toBe('Ingen organisation heter "Region" i ärendet (finns: Arbetsförmedlingen, FK, Kommunen, TRR). Inget har ändrats.');
    // An overdue card postpones to a week from today, not to a date that has passed.
    const [update] = await outputsOf(tb, 'anna', 'åtgärd kommentar 2 "Påmint"');
    expect(update!.message.text).toContain('Senast: 2026-12-05 (försenad 2 d)');
    expect(update!.message.text).toContain('[Skjut upp en vecka: åtgärd flytta 2 2026-12-14]');
  });

  it('lets a leader edit text, owner and organisation; a new owner brings their organisation', async () => {
    await tb.run('åtgärd ny "Boka lokal" ansvarig=@erik senast=2026-11-27\nmedlem lägg till @lars org="IF Metall"');
    expect(await tb.text('@erik åtgärd ändra 1 "Boka stor lokal"')).toBe('Det här får bara ledare göra. Inget har ändrats.');
    let [update, reply] = await outputsOf(tb, 'anna', 'åtgärd ändra #1 Boka stor lokal ansvarig=@lars');
    expect(reply!.message.text).toBe('Åtgärd #1 är ändrad.');
    expect(update!.message.text).toContain('*Åtgärd #1: Boka stor lokal*\nAnsvarig: lars\nOrganisation: IF Metall');
    [update] = await outputsOf(tb, 'anna', 'åtgärd ändra 1 org=Kommunen');
    expect(update!.message.text).toContain('Ansvarig: lars\nOrganisation: Kommunen');
    const before = await contents(tb.db);
    expect(await tb.text('åtgärd ändra 1')).toBe('Ange vad som ska ändras på åtgärd #1: en ny text, ansvarig=@namn eller org="…". Inget har ändrats.');
    expect(await tb.text('åtgärd ändra 1 ansvarig=@nisse')).toContain('nisse är inte medlem');
    expect(await contents(tb.db)).toEqual(before);
    expect(before.User).toHaveLength(4);
  });

  it('works in English with English status and list words', async () => {
    const [post] = await outputsOf(tb, 'anna', 'action new "Call TRR" owner=@erik due=tomorrow');
    expect(post!.message.text).toBe(card(
      '*Action #1: Call TRR*', 'Owner: erik', 'Organisation: Arbetsförmedlingen', 'Due: 2026-11-24', 'Status: not started',
      '[Done: action done 1] [In progress: action status 1 in progress] [Postpone a week: action move 1 2026-12-01]',
    ));
    expect(await tb.text('@erik action status 1 in_progress')).toBe('Action #1 is now in progress.');
    expect(await tb.text('@erik action move 1 2026-12-01')).toBe('Action #1 is now due 2026-12-01 (was 2026-11-24).');
    expect(await tb.text('@erik action comment 1 "Booked"')).toBe('The comment is saved on action #1.');
    expect(await tb.text('@erik action list mine')).toBe('*My open actions: 1*\n#1 Call TRR – erik, Arbetsförmedlingen – due 2026-12-01 – in progress');
    expect(await tb.text('@erik action done 1')).toBe('Action #1 is now done.');
    expect(await tb.text('action status 1 cancelled')).toBe('Action #1 is now cancelled.');
    expect(await tb.text('action list all')).toBe('*All actions: 1*\n#1 Call TRR – erik, Arbetsförmedlingen – due 2026-12-01 – cancelled');
    expect(await tb.text('action list overdue')).toBe('*Overdue actions: 0*\nNo actions.');
  });
});
