// Every command of members, cases (but new and show) and actions refuses bad arguments in Swedish and English:
// one reply naming the field, the problem and the usage, and the database exactly as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../src/commands/index.js';
import { CommandRegistry } from '../../src/commands/registry.js';
import { translator, type Locale, type MessageKey } from '../../src/i18n/index.js';
import { parseCommandLine } from '../../src/parse/command-line.js';
import { setUpGroup } from '../support/group.js';
import { contents, createTestBot, type TestBot } from '../support/testbot.js';

/** [command line, field named in the answer, the problem as printed] */
type Case = [string, string, string];

const SV: Case[] = [
  ['medlem lägg till erik org=AF', 'person', 'ange en person, till exempel @anna, inte "erik"'],
  ['medlem lägg till @erik org=AF roll=chef', 'roll', 'välj ledare | medlem | observatör, inte "chef"'],
  ['medlem lägg till @erik färg=blå', 'färg', 'okänd nyckel (giltiga: org, roll)'],
  ['medlem lägg till org=AF', 'person', 'värde saknas'],
  ['medlem lista alla', 'medlem lista', 'oväntat "alla"'],
  ['medlem ta bort', 'person', 'värde saknas'],
  ['medlem ta bort @erik @sara', 'medlem ta bort', 'oväntat "@sara"'],
  ['ärende stäng nu', 'ärende stäng', 'oväntat "nu"'],
  ['ärende koppla K7QF2M', 'kod', 'en kopplingskod har tio tecken, till exempel K7QF2-MH4XA (en ledare skapar en med `ärende kod`), inte "K7QF2M"'],
  ['ärende koppla K7QF2-MH4XO', 'kod', 'en kopplingskod har tio tecken, till exempel K7QF2-MH4XA (en ledare skapar en med `ärende kod`), inte "K7QF2-MH4XO"'],
  ['ärende koppla', 'kod', 'värde saknas'],
  ['ärende kod giltig=0', 'giltig', 'skriv ett tal från 1 till 168, inte "0"'],
  ['ärende kod 24', 'ärende kod', 'oväntat "24"'],
  ['ärende kod återkalla alla', 'ärende kod återkalla', 'oväntat "alla"'],
  ['ärende kanaler alla', 'ärende kanaler', 'oväntat "alla"'],
  ['ärende koppla loss', 'nr', 'värde saknas'],
  ['ärende koppla loss två', 'nr', 'skriv ett nummer som 12 eller #12, inte "två"'],
  ['medlem godkänn bengt', 'person', 'ange en person, till exempel @anna, inte "bengt"'],
  ['medlem godkänn @bengt roll=chef', 'roll', 'välj ledare | medlem | observatör, inte "chef"'],
  ['medlem avböj', 'person', 'värde saknas'],
  ['åtgärd ny ansvarig=@erik senast=imorgon', 'text', 'värde saknas'],
  ['åtgärd ny "X" ansvarig=erik senast=imorgon', 'ansvarig', 'ange en person, till exempel @anna, inte "erik"'],
  ['åtgärd ny "X" ansvarig=@erik', 'senast', 'värde saknas'],
  ['åtgärd ny "X" ansvarig=@erik senast=31/2', 'senast', 'datumet "31/2" finns inte i kalendern'],
  ['åtgärd ny "X" ansvarig=@erik senast=snart', 'senast', 'skriv ett datum som 2026-12-05, 5/12, 5 dec, idag, imorgon eller en veckodag, inte "snart"'],
  ['åtgärd ny "X" ansvarig=@erik senast=2026-11-01', 'senast', 'datumet 2026-11-01 har redan varit (i dag är det 2026-11-23); välj i dag eller senare'],
  ['åtgärd lista några', 'urval', 'välj mina | försenade | alla, inte "några"'],
  ['åtgärd status 1 färdig', 'status', 'välj pågår | klar | avbruten, inte "färdig"'],
  ['åtgärd status ett klar', 'nr', 'skriv ett nummer som 12 eller #12, inte "ett"'],
  ['åtgärd status 1', 'status', 'värde saknas'],
  ['åtgärd klar', 'nr', 'värde saknas'],
  ['åtgärd klar #0', 'nr', 'skriv ett nummer som 12 eller #12, inte "#0"'],
  ['åtgärd flytta 1', 'datum', 'värde saknas'],
  ['åtgärd flytta 1 igår', 'datum', 'datumet 2026-11-22 har redan varit (i dag är det 2026-11-23); välj i dag eller senare'],
  ['åtgärd flytta x 2026-12-01', 'nr', 'skriv ett nummer som 12 eller #12, inte "x"'],
  ['åtgärd kommentar 1', 'text', 'värde saknas'],
  [`åtgärd kommentar 1 "${'x'.repeat(1001)}"`, 'text', 'högst 1000 tecken'],
  ['åtgärd ändra', 'nr', 'värde saknas'],
  ['åtgärd ändra 1 ansvarig=nisse', 'ansvarig', 'ange en person, till exempel @anna, inte "nisse"'],
];

const EN: Case[] = [
  ['member add erik org=AF', 'person', 'name a person, for example @anna, not "erik"'],
  ['member add @erik org=AF role=boss', 'role', 'choose leader | member | observer, not "boss"'],
  ['member add @erik colour=blue', 'colour', 'unknown key (valid: org, role)'],
  ['member list all', 'member list', 'unexpected "all"'],
  ['member remove', 'person', 'a value is missing'],
  ['case close now', 'case close', 'unexpected "now"'],
  ['case link K7QF2M', 'code', 'a join code has ten characters, for example K7QF2-MH4XA (a leader makes one with `case code`), not "K7QF2M"'],
  ['case code valid=169', 'valid', 'write a number from 1 to 168, not "169"'],
  ['case code revoke all', 'case code revoke', 'unexpected "all"'],
  ['case channels all', 'case channels', 'unexpected "all"'],
  ['case unlink', 'nr', 'a value is missing'],
  ['member approve @bengt colour=blue', 'colour', 'unknown key (valid: org, role)'],
  ['member decline bengt', 'person', 'name a person, for example @anna, not "bengt"'],
  ['action new owner=@erik due=tomorrow', 'text', 'a value is missing'],
  ['action new "X" owner=erik due=tomorrow', 'owner', 'name a person, for example @anna, not "erik"'],
  ['action new "X" owner=@erik', 'due', 'a value is missing'],
  ['action new "X" owner=@erik due=31/2', 'due', 'the date "31/2" does not exist'],
  ['action new "X" owner=@erik due=soon', 'due', 'write a date such as 2026-12-05, 5/12, 5 dec, today, tomorrow or a weekday, not "soon"'],
  ['action new "X" owner=@erik due=2026-11-01', 'due', 'the date 2026-11-01 has passed (today is 2026-11-23); choose today or later'],
  ['action list some', 'filter', 'choose mine | overdue | all, not "some"'],
  ['action status 1 finished', 'status', 'choose in progress | done | cancelled, not "finished"'],
  ['action status one done', 'nr', 'write a number such as 12 or #12, not "one"'],
  ['action done', 'nr', 'a value is missing'],
  ['action move 1 yesterday', 'date', 'the date 2026-11-22 has passed (today is 2026-11-23); choose today or later'],
  ['action comment 1', 'text', 'a value is missing'],
  ['action edit', 'nr', 'a value is missing'],
  ['action edit 1 owner=nisse', 'owner', 'name a person, for example @anna, not "nisse"'],
];

const MINE = ['member_add', 'member_list', 'member_remove', 'member_approve', 'member_decline', 'case_link', 'case_code', 'case_code_revoke', 'case_channels', 'case_unlink', 'case_close', 'action_new', 'action_list', 'action_status', 'action_done', 'action_move', 'action_comment', 'action_edit'];
const registry = new CommandRegistry(allCommands);

function commandOf(line: string): string {
  const parsed = parseCommandLine(line);
  if (!parsed.ok) throw new Error(line);
  return registry.match(parsed.tokens)!.spec.id;
}

describe('bad arguments', () => {
  let tb: TestBot;
  let before: Record<string, unknown[]>;
  beforeAll(async () => {
    tb = await createTestBot();
    await setUpGroup(tb);
    await tb.say('åtgärd ny "Boka lokal" ansvarig=@erik senast=imorgon');
    before = await contents(tb.db);
  });
  afterAll(async () => { await tb.close(); });

  it('covers every command of this part in both languages', () => {
    expect([...new Set(SV.map(([line]) => commandOf(line)))].sort()).toEqual([...MINE].sort());
    expect([...new Set(EN.map(([line]) => commandOf(line)))].sort()).toEqual([...MINE].sort());
  });

  for (const [locale, cases] of [['sv', SV], ['en', EN]] as [Locale, Case[]][]) {
    const t = translator(locale);
    it.each(cases)(`${locale}: %s`, async (line, name, problem) => {
      const outputs = await tb.say(line);
      const usage = t(`cmd.${commandOf(line)}.usage` as MessageKey);
      expect(outputs).toEqual([{ kind: 'reply', to: 'anna', message: { text: t('arg.error', { name, problem, usage }) } }]);
      expect(await contents(tb.db)).toEqual(before);
    });
  }
});
