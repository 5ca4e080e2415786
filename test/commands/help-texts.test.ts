import { describe, expect, it } from 'vitest';
import { allCommands } from '../../src/commands/index.js';
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

  it('help lists the poll, meeting and agenda commands and explains each', async () => {
    const tb = await createTestBot();
    const overview = await tb.text('hjälp');
    for (const words of ['omröstning ny', 'rösta', 'omröstning åtgärd', 'möte ny', 'dagordning lägg till', 'dagordning klar', 'beslut', 'protokoll', 'export protokoll']) expect(overview).toContain(words);
    expect(await tb.text('hjälp dagordning flytta')).toContain('Så här: dagordning flytta <nr> <plats>');
    expect(await tb.text('help poll new')).toContain('Usage: poll new "<question>" [options="A|B|C"] [closes=<date> [<time>]] [anonymous] [hidden] [per=organisation]');
    await tb.close();
  });
});
