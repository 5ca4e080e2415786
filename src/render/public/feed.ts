// The Atom feed (RFC 4287) of a public page: one entry per update the group published. Entry ids
// are tag URIs (RFC 4151) that stay the same when the page gets a new address; every instant is
// one the bot stored, never the time of the request.
import { escapeHtml } from './html.js';

export interface FeedEntry {
  /** Stable within the feed, e.g. `report/12`. */
  key: string;
  title: string;
  /** Plain text. */
  content: string;
  updated: Date;
  published: Date;
  link: string;
}

export interface FeedInput {
  /** The tag URI prefix of this publication, e.g. `tag:kommun.se,2026-11-23:samverkan/publication/3`. */
  idBase: string;
  title: string;
  subtitle: string;
  author: string;
  lang: string;
  self: string;
  page: string;
  /** When the publication itself last changed; the feed is at least this recent. */
  changed: Date;
  entries: readonly FeedEntry[];
}

/** The tag URI base of a publication: the public host and the day the publication began. */
export function feedIdBase(baseUrl: string, createdAt: Date, publicationId: number): string {
  return `tag:${new URL(baseUrl).hostname},${createdAt.toISOString().slice(0, 10)}:samverkan/publication/${publicationId}`;
}

// XML 1.0 cannot carry these at all, escaped or not.
const e = (text: string) => escapeHtml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));

export function atomFeed(input: FeedInput): string {
  const entries = [...input.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.key.localeCompare(b.key));
  const updated = entries.reduce((latest, x) => (x.updated > latest ? x.updated : latest), input.changed);
  const entryXml = entries.map((x) => `  <entry>
    <id>${e(`${input.idBase}/${x.key}`)}</id>
    <title>${e(x.title)}</title>
    <link rel="alternate" type="text/html" href="${e(x.link)}"/>
    <published>${x.published.toISOString()}</published>
    <updated>${x.updated.toISOString()}</updated>
    <content type="text">${e(x.content)}</content>
  </entry>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(input.lang)}">
  <id>${e(input.idBase)}</id>
  <title>${e(input.title)}</title>
  <subtitle>${e(input.subtitle)}</subtitle>
  <author><name>${e(input.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${e(input.self)}"/>
  <link rel="alternate" type="text/html" href="${e(input.page)}"/>
  <updated>${updated.toISOString()}</updated>
${entryXml}
</feed>
`;
}
