// The minutes as an HTML document that pastes cleanly into Outlook and Word: semantic elements
// (h1, h2, h3, p, ul, ol, table) with inline styles only, no Markdown anywhere, every text escaped.
import type { MinutesInput } from '../../domain/minutes.js';
import { translator, type Locale } from '../../i18n/index.js';
import { mentionsAsLabels } from '../../text/mention.js';
import { plainText } from '../../text/plain.js';
import { DOCUMENT_STYLE, minutesDocument, type Block, type DocumentOptions, type Item } from './document.js';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const FONT = 'font-family: Calibri, Arial, sans-serif;';
const CELL = 'border: 1px solid #999; padding: 2px 8px;';

function item(i: Item): string {
  const label = i.label ? `<strong>${escapeHtml(i.label)}:</strong> ` : '';
  const sub = i.sub?.length ? `<ul style="margin: 0;">${i.sub.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>` : '';
  return `<li>${label}${escapeHtml(i.text)}${sub}</li>`;
}

function html(block: Block): string {
  switch (block.kind) {
    case 'title': return `<h1 style="${FONT} font-size: 20pt;">${escapeHtml(block.text)}</h1>`;
    case 'heading': return `<h2 style="${FONT} font-size: 15pt; margin-top: 16pt;">${escapeHtml(block.text)}</h2>`;
    case 'subheading': return `<h3 style="${FONT} font-size: 12pt;">${escapeHtml(block.text)}</h3>`;
    case 'paragraph': {
      const text = escapeHtml(block.text);
      return `<p style="${FONT}">${block.style === 'strong' ? `<strong>${text}</strong>` : block.style === 'note' ? `<em>${text}</em>` : text}</p>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag} style="${FONT}">${block.items.map(item).join('')}</${tag}>`;
    }
    case 'table': {
      const head = block.head.map((h) => `<th style="${CELL} text-align: left;">${escapeHtml(h)}</th>`).join('');
      const rows = block.rows.map((r) => `<tr>${r.map((c, i) => (i ? `<td style="${CELL} text-align: right;">${escapeHtml(c)}</td>` : `<th scope="row" style="${CELL} text-align: left; font-weight: normal;">${escapeHtml(c)}</th>`)).join('')}</tr>`).join('');
      return `<table style="${FONT} border-collapse: collapse;"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case 'image': return `<p><img src="data:image/png;base64,${Buffer.from(block.png).toString('base64')}" width="${block.width}" height="${block.height}" alt="${escapeHtml(block.alt)}"></p>`;
  }
}

/** The blocks alone, for a page that has its own head (the public page). */
export function minutesHtmlBody(input: MinutesInput, locale: Locale, options: DocumentOptions = {}): string {
  return minutesDocument(translator(locale), locale, input, DOCUMENT_STYLE, options).map(html).join('\n');
}

/** A whole HTML document of blocks: title, language, the blocks. */
export function blocksHtml(blocks: readonly Block[], title: string, locale: Locale): string {
  return `<!DOCTYPE html>\n<html lang="${locale}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n</head>\n<body style="${FONT}">\n${blocks.map(html).join('\n')}\n</body>\n</html>\n`;
}

/** A whole HTML document of the minutes, in the language given. */
export function minutesHtml(input: MinutesInput, locale: Locale): string {
  const title = plainText(translator(locale)('minutes.title', { case: mentionsAsLabels(input.content.caseTitle) }));
  return blocksHtml(minutesDocument(translator(locale), locale, input, DOCUMENT_STYLE), title, locale);
}
