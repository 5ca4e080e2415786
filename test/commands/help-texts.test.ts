import { describe, expect, it } from 'vitest';
import { allCommands } from '../../src/commands/index.js';
import { CommandRegistry } from '../../src/commands/registry.js';
import { isMessageKey, translator } from '../../src/i18n/index.js';
import { createTestBot } from '../support/testbot.js';

describe('command help texts', () => {
  it('every command has a summary, a usage and an example in both languages', () => {
    for (const spec of allCommands) {
      for (const part of ['summary', 'usage', 'example']) {
        const key = `cmd.${spec.id}.${part}`;
        expect(isMessageKey(key), key).toBe(true);
        if (isMessageKey(key)) for (const locale of ['sv', 'en'] as const) expect(translator(locale)(key).length, `${locale} ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('every area has a one-line summary in both languages', () => {
    for (const area of new CommandRegistry(allCommands).areas) {
      const key = `help.area.${area.key}`;
      expect(isMessageKey(key), key).toBe(true);
      if (isMessageKey(key)) for (const locale of ['sv', 'en'] as const) expect(translator(locale)(key).length, `${locale} ${key}`).toBeGreaterThan(0);
    }
  });

  it('help lists the areas one line each, and an area\'s commands with summary and example', async () => {
    const tb = await createTestBot();
    const overview = await tb.text('hjälp');
    expect(overview.split('\n')).toHaveLength(2 + new CommandRegistry(allCommands).areas.length);
    expect(overview).toContain('*omröstning* – omröstningar om förslag (ny, visa, stäng, lista, åtgärd, aktivitet)');
    expect(overview).toContain('*rösta* – rösta i en omröstning');
    expect(overview).toContain('*dagordning* – punkterna till nästa mötes dagordning (lägg till, visa, flytta, ta bort, klar, ej-publik, publik, skicka)');
    expect(await tb.text('hjälp dagordning')).toContain('dagordning flytta\nflyttar en punkt');
    expect(await tb.text('hjälp dagordning flytta')).toContain('Så här: dagordning flytta <nr> <plats>');
    expect(await tb.text('help poll new')).toContain('Usage: poll new "<question>" [options="A|B|C"] [closes=<date> [<time>]] [anonymous] [hidden] [per=organisation]');
    await tb.close();
  });
});
