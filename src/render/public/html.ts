// HTML for the public pages: escaping, the bot's texts as HTML, and the page frame (inline CSS,
// no scripts, no external assets). Every text that reaches HTML goes through `escapeHtml` or
// `richHtml`; mentions are left out, so no member's name is ever shown.
import type { Locale, Translate } from '../../i18n/index.js';
import { writeText } from '../../text/plain.js';
import type { RichText } from '../../text/rich.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A catalogue text with the bot's emphasis as HTML; user text in it stays literal, mentions are dropped. */
export function richHtml(text: RichText): string {
  return writeText(text, { strong: ['<strong>', '</strong>'], code: ['<code>', '</code>'], pre: ['<pre>', '</pre>'] }, (run) => (run.mention ? '' : escapeHtml(run.text)));
}

/** A text the group typed, its lines kept. */
export function paragraphHtml(text: string): string {
  return `<p>${text.split('\n').map(escapeHtml).join('<br>')}</p>`;
}

export interface Link {
  href: string;
  label: string;
  /** The language of the label and of the page it leads to, when not the page's. */
  lang?: Locale;
}

export function linkHtml({ href, label, lang }: Link, attributes = ''): string {
  const language = lang ? ` lang="${lang}" hreflang="${lang}"` : '';
  return `<a href="${escapeHtml(href)}"${language}${attributes}>${escapeHtml(label)}</a>`;
}

// Contrast of every colour pair at least 7:1 (text #1b1b1b, links #0b4a8f on white); focus is a
// thick outline plus a yellow background that shows on any colour; nothing is wider than 320 px.
const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}
body{margin:0}
.wrap{max-width:48rem;margin:0 auto;padding:0 1rem}
header{border-bottom:4px solid #0b4a8f;padding:.75rem 0}
header .wrap{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem}
header p{margin:0;font-weight:600}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
main{padding:1rem 0 2rem}
main:focus{outline:none}
h1{font-size:1.75rem;line-height:1.2;margin:1rem 0}
h2{font-size:1.375rem;margin:2rem 0 .5rem;border-top:1px solid #767676;padding-top:1rem}
h3{font-size:1.125rem;margin:1.5rem 0 .5rem}
p,li,td,th,caption{overflow-wrap:anywhere}
h1,h2,h3{overflow-wrap:break-word;hyphens:auto}
a{color:#0b4a8f;text-decoration:underline;text-underline-offset:.15em}
a:hover{text-decoration-thickness:3px}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px;background:#ffdd00;color:#1b1b1b}
.skip{position:absolute;left:-999rem;top:0;padding:.5rem 1rem;background:#ffdd00;color:#1b1b1b}
.skip:focus{left:0;z-index:1}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid #767676;padding:.375rem .5rem .375rem 0;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;white-space:nowrap}
figure{margin:1rem 0}
img{max-width:100%;height:auto;display:block}
.note{font-size:.9375rem}
footer{border-top:1px solid #767676;padding:1rem 0 2rem}
footer h2{font-size:1rem;margin:0 0 .5rem;border:0;padding:0}
`;

export interface FrameInput {
  locale: Locale;
  t: Translate;
  title: string;
  /** The same page in the other language. */
  otherLanguage: Link;
  feed: Link;
  statement: Link | null;
  body: string;
}

/** A whole page: skip link, banner with the language switch, main, footer with the feed and the statement. */
export function pageFrame({ locale, t, title, otherLanguage, feed, statement, body }: FrameInput): string {
  const more = [feed, ...(statement ? [statement] : [])].map((l) => `<li>${linkHtml(l, l === feed ? ' type="application/atom+xml"' : '')}</li>`).join('');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<link rel="alternate" type="application/atom+xml" href="${escapeHtml(feed.href)}" title="${escapeHtml(feed.label)}">
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#main">${richHtml(t('public.skip'))}</a>
<header><div class="wrap"><p>${richHtml(t('public.site'))}</p><nav aria-label="${escapeHtml(plain(t('public.lang_nav')))}"><ul><li>${linkHtml(otherLanguage)}</li></ul></nav></div></header>
<main id="main" tabindex="-1"><div class="wrap">
${body}
</div></main>
<footer><div class="wrap"><nav aria-labelledby="more"><h2 id="more">${richHtml(t('public.more'))}</h2><ul>${more}</ul></nav></div></footer>
</body>
</html>
`;
}

/** A catalogue text as plain characters, for attributes. */
export function plain(text: RichText): string {
  return writeText(text, { strong: ['', ''], code: ['', ''], pre: ['', ''] }, (run) => (run.mention ? '' : run.text));
}
