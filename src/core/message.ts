// The neutral outbound model. Adapters render it (Block Kit, Adaptive Cards, plain text); `text`
// is always a complete plain-text version, and every button carries the typed command that does
// the same thing, so nothing needs buttons.
export interface Button {
  label: string;
  /** The command line a user could type instead, e.g. `åtgärd klar 3`. */
  command: string;
  style?: 'primary' | 'danger';
}

export interface Field {
  label: string;
  value: string;
}

export interface Section {
  heading?: string;
  text?: string;
  fields?: Field[];
  buttons?: Button[];
}

export interface Card {
  title: string;
  sections: Section[];
}

export interface FileAttachment {
  name: string;
  mimeType: string;
  data: Uint8Array;
}

export interface Message {
  text: string;
  card?: Card;
  files?: FileAttachment[];
}

export function textMessage(text: string): Message {
  return { text };
}
