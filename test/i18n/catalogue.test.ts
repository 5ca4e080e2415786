import { describe, expect, it } from 'vitest';
import { allCommands } from '../../src/commands/index.js';
import { catalogues } from '../../src/i18n/catalogue.js';
import { formatNumber, isMessageKey } from '../../src/i18n/index.js';

// A language may pick its own variant of a value (`{choices_en}` for `{choices}`).
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/_(sv|en)$/, '')).sort();

describe('message catalogue', () => {
  it('has the same keys and placeholders in Swedish and English', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.sv).sort());
    for (const [key, sv] of Object.entries(catalogues.sv)) {
      expect(placeholders(catalogues.en[key as keyof typeof catalogues.en]), key).toEqual(placeholders(sv));
    }
  });

  it('describes every command in help: summary, usage and example', () => {
    for (const spec of allCommands) {
      for (const part of ['summary', 'usage', 'example']) expect(isMessageKey(`cmd.${spec.id}.${part}`), `cmd.${spec.id}.${part}`).toBe(true);
    }
  });

  it('formats numbers the Swedish way', () => {
    expect(formatNumber('sv', 59.21, 1)).toBe('59,2');
    expect(formatNumber('en', 59.21, 1)).toBe('59.2');
  });
});
