// CSV that Swedish Excel opens as it is: UTF-8 with a byte order mark, semicolons between
// fields, CRLF line ends, decimal commas (the caller formats numbers so).
import type { Message } from '../core/message.js';
import { literal, richText, type RichText } from '../text/rich.js';

const BOM = '\uFEFF';

/** Quotes a field that holds a separator, quote or line break; a text Excel would run as a formula gets a leading apostrophe. */
function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

type Rows = readonly (readonly (string | number)[])[];

/** The file's content: CRLF after every row, as Excel writes it. */
export function csvText(rows: Rows): string {
  return rows.map((r) => r.map(field).join(';') + '\r\n').join('');
}

/** The CSV as a file for platforms that take files, and as text (plain line ends) after a lead line for the console. */
export function csvMessage(lead: RichText, name: string, rows: Rows): Message {
  const text = csvText(rows);
  return { text: richText`${lead}\n${literal(text.replace(/\r\n$/, '').replace(/\r\n/g, '\n'))}`, files: [{ name, mimeType: 'text/csv', data: new TextEncoder().encode(BOM + text) }] };
}
