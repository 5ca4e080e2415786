// Areas: the commands that share their first word (`åtgärd ny`, `åtgärd lista` …). `hjälp` lists
// them, and a line that names an area but none of its commands is answered with the area's
// commands and the nearest one. Derived from the command list, so a new command falls in.
import type { Locale } from '../i18n/index.js';
import type { Token } from '../parse/tokenize.js';
import { editDistance, fold, isNear } from '../parse/similar.js';
import type { CommandSpec } from './spec.js';

export interface Area {
  /** The English first word, lower case: the area's catalogue key (`help.area.<key>`). */
  key: string;
  words: Record<Locale, string>;
  commands: CommandSpec[];
}

export interface SubcommandMiss {
  area: Area;
  /** The language of the area word typed, when it belongs to one. */
  language?: Locale;
  /** The area word and the word after it, as typed: what is not a command. */
  typed: string;
  /** The command the words are nearest to, when one is near enough. */
  suggestion?: CommandSpec;
}

const firstWord = (words: string) => words.trim().split(/\s+/)[0]!;
const split = (words: string) => fold(words).trim().split(/\s+/);

/** Every way a command is typed, as folded words: Swedish, English, aliases. */
function forms(spec: CommandSpec): string[][] {
  return [spec.words.sv, spec.words.en, ...(spec.aliases ?? [])].map(split);
}

export function areasOf(commands: readonly CommandSpec[]): Area[] {
  const areas = new Map<string, Area>();
  for (const spec of commands) {
    const key = firstWord(spec.words.en).toLowerCase();
    const area = areas.get(key) ?? { key, words: { sv: firstWord(spec.words.sv), en: firstWord(spec.words.en) }, commands: [] };
    area.commands.push(spec);
    areas.set(key, area);
  }
  return [...areas.values()];
}

/** The area a word names, in either language or as the first word of an alias of several words. */
export function areaNamed(areas: readonly Area[], word: string): { area: Area; language?: Locale } | undefined {
  const typed = fold(word);
  for (const area of areas) {
    for (const language of ['sv', 'en'] as const) if (fold(area.words[language]) === typed) return { area, language };
  }
  const alias = areas.find((a) => a.commands.some((spec) => (spec.aliases ?? []).some((al) => split(al).length > 1 && split(al)[0] === typed)));
  return alias && { area: alias };
}

/** A command's words after the area word, in a language: `ny` for `åtgärd ny`. */
export function subcommandWords(spec: { words: Record<Locale, string> }, locale: Locale): string {
  return spec.words[locale].trim().split(/\s+/).slice(1).join(' ');
}

/** The command among `candidates` whose words after the first `skip` are nearest the typed ones. */
function nearest(candidates: readonly CommandSpec[], typed: string[], skip: number): CommandSpec | undefined {
  let best: { spec: CommandSpec; distance: number } | undefined;
  for (const spec of candidates) {
    for (const form of forms(spec)) {
      const meant = form.slice(skip).join(' ');
      const said = typed.slice(skip, form.length).join(' ');
      if (!meant || !said || !isNear(said, meant)) continue;
      const distance = editDistance(said, meant);
      if (!best || distance < best.distance) best = { spec, distance };
    }
  }
  return best?.spec;
}

/**
 * The line's first words name an area but none of its commands: `åtgärd nyy` (no command at all),
 * or `möte flyta 1`, where `möte` is a command of its own but the word after it is no argument of
 * it — it takes none, or the word is near one of the area's longer commands. `matched` is the
 * command the registry found and how many words it took; a line that binds is never asked about.
 */
export function missedSubcommand(areas: readonly Area[], tokens: Token[], matched?: { spec: CommandSpec; words: number }): SubcommandMiss | null {
  const words: string[] = [];
  for (const t of tokens) {
    if (t.type !== 'word') break;
    words.push(t.value);
  }
  if (!words.length) return null;
  const named = areaNamed(areas, words[0]!);
  if (!named) return null;
  const typed = words.map(fold);
  const skip = matched?.words ?? 1;
  // The commands that go on from the words typed so far.
  const longer = named.area.commands.filter((spec) => forms(spec).some((form) => form.length > skip && form.slice(0, skip).join(' ') === typed.slice(0, skip).join(' ')));
  if (matched) {
    const next = tokens[matched.words];
    // A number or a date is an argument, never a slip for a command's word.
    if (next?.type !== 'word' || !/\p{L}/u.test(next.value) || !longer.length) return null;
  }
  const suggestion = nearest(longer, typed, skip);
  if (matched && matched.spec.positional?.length && !suggestion) return null;
  return { ...named, typed: words.slice(0, skip + 1).join(' '), ...(suggestion ? { suggestion } : {}) };
}
