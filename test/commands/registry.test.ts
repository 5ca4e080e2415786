import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { date, integer, text } from '../../src/commands/args.js';
import { allCommands } from '../../src/commands/index.js';
import { bindArgs, CommandRegistry } from '../../src/commands/registry.js';
import { defineCommand, type CommandSpec } from '../../src/commands/spec.js';
import { translator } from '../../src/i18n/index.js';
import { tokenize, type Token } from '../../src/parse/tokenize.js';

const toks = (line: string): Token[] => {
  const r = tokenize(line);
  if (!r.ok) throw new Error(r.error);
  return r.tokens;
};
const noop = async () => {};
const command = (id: string, sv: string, en: string, aliases: string[] = []): CommandSpec =>
  defineCommand({ id, words: { sv, en }, aliases, role: 'anyone', schema: () => z.object({}), handler: noop });
const today = { year: 2026, month: 11, day: 22 };

describe('CommandRegistry', () => {
  it('accepts the real command list', () => {
    expect(() => new CommandRegistry(allCommands)).not.toThrow();
  });

  it('rejects duplicate words and duplicate ids at start-up', () => {
    expect(() => new CommandRegistry([command('a', 'läge', 'status'), command('b', 'läge', 'figures')])).toThrow(/duplicate command words "läge"/);
    expect(() => new CommandRegistry([command('a', 'x', 'y'), command('b', 'z', 'Y')])).toThrow(/duplicate command words "y"/);
    expect(() => new CommandRegistry([command('a', 'x', 'y'), command('b', 'w', 'v', ['X'])])).toThrow(/duplicate/);
    expect(() => new CommandRegistry([command('a', 'x', 'y'), command('a', 'z', 'w')])).toThrow(/duplicate command id: a/);
  });

  it('matches the longest run of words and tells the language used', () => {
    const registry = new CommandRegistry([command('status', 'läge', 'status'), command('history', 'läge historik', 'status history'), command('help', 'hjälp', 'help', ['?'])]);
    expect(registry.match(toks('läge historik extra'))).toMatchObject({ spec: { id: 'history' }, language: 'sv', rest: [{ type: 'word', value: 'extra' }] });
    expect(registry.match(toks('LÄGE'))).toMatchObject({ spec: { id: 'status' }, language: 'sv' });
    expect(registry.match(toks('status history'))).toMatchObject({ spec: { id: 'history' }, language: 'en' });
    const alias = registry.match(toks('?'));
    expect(alias?.spec.id).toBe('help');
    expect(alias?.language).toBeUndefined();
    expect(registry.match(toks('okänt'))).toBeNull();
    expect(registry.match(toks('"läge"'))).toBeNull();
  });
});

describe('a subcommand that does not exist', () => {
  const registry = (extra: CommandSpec[] = []) => new CommandRegistry([
    command('meeting_new', 'möte ny', 'meeting new', ['mote ny']),
    command('meeting_show', 'möte visa', 'meeting show', ['möte', 'mote', 'meeting']),
    ...extra,
    command('action_new', 'åtgärd ny', 'action new'),
  ]);
  const move = command('meeting_move', 'möte flytta', 'meeting move');

  it('is answered with the area and the nearest command, from the command list', () => {
    expect(registry().missedSubcommand(toks('åtgärd nyy "x"'))).toMatchObject({ area: { key: 'action' }, language: 'sv', typed: 'åtgärd nyy', suggestion: { id: 'action_new' } });
    expect(registry().missedSubcommand(toks('okänt nyy'))).toBeNull();
    // `möte` is möte visa, which takes no word: the word is a command mistyped.
    const r = registry();
    const shown = r.match(toks('möte flyta 1'))!;
    expect(shown.spec.id).toBe('meeting_show');
    expect(r.missedSubcommand(toks('möte flyta 1'), shown)).toMatchObject({ area: { key: 'meeting' }, typed: 'möte flyta' });
    expect(r.missedSubcommand(toks('möte flyta 1'), shown)?.suggestion).toBeUndefined();
  });

  it('suggests a command added later, and a line that names it simply matches it', () => {
    const r = registry([move]);
    expect(r.missedSubcommand(toks('möte flyta 1'), r.match(toks('möte flyta 1'))!)).toMatchObject({ suggestion: { id: 'meeting_move' } });
    expect(r.match(toks('möte flytta 1'))).toMatchObject({ spec: { id: 'meeting_move' } });
    expect(r.areas.map((a) => [a.key, a.commands.map((c) => c.id)])).toEqual([['meeting', ['meeting_new', 'meeting_show', 'meeting_move']], ['action', ['action_new']]]);
  });
});

describe('bindArgs', () => {
  const spec = defineCommand({
    id: 'test',
    words: { sv: 'prov', en: 'test' },
    role: 'anyone',
    fields: { title: { sv: 'titel', en: 'title' }, count: { sv: 'antal', en: 'count', aliases: ['n'] }, due: { sv: 'senast', en: 'due' }, secret: { sv: 'anonym', en: 'anonymous' } },
    positional: ['title'],
    flags: ['secret'],
    schema: ({ today: t }) => z.object({ title: text(20), count: integer(0, 10), due: date(t).optional(), secret: z.boolean().optional() }),
    handler: noop,
  });
  const bind = (line: string, locale: 'sv' | 'en' = 'sv') => bindArgs(spec, toks(line), { today }, locale);

  it('binds positional values, keys in either language, aliases and flags', () => {
    expect(bind('"Mässa" antal=3 senast=5/12 anonym')).toEqual({ ok: true, args: { title: 'Mässa', count: 3, due: { year: 2026, month: 12, day: 5 }, secret: true } });
    expect(bind('Mässa count=0 ANONYMOUS')).toMatchObject({ ok: true, args: { count: 0, secret: true } });
    expect(bind('Mässa n=10')).toMatchObject({ ok: true, args: { count: 10 } });
  });

  it('names the field and the problem', () => {
    expect(bind('"Mässa" antal=abc')).toEqual({ ok: false, error: { field: 'count', problem: 'arg.integer', params: { value: 'abc' } } });
    expect(bind('"Mässa" antal=11')).toMatchObject({ ok: false, error: { field: 'count', problem: 'arg.range' } });
    expect(bind('"Mässa"')).toMatchObject({ ok: false, error: { field: 'count', problem: 'arg.missing' } });
    expect(bind('"Mässa" antal=1 senast=31/11')).toMatchObject({ ok: false, error: { field: 'due', problem: 'arg.no_such_day' } });
    expect(bind('"Mässa" antal=1 färg=röd')).toMatchObject({ ok: false, error: { problem: 'arg.unknown_key', params: { keys: 'antal, senast' } } });
    expect(bind('"Mässa" antal=1 extra')).toMatchObject({ ok: false, error: { problem: 'arg.unexpected', params: { value: 'extra' } } });
    expect(bind('"en alldeles för lång titel här" antal=1')).toMatchObject({ ok: false, error: { field: 'title', problem: 'arg.too_long' } });
  });

  it('takes the words after a date key that make a date with its value, and no further', () => {
    expect(bind('"Mässa" antal=1 senast=5 dec')).toMatchObject({ ok: true, args: { due: { year: 2026, month: 12, day: 5 } } });
    expect(bind('"Mässa" senast=5 december 2027 antal=1')).toMatchObject({ ok: true, args: { due: { year: 2027, month: 12, day: 5 } } });
    // "5 dec" is a date, "5 dec 16:00" is none for a date field: 16:00 is left, and unexpected.
    expect(bind('"Mässa" antal=1 senast=5 dec 16:00')).toMatchObject({ ok: false, error: { problem: 'arg.unexpected', params: { value: '16:00' } } });
    // Not a date with the word after it: the value alone, the word a value of its own.
    expect(bind('"Mässa" antal=1 senast=fredag extra')).toMatchObject({ ok: false, error: { problem: 'arg.unexpected', params: { value: 'extra' } } });
  });

  it('refuses a key given twice, also as its alias, and a positional field given again by key', () => {
    expect(bind('"Mässa" antal=1 antal=2')).toEqual({ ok: false, error: { problem: 'arg.repeated', params: { key: 'antal' } } });
    expect(bind('"Mässa" antal=1 n=2')).toEqual({ ok: false, error: { problem: 'arg.repeated_alias', params: { key: 'antal', other: 'n' } } });
    expect(bind('"Mässa" antal=1 titel="Möte"')).toEqual({ ok: false, error: { problem: 'arg.repeated', params: { key: 'titel' } } });
    // A positional field given by key first: the bare value goes to the next field, here none.
    expect(bind('titel="Mässa" antal=1 extra')).toMatchObject({ ok: false, error: { problem: 'arg.unexpected' } });
  });

  it('lists valid keys in the language of the user', () => {
    expect(bind('x antal=1 colour=red', 'en')).toMatchObject({ ok: false, error: { params: { keys: 'count, due' } } });
  });
});

describe('validation messages in Swedish and English', () => {
  it('renders every argument problem key in both languages without leftover placeholders', () => {
    const params = { value: 'abc', min: 1, max: 10, choices: 'a | b', choices_en: 'a | b', keys: 'x, y' };
    for (const key of ['arg.missing', 'arg.unknown_key', 'arg.unexpected', 'arg.text', 'arg.too_long', 'arg.integer', 'arg.range', 'arg.choice', 'arg.date', 'arg.no_such_day', 'arg.mention', 'arg.code'] as const) {
      for (const locale of ['sv', 'en'] as const) expect(translator(locale)(key, params)).not.toMatch(/\{\w+\}/);
    }
    expect(translator('sv')('arg.integer', params)).toBe('skriv ett heltal, inte "abc"');
    expect(translator('en')('arg.integer', params)).toBe('write a whole number, not "abc"');
  });
});
