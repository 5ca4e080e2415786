// Splits a command line into words, quoted texts, key=value pairs and mentions.
export type Mention = { platform?: string; id?: string; name?: string };

export type Token =
  | { type: 'word'; value: string }
  | { type: 'text'; value: string } // was quoted
  | { type: 'pair'; key: string; value: string }
  | { type: 'mention'; mention: Mention };

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: 'unterminated_quote'; at: number };

const OPENING_QUOTES = new Map([['"', '"'], ['”', '”'], ['“', '”'], ['„', '“']]);

/** Slack `<@U123>` / `<@U123|anna>`, Teams `<at>Anna Svensson</at>` and the console's `@anna`. */
function mentionAt(line: string, i: number): { mention: Mention; end: number } | null {
  const rest = line.slice(i);
  let m = /^<@([A-Z0-9]+)(?:\|([^>]*))?>/.exec(rest);
  if (m) return { mention: { platform: 'slack', id: m[1]!, ...(m[2] ? { name: m[2] } : {}) }, end: i + m[0].length };
  m = /^<at(?:\s+id="([^"]*)")?>([^<]*)<\/at>/.exec(rest);
  if (m) return { mention: { platform: 'teams', name: m[2]!.trim(), ...(m[1] ? { id: m[1] } : {}) }, end: i + m[0].length };
  m = /^@([\p{L}\p{N}._-]+)/u.exec(rest);
  if (m) return { mention: { platform: 'console', id: m[1]!, name: m[1]! }, end: i + m[0].length };
  return null;
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

export function tokenize(line: string): TokenizeResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (/\s/.test(ch)) { i++; continue; }
    const mention = mentionAt(line, i);
    if (mention) { tokens.push({ type: 'mention', mention: mention.mention }); i = mention.end; continue; }
    if (OPENING_QUOTES.has(ch)) {
      const q = readQuoted(line, i);
      if (!q) return { ok: false, error: 'unterminated_quote', at: i };
      tokens.push({ type: 'text', value: q.value });
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
        tokens.push({ type: 'pair', key: word[0].toLowerCase(), value: q.value });
        i = q.end;
      } else {
        const mentionValue = mentionAt(line, valueStart);
        const plain = /^[^\s]*/.exec(line.slice(valueStart))![0];
        const valueEnd = mentionValue ? mentionValue.end : valueStart + plain.length;
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
