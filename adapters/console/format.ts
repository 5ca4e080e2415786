import type { FileAttachment } from '../../src/core/message.js';
import type { ConsoleOutput } from './session.js';

/** Where each of an output's files was written (CONSOLE_FILES), in order; empty when they were not. */
export type WrittenPaths = readonly string[];

const fileFields = (f: FileAttachment, path: string | undefined) => ({ name: f.name, bytes: f.data.byteLength, ...(path ? { path } : {}) });

/** One JSON object per output, as DESIGN §4 specifies. */
export function formatJson(o: ConsoleOutput, paths: WrittenPaths = []): string {
  const address = o.kind === 'post' ? { channel: o.channel } : o.kind === 'dm' ? { to: o.to } : {};
  const files = o.message.files?.length ? { files: o.message.files.map((f, i) => fileFields(f, paths[i])) } : {};
  return JSON.stringify({ kind: o.kind, ...address, ...(o.at ? { at: o.at } : {}), text: o.message.text, ...(o.message.card ? { card: o.message.card } : {}), ...files });
}

/** Readable lines for a person at a terminal; a scheduled output under its virtual time. */
export function formatText(o: ConsoleOutput, paths: WrittenPaths = []): string {
  const head = o.kind === 'post' ? `#${o.channel} ▸ ` : o.kind === 'dm' ? `✉ @${o.to} ▸ ` : `→ @${o.to} ▸ `;
  const pad = ' '.repeat([...head].length);
  const files = (o.message.files ?? []).map((f, i) => `[${paths[i] ?? f.name}, ${f.data.byteLength} B]`);
  const body = [o.message.text, ...files].join('\n').split('\n').map((line, i) => (i === 0 ? head : pad) + line).join('\n');
  return o.at ? `[${o.at.replace('T', ' ')}]\n${body}` : body;
}
