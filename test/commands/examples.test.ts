// Every command explains itself in both languages, and its example is a line that runs it.
import { describe, expect, it } from 'vitest';
import { allCommands } from '../../src/commands/index.js';
import { bindArgs, CommandRegistry } from '../../src/commands/registry.js';
import { catalogues } from '../../src/i18n/catalogue.js';
import { LOCALES } from '../../src/i18n/index.js';
import { parseCommandLine } from '../../src/parse/command-line.js';

const registry = new CommandRegistry(allCommands);
const today = { year: 2026, month: 11, day: 23 };

describe('command texts', () => {
  for (const locale of LOCALES) {
    it.each(allCommands.map((c) => [c.id, c] as const))(`${locale}: %s has a summary, a usage and an example that parses to it`, (id, spec) => {
      const texts: Record<string, string> = catalogues[locale];
      for (const part of ['summary', 'usage', 'example']) expect(texts[`cmd.${id}.${part}`], `cmd.${id}.${part}`).toBeTruthy();
      expect(texts[`cmd.${id}.usage`]!.startsWith(spec.words[locale])).toBe(true);
      const line = parseCommandLine(texts[`cmd.${id}.example`]!);
      if (!line.ok) throw new Error(`example of ${id} does not tokenize`);
      const match = registry.match(line.tokens);
      expect(match?.spec.id).toBe(id);
      expect(bindArgs(match!.spec, match!.rest, { today }, locale)).toMatchObject({ ok: true });
    });
  }
});
