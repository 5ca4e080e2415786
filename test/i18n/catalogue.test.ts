import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCommands } from '../../src/commands/index.js';
import { catalogues } from '../../src/i18n/catalogue.js';
import { formatNumber, isMessageKey } from '../../src/i18n/index.js';
import { projectRoot } from '../../src/store/paths.js';

// A language may pick its own variant of a value (`{choices_en}` for `{choices}`).
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/_(sv|en)$/, '')).sort();

describe('message catalogue', () => {
  it('has the same keys and placeholders in Swedish and English', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.sv).sort());
    for (const [key, sv] of Object.entries(catalogues.sv)) {
      expect(placeholders(catalogues.en[key as keyof typeof catalogues.en]), key).toEqual(placeholders(sv));
    }
  });

  it('defines every key in one part only (a later part would silently replace an earlier text)', async () => {
    for (const locale of ['sv', 'en']) {
      const dir = join(projectRoot, 'src', 'i18n', locale);
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const file of readdirSync(dir)) {
        const mod = (await import(join(dir, file))) as Record<string, Record<string, string>>;
        for (const part of Object.values(mod)) {
          for (const key of Object.keys(part)) {
            if (owner.has(key)) clashes.push(`${locale}: ${key} in ${owner.get(key)} and ${file}`);
            owner.set(key, file);
          }
        }
      }
      expect(clashes).toEqual([]);
      expect(owner.size).toBe(Object.keys(catalogues[locale as 'sv']).length);
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
