// The minutes as a PDF for the registry (diarium): A4, DejaVu Sans embedded (a subset, so that
// å, ä, ö and every other character show the same in any reader), text wrapped to the page and
// continued on new pages. pdfkit and its font engine are loaded on first use only.
import { createRequire } from 'node:module';
import type { MinutesInput } from '../../domain/minutes.js';
import { translator, type Locale } from '../../i18n/index.js';
import { mentionsAsLabels } from '../../text/mention.js';
import { plainText } from '../../text/plain.js';
import { DOCUMENT_STYLE, minutesDocument, type Block, type DocumentOptions } from './document.js';

const require = createRequire(import.meta.url);
const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const OBLIQUE = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf');

const MARGIN = 56;
const SIZE = { title: 18, heading: 14, subheading: 11.5, body: 10.5 } as const;

export async function minutesPdf(input: MinutesInput, locale: Locale, options: DocumentOptions = {}): Promise<Uint8Array> {
  const t = translator(locale);
  const title = plainText(t('minutes.title', { case: mentionsAsLabels(input.content.caseTitle) }));
  // The document's dates come from the minutes, not the wall clock, so the same minutes give the same file.
  const at = new Date(input.approval?.approvedAt ?? input.drafted);
  return blocksPdf(minutesDocument(t, locale, input, DOCUMENT_STYLE, options), title, at, locale);
}

/** Blocks as a PDF; `at` is its creation date (from the data, so the same data gives the same file). */
export async function blocksPdf(blocks: readonly Block[], title: string, at: Date, locale: Locale): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, lang: locale, displayTitle: true, info: { Title: title, CreationDate: at, ModDate: at, Producer: 'Samverkan', Creator: 'Samverkan' } });
  doc.registerFont('body', REGULAR);
  doc.registerFont('bold', BOLD);
  doc.registerFont('note', OBLIQUE);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => { doc.on('end', resolve); doc.on('error', reject); });

  const width = doc.page.width - 2 * MARGIN;
  const text = (font: string, size: number, value: string, options: PDFKit.Mixins.TextOptions = {}) => doc.font(font).fontSize(size).text(value, options);
  const draw = (block: Block) => {
    switch (block.kind) {
      case 'title': text('bold', SIZE.title, block.text).moveDown(0.5); break;
      case 'heading': doc.moveDown(0.6); text('bold', SIZE.heading, block.text).moveDown(0.2); break;
      case 'subheading': doc.moveDown(0.2); text('bold', SIZE.subheading, block.text); break;
      case 'paragraph': text(block.style === 'strong' ? 'bold' : block.style === 'note' ? 'note' : 'body', SIZE.body, block.text).moveDown(0.3); break;
      case 'list':
        block.items.forEach((item, i) => {
          const marker = block.ordered ? `${i + 1}.` : '•';
          const y = doc.y;
          doc.font('body').fontSize(SIZE.body).text(marker, MARGIN, y, { width: 16, lineBreak: false });
          doc.text('', MARGIN + 18, y);
          if (item.label) text('bold', SIZE.body, `${item.label}: `, { continued: true, width: width - 18 });
          text('body', SIZE.body, item.text, { width: width - 18 });
          for (const sub of item.sub ?? []) {
            const subY = doc.y;
            doc.text('–', MARGIN + 18, subY, { width: 12, lineBreak: false });
            doc.text(sub, MARGIN + 32, subY, { width: width - 32 });
          }
          doc.x = MARGIN;
        });
        doc.moveDown(0.3);
        break;
      case 'table': table(doc, block, width); break;
      case 'image': {
        const scale = Math.min(1, width / block.width);
        if (doc.y + block.height * scale > doc.page.height - doc.page.margins.bottom) doc.addPage();
        doc.image(Buffer.from(block.png), MARGIN, doc.y, { width: block.width * scale });
        doc.x = MARGIN;
        doc.moveDown(0.5);
        break;
      }
    }
  };
  for (const block of blocks) draw(block);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A table of one label column and value columns, rows that do not fit start a new page. */
function table(doc: PDFKit.PDFDocument, block: Extract<Block, { kind: 'table' }>, width: number): void {
  const first = Math.min(width * 0.45, 200);
  const rest = block.head.length > 1 ? (width - first) / (block.head.length - 1) : 0;
  const widths = block.head.map((_, i) => (i ? rest : first));
  const bottom = doc.page.height - doc.page.margins.bottom;
  const row = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(SIZE.body - 1);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }))) + 4;
    if (doc.y + height > bottom) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      doc.text(c, x + 3, y + 2, { width: widths[i]! - 6, align: i ? 'right' : 'left' });
      x += widths[i]!;
    });
    doc.moveTo(MARGIN, y + height).lineTo(MARGIN + width, y + height).lineWidth(0.5).strokeColor('#999999').stroke();
    doc.x = MARGIN;
    doc.y = y + height;
  };
  row(block.head, 'bold');
  for (const r of block.rows) row(r, 'body');
  doc.moveDown(0.5);
}
