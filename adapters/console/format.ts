import type { ConsoleOutput } from './session.js';

/** One JSON object per output, as DESIGN §4 specifies. */
export function formatJson(o: ConsoleOutput): string {
  const address = o.kind === 'post' ? { channel: o.channel } : o.kind === 'dm' ? { to: o.to } : {};
  return JSON.stringify({ kind: o.kind, ...address, text: o.message.text, ...(o.message.card ? { card: o.message.card } : {}) });
}

/** Readable lines for a person at a terminal. */
export function formatText(o: ConsoleOutput): string {
  const head = o.kind === 'post' ? `#${o.channel} ▸ ` : o.kind === 'dm' ? `✉ @${o.to} ▸ ` : `→ @${o.to} ▸ `;
  const pad = ' '.repeat([...head].length);
  const files = (o.message.files ?? []).map((f) => `[${f.name}, ${f.data.byteLength} B]`);
  return [o.message.text, ...files].join('\n').split('\n').map((line, i) => (i === 0 ? head : pad) + line).join('\n');
}
