// Finds the command a line names and turns the rest of the line into validated arguments.
import { isMessageKey, type Locale, type MessageKey, type Params } from '../i18n/index.js';
import type { Token } from '../parse/tokenize.js';
import { mentionLabel, mentionToken } from '../text/mention.js';
import { phraseTest, type Raw } from './args.js';
import { areaNamed, areasOf, missedSubcommand, type Area, type SubcommandMiss } from './areas.js';
import type { ArgEnv, CommandSpec } from './spec.js';

export interface Match {
  spec: CommandSpec;
  /** The language of the words used, when they belong to one. */
  language?: Locale;
  rest: Token[];
}

export interface ArgProblem {
  /** The field the problem is in; absent when it concerns the line as a whole. */
  field?: string;
  problem: MessageKey;
  params: Params;
}

const normal = (words: string) => words.trim().toLowerCase().split(/\s+/).join(' ');

export class CommandRegistry {
  readonly commands: readonly CommandSpec[];
  /** The commands by their first word, in the order of the list. */
  readonly areas: readonly Area[];
  readonly #byWords = new Map<string, { spec: CommandSpec; language?: Locale }>();

  /** Throws when two commands claim the same words or one id. */
  constructor(commands: readonly CommandSpec[]) {
    this.commands = commands;
    this.areas = areasOf(commands);
    const ids = new Set<string>();
    for (const spec of commands) {
      if (ids.has(spec.id)) throw new Error(`duplicate command id: ${spec.id}`);
      ids.add(spec.id);
      const claims: [string, Locale | undefined][] = [[spec.words.sv, 'sv'], [spec.words.en, 'en'], ...(spec.aliases ?? []).map((a) => [a, undefined] as [string, undefined])];
      for (const [words, language] of claims) {
        const key = normal(words);
        const taken = this.#byWords.get(key);
        if (taken && taken.spec !== spec) throw new Error(`duplicate command words "${key}": ${taken.spec.id} and ${spec.id}`);
        if (!taken) this.#byWords.set(key, { spec, ...(language ? { language } : {}) });
      }
    }
  }

  /** The command whose words are the longest prefix of the line. */
  match(tokens: Token[]): Match | null {
    const words: string[] = [];
    for (const t of tokens) {
      if (t.type !== 'word') break;
      words.push(t.value.toLowerCase());
    }
    for (let n = words.length; n > 0; n--) {
      const hit = this.#byWords.get(words.slice(0, n).join(' '));
      if (hit) return { ...hit, rest: tokens.slice(n) };
    }
    return null;
  }

  /**
   * The line names an area but none of its commands: no command matched, or the one matched
   * (`möte`) could not take the word after it (see areas.ts).
   */
  missedSubcommand(tokens: Token[], match?: Match): SubcommandMiss | null {
    return missedSubcommand(this.areas, tokens, match && { spec: match.spec, words: tokens.length - match.rest.length });
  }

  /** The area a word names (`åtgärd`, `action`). */
  area(word: string): Area | undefined {
    return areaNamed(this.areas, word)?.area;
  }

  find(words: string): CommandSpec | undefined {
    return this.#byWords.get(normal(words))?.spec;
  }
}

function fieldFor(spec: CommandSpec, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.entries(spec.fields ?? {}).find(([, n]) => [n.sv, n.en, ...(n.aliases ?? [])].some((w) => w.toLowerCase() === lower))?.[0];
}

export function fieldLabel(spec: CommandSpec, field: string, locale: Locale): string {
  return spec.fields?.[field]?.[locale] ?? field;
}

/** The most words after a key that one value may take: `5 december 2027 16:00`. */
const MAX_PHRASE_WORDS = 3;

/**
 * A value typed as several words after its key: the words after a pair that, together with its
 * value, are still one value of the field's type (`senast=5 dec`, `stänger=fredag 16:00`); none when
 * no longer run is (`stänger=fredag halvfyra` leaves `halvfyra` to be read on its own).
 */
function phraseAfter(value: string, following: Token[], isPhrase: (value: string) => boolean): { value: string; taken: number } {
  let best = { value, taken: 0 };
  const words: string[] = [];
  for (const token of following.slice(0, MAX_PHRASE_WORDS)) {
    if (token.type !== 'word') break;
    words.push(token.value);
    const candidate = [value, ...words].join(' ');
    if (isPhrase(candidate)) best = { value: candidate, taken: words.length };
  }
  return best;
}

/** Binds the tokens after the command words to fields and validates them with the schema. */
export function bindArgs(spec: CommandSpec, rest: Token[], env: ArgEnv, locale: Locale): { ok: true; args: unknown } | { ok: false; error: ArgProblem } {
  const schema = spec.schema(env);
  const raw: Record<string, Raw> = {};
  /** The key each field was given with, as typed; a positional value's is the field's own label. */
  const givenAs: Record<string, string> = {};
  const positional = [...(spec.positional ?? [])];
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!;
    if (token.type === 'pair') {
      const field = fieldFor(spec, token.key);
      if (!field || spec.flags?.includes(field)) {
        const keys = Object.keys(spec.fields ?? {}).filter((f) => !spec.positional?.includes(f) && !spec.flags?.includes(f)).map((f) => fieldLabel(spec, f, locale));
        return { ok: false, error: { problem: 'arg.unknown_key', params: { keys: keys.join(', ') || '–' }, field: token.key } };
      }
      // A key given twice, or with its alias or other-language word, or after its positional value.
      const before = givenAs[field];
      if (before !== undefined) return { ok: false, error: before === token.key ? { problem: 'arg.repeated', params: { key: token.key } } : { problem: 'arg.repeated_alias', params: { key: before, other: token.key } } };
      givenAs[field] = token.key;
      const isPhrase = phraseTest(schema, field);
      const phrase = isPhrase ? phraseAfter(token.value, rest.slice(i + 1), isPhrase) : { value: token.value, taken: 0 };
      raw[field] = phrase.value;
      i += phrase.taken;
      continue;
    }
    if (token.type === 'word') {
      const field = fieldFor(spec, token.value);
      if (field && spec.flags?.includes(field)) { raw[field] = true; continue; }
    }
    const value = token.type === 'mention' ? token.mention : token.value;
    // A positional field already given by its key is skipped: the value is the next one's.
    while (positional.length && givenAs[positional[0]!] !== undefined) positional.shift();
    const last = spec.positional?.at(-1);
    if (spec.variadic && last && !positional.length && typeof raw[last] === 'string') {
      // A mention inside free text stays a mention, or the text it was typed as (see tokenize.ts).
      raw[last] = `${raw[last]} ${token.type === 'mention' ? (token.literal ?? mentionToken(token.mention)) : token.value}`;
      continue;
    }
    const next = positional.shift();
    if (!next) return { ok: false, error: { problem: 'arg.unexpected', params: { value: token.type === 'mention' ? mentionLabel(token.mention) : String(value) } } };
    raw[next] = value;
    givenAs[next] = fieldLabel(spec, next, locale).toLowerCase();
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, args: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length ? String(issue.path[0]) : undefined;
  const params = (issue.code === 'custom' ? issue.params : undefined) ?? {};
  const problem: MessageKey = isMessageKey(issue.message) ? issue.message : 'arg.missing';
  return { ok: false, error: { problem, params: params as Params, ...(field ? { field } : {}) } };
}
