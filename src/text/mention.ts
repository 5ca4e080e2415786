// A mention inside neutral text: a token that names a person by platform and platform id, with the
// name to show and, once resolved in a command's transaction, the id of our User row. Fields are
// URI-encoded, so a token holds no space, quote or `=` and reads as one word to the tokenizer.
import { MENTION_CLOSE, MENTION_OPEN, stripReserved } from './reserved.js';

export interface Mention {
  platform?: string;
  /** The platform's user id (Slack U123, Teams 29:…, the console name). */
  id?: string;
  name?: string;
  /** Our User row, set when the mention was resolved for storage. */
  userId?: number;
  /**
   * The workspace or tenant the id belongs to, where the platform says so and it may not be the
   * speaker's (a Slack Connect user of another workspace).
   */
  tenant?: string;
}

/** Matches one token; the capture is its encoded fields. */
export const MENTION_TOKEN = /\uE000([^\uE000-\uE00F]*)\uE001/g;

export function mentionToken(m: Mention): string {
  const fields = [m.platform ?? '', m.id ?? '', stripReserved(m.name ?? ''), m.userId === undefined ? '' : String(m.userId), ...(m.tenant ? [m.tenant] : [])];
  return MENTION_OPEN + fields.map(encodeURIComponent).join(',') + MENTION_CLOSE;
}

/** The mention of a token's encoded fields; null when they are malformed. */
export function decodeMention(fields: string): Mention | null {
  let parts: string[];
  try {
    parts = fields.split(',').map(decodeURIComponent);
  } catch {
    return null;
  }
  // The tenant is a fifth field, written only when known.
  if (parts.length !== 4 && parts.length !== 5) return null;
  const [platform, id, name, userId, tenant] = parts as [string, string, string, string, string?];
  return { ...(platform ? { platform } : {}), ...(id ? { id } : {}), ...(name ? { name } : {}), ...(/^\d+$/.test(userId) ? { userId: Number(userId) } : {}), ...(tenant ? { tenant } : {}) };
}

/** How a mention reads as text: `@Erik Lind`. */
export function mentionLabel(m: Mention): string {
  return `@${m.name ?? m.id ?? ''}`;
}

/** Neutral text with every mention written as its label: for names, keys and files. */
export function mentionsAsLabels(text: string): string {
  return text.replace(MENTION_TOKEN, (whole, fields: string) => {
    const m = decodeMention(fields);
    return m ? mentionLabel(m) : '';
  });
}
