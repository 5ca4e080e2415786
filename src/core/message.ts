// The neutral outbound model. Adapters render it (Block Kit, Adaptive Cards, plain text); `text`
// is always a complete version of the whole message, and every button carries the typed command
// that does the same thing, so nothing needs buttons. Texts are RichText (src/text/rich.ts): user
// text in them is literal on every platform; `T = string` is the plain rendering the console prints.
import { plainText } from '../text/plain.js';
import type { RichText } from '../text/rich.js';

export interface Button<T extends string = RichText> {
  label: T;
  /** The command line a user could type instead, e.g. `åtgärd klar 3`. */
  command: string;
  style?: 'primary' | 'danger';
}

export interface Field<T extends string = RichText> {
  label: T;
  value: T;
}

export interface Section<T extends string = RichText> {
  heading?: T;
  text?: T;
  fields?: Field<T>[];
  buttons?: Button<T>[];
}

export interface Card<T extends string = RichText> {
  title: T;
  sections: Section<T>[];
}

export interface FileAttachment {
  name: string;
  mimeType: string;
  data: Uint8Array;
}

export interface Message<T extends string = RichText> {
  text: T;
  card?: Card<T>;
  files?: FileAttachment[];
}

export function textMessage(text: RichText): Message {
  return { text };
}

/** The same card with every text mapped. */
export function mapCard<T extends string, U extends string>(card: Card<T>, map: (text: T) => U): Card<U> {
  return {
    title: map(card.title),
    sections: card.sections.map((s) => ({
      ...(s.heading !== undefined ? { heading: map(s.heading) } : {}),
      ...(s.text !== undefined ? { text: map(s.text) } : {}),
      ...(s.fields ? { fields: s.fields.map((f) => ({ label: map(f.label), value: map(f.value) })) } : {}),
      ...(s.buttons ? { buttons: s.buttons.map((b) => ({ ...b, label: map(b.label) })) } : {}),
    })),
  };
}

/** The message as plain text (ASCII emphasis), as the console prints it. */
export function plainMessage(message: Message): Message<string> {
  const plain = (text: RichText) => plainText(text);
  return { text: plain(message.text), ...(message.card ? { card: mapCard(message.card, plain) } : {}), ...(message.files ? { files: message.files } : {}) };
}
