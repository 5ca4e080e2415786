// The minutes in a chat: light Markdown that reads well as plain text too. User text in them is on
// one line, with the characters of inline Markdown escaped, so that it reads as typed.
import type { MinutesInput } from '../../domain/minutes.js';
import type { Locale, Translate } from '../../i18n/index.js';
import { mentionsAsLabels } from '../../text/mention.js';
import { ASCII_MARKS } from '../../text/plain.js';
import { textTable } from '../text-table.js';
import { minutesDocument, type Block } from './document.js';

const inline = (text: string) => mentionsAsLabels(text).replace(/\s*\n\s*/g, ' ').trim().replace(/[\\`*_[\]<>&~]/g, '\\$&');

function lines(block: Block): string[] {
  switch (block.kind) {
    case 'title': return [`# ${block.text}`, ''];
    case 'heading': return ['', `## ${block.text}`];
    case 'subheading': return [`### ${block.text}`];
    case 'paragraph': return [block.style === 'strong' ? `**${block.text}**` : block.style === 'note' ? `*${block.text}*` : block.text];
    case 'list':
      return block.items.flatMap((item, i) => [
        `${block.ordered ? `${i + 1}.` : '-'} ${item.label ? `**${item.label}:** ` : ''}${item.text}`,
        ...(item.sub ?? []).map((s) => `   - ${s}`),
      ]);
    case 'table':
      return ['```', textTable(block.head.map((header, i) => ({ header, align: i ? 'right' : 'left' })), block.rows), '```'];
    case 'image': return [`*${block.alt}*`];
  }
}

export function minutesMarkdown(translate: Translate, locale: Locale, input: MinutesInput): string {
  return [...minutesDocument(translate, locale, input, { user: inline, marks: ASCII_MARKS }).flatMap(lines), ''].join('\n');
}
