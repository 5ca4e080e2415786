import { stripReserved } from '../text/reserved.js';
import { tokenize, type Token } from './tokenize.js';

export type CommandLine = { ok: true; tokens: Token[]; firstWord: string } | { ok: false; error: 'empty' | 'unterminated_quote' };

/** The platform whose lines are raw typing: typed mentions are its mentions, in free text too. */
const CONSOLE = 'console';

/**
 * A line as typed on any platform, with or without the leading `/samverkan`. A chat adapter has
 * already stripped its user's text of reserved code points and written real mentions as tokens;
 * the console's line is raw typing and is stripped here.
 */
export function parseCommandLine(text: string, platform = CONSOLE): CommandLine {
  const typing = platform === CONSOLE;
  const stripped = (typing ? stripReserved(text) : text).trim().replace(/^\/samverkan\b/i, '').trim();
  if (!stripped) return { ok: false, error: 'empty' };
  const result = tokenize(stripped, { typedMentionsInText: typing });
  if (!result.ok) return { ok: false, error: result.error };
  return { ok: true, tokens: result.tokens, firstWord: stripped.split(/\s+/)[0]! };
}
