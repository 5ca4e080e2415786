// CSV that Swedish Excel opens as it is: UTF-8 with a byte order mark, semicolons between
// fields, CRLF line ends, decimal commas (the caller formats numbers so).
import type { Message } from '../core/message.js';

const BOM = '\uFEFF';

/** Quotes a field that holds a separator, quote or line break; a text Excel would run as a formula gets a leading apostrophe. */
function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((r) => r.map(field).join(';')).join('\r\n') + '\r\n';
}

/** The CSV as a file for platforms that take files, and as text after a lead line for the console. */
export function csvMessage(lead: string, name: string, rows: readonly (readonly (string | number)[])[]): Message {
  const text = csvText(rows);
  return { text: `${lead}\n${text}`, files: [{ name, mimeType: 'text/csv', data: new TextEncoder().encode(BOM + text) }] };
}
