// Splits a command line into words, quoted texts, key=value pairs and mentions. A chat adapter
// writes each real mention as a mention token (src/text/mention.ts), a mention everywhere. The
// typed forms — the console's `@anna`, Slack `<@U123|anna>`, Teams `<at id="…">Anna</at>` — name
// a person where an argument is one; inside free text they are mentions only when typed in the
// console, where typing them is how one mentions. Elsewhere they are text someone typed.
import { decodeMention, mentionToken, type Mention } from '../text/mention.js';

export type Token =
  | { type: 'word'; value: string }
  | { type: 'text'; value: string } // was quoted
  | { type: 'pair'; key: string; value: string }
  /** `literal`: the typed form, for where the mention joins free text as the text it was. */
  | { type: 'mention'; mention: Mention; literal?: string };

export interface TokenizeOptions {
  /** Typed mentions are mentions inside free text too (the console). */
  typedMentionsInText?: boolean;
}

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: 'unterminated_quote'; at: number };

const OPENING_QUOTES = new Map([['"', '"'], ['”', '”'], ['“', '”'], ['„', '“']]);

type Found = { mention: Mention; end: number; typed: boolean };

/** A mention token, or Slack `<@U123>` / `<@U123|anna>`, Teams `<at>Anna Svensson</at>` or the console's `@anna`. */
function mentionAt(line: string, i: number): Found | null {
  const rest = line.slice(i);
  const token = /^\uE000([^\uE000-\uE00F]*)\uE001/.exec(rest);
  const fromToken = token && decodeMention(token[1]!);
  if (fromToken) return { mention: fromToken, end: i + token[0].length, typed: false };
  const found = typedAt(rest);
  return found && { mention: found.mention, end: i + found.length, typed: true };
}

function typedAt(rest: string): { mention: Mention; length: number } | null {
  let m = /^<@([A-Z0-9]+)(?:\|([^>]*))?>/.exec(rest);
  if (m) return { mention: { platform: 'slack', id: m[1]!, ...(m[2] ? { name: m[2] } : {}) }, length: m[0].length };
  m = /^<at(?:\s+id="([^"]*)")?>([^<]*)<\/at>/.exec(rest);
  if (m) return { mention: { platform: 'teams', name: m[2]!.trim(), ...(m[1] ? { id: m[1] } : {}) }, length: m[0].length };
  m = /^@([\p{L}\p{N}._-]+)/u.exec(rest);
  if (m) return { mention: { platform: 'console', id: m[1]!, name: m[1]! }, length: m[0].length };
  return null;
}

/** Free text typed in the console: its typed mentions (at the start of a word) as mention tokens. */
function typedAsTokens(text: string): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    const found = i === 0 || /[\s(]/.test(text[i - 1]!) ? typedAt(text.slice(i)) : null;
    if (found) { out += mentionToken(found.mention); i += found.length; } else { out += text[i]; i++; }
  }
  return out;
}

function readQuoted(line: string, i: number): { value: string; end: number } | null {
  const close = OPENING_QUOTES.get(line[i]!)!;
  const alternatives = close === '”' ? ['”', '"'] : [close, '”'];
  for (let j = i + 1; j < line.length; j++) {
    if (alternatives.includes(line[j]!)) return { value: line.slice(i + 1, j), end: j + 1 };
  }
  return null;
}

/** A whole string that is one mention, as in `ansvarig=@anna`. */
export function parseMention(text: string): Mention | null {
  const m = mentionAt(text.trim(), 0);
  return m && m.end === text.trim().length ? m.mention : null;
}

/** Mentions separated by commas or spaces, as in `@anna,@erik`; null if anything else is there. */
export function mentionList(text: string): Mention[] | null {
  const found: Mention[] = [];
  for (let i = 0; i < text.length;) {
    if (/[\s,]/.test(text[i]!)) { i++; continue; }
    const m = mentionAt(text, i);
    if (!m) return null;
    found.push(m.mention);
    i = m.end;
  }
  return found.length ? found : null;
}

export function tokenize(line: string, { typedMentionsInText = false }: TokenizeOptions = {}): TokenizeResult {
  const tokens: Token[] = [];
  const text = (quoted: string) => (typedMentionsInText ? typedAsTokens(quoted) : quoted);
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (/\s/.test(ch)) { i++; continue; }
    const mention = mentionAt(line, i);
    if (mention) {
      const literal = mention.typed && !typedMentionsInText ? { literal: line.slice(i, mention.end) } : {};
      tokens.push({ type: 'mention', mention: mention.mention, ...literal });
      i = mention.end;
      continue;
    }
    if (OPENING_QUOTES.has(ch)) {
      const q = readQuoted(line, i);
      if (!q) return { ok: false, error: 'unterminated_quote', at: i };
      tokens.push({ type: 'text', value: text(q.value) });
      i = q.end;
      continue;
    }
    const word = /^[^\s"”“„=]+/.exec(line.slice(i));
    const end = i + (word ? word[0].length : 0);
    if (word && line[end] === '=') {
      const valueStart = end + 1;
      if (OPENING_QUOTES.has(line[valueStart] ?? '')) {
        const q = readQuoted(line, valueStart);
        if (!q) return { ok: false, error: 'unterminated_quote', at: valueStart };
        tokens.push({ type: 'pair', key: word[0].toLowerCase(), value: text(q.value) });
        i = q.end;
      } else {
        const mentionValue = mentionAt(line, valueStart);
        const plain = /^[^\s]*/.exec(line.slice(valueStart))![0];
        let valueEnd = mentionValue ? mentionValue.end : valueStart + plain.length;
        // A list of mentions, `närvarande=@anna,@erik`, is one value (`mentionList` reads it).
        for (let next = mentionValue; next && line[valueEnd] === ',';) {
          next = mentionAt(line, valueEnd + 1);
          if (next) valueEnd = next.end;
        }
        tokens.push({ type: 'pair', key: word[0].toLowerCase(), value: line.slice(valueStart, valueEnd) });
        i = valueEnd;
      }
      continue;
    }
    if (!word) { tokens.push({ type: 'word', value: ch }); i++; continue; }
    tokens.push({ type: 'word', value: word[0] });
    i = end;
  }
  return { ok: true, tokens };
}
