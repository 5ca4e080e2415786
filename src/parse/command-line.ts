import { tokenize, type Token } from './tokenize.js';

export type CommandLine = { ok: true; tokens: Token[]; firstWord: string } | { ok: false; error: 'empty' | 'unterminated_quote' };

/** A line as typed on any platform, with or without the leading `/samverkan`. */
export function parseCommandLine(text: string): CommandLine {
  const stripped = text.trim().replace(/^\/samverkan\b/i, '').trim();
  if (!stripped) return { ok: false, error: 'empty' };
  const result = tokenize(stripped);
  if (!result.ok) return { ok: false, error: result.error };
  return { ok: true, tokens: result.tokens, firstWord: stripped.split(/\s+/)[0]! };
}
