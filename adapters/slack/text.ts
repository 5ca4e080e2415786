// Slack's message text → a neutral command line. Slack escapes &, < and > in what a user types and
// writes what it recognised between < and >: user mentions, @channel and the like, channels,
// links. A user mention becomes a mention token (src/text/mention.ts); everything else becomes the
// text it reads as, so nothing a user typed can act as a mention or a Slack control sequence later.
import { mentionToken } from '../../src/text/mention.js';
import { stripReserved } from '../../src/text/reserved.js';
import { SLACK } from './platform.js';

const FORMATTED = /<([^<>]*)>/g;
const USER = /^@([UW][A-Z0-9]+)(?:\|(.*))?$/;

/** What the adapter found out about mentioned users: the name to show, and their workspace. */
export type KnownPeople = ReadonlyMap<string, { name?: string; team?: string }>;

/** A picked or mentioned Slack user as a mention token, with their workspace where known. */
export function slackMention(id: string, people: KnownPeople, typedName?: string): string {
  const known = people.get(id);
  return mentionToken({ platform: SLACK, id, name: known?.name || typedName || id, ...(known?.team ? { tenant: known.team } : {}) });
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The users a Slack text mentions. */
export function mentionedUsers(text: string): string[] {
  return [...new Set([...text.matchAll(FORMATTED)].flatMap((m) => USER.exec(m[1]!)?.[1] ?? []))];
}

/** What one `<…>` sequence reads as, or its mention token. */
function formatted(inner: string, people: KnownPeople): string {
  const user = USER.exec(inner);
  if (user) return slackMention(user[1]!, people, user[2] === undefined ? undefined : decode(user[2]));
  const [target = '', label] = inner.split('|', 2).map(decode);
  // @channel, @here, a user group, a date: the label Slack gives, else the word.
  if (target.startsWith('!')) return label ?? `@${target.slice(1).split('^')[0]}`;
  if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
  // Anything else Slack would have escaped; as it stands, it is text.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) return `<${decode(inner)}>`;
  // A link: as typed (Slack adds a scheme to an address typed without one), else its text and address.
  if (!label || target.endsWith(label)) return label ?? target;
  return `${label} (${target})`;
}

export function fromSlackText(text: string, people: KnownPeople): string {
  const raw = stripReserved(text);
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(FORMATTED)) {
    out += decode(raw.slice(last, m.index)) + formatted(m[1]!, people);
    last = m.index + m[0].length;
  }
  return out + decode(raw.slice(last));
}
