// RichText: what messages carry. It is neutral text — literal characters and mention tokens — plus
// the bot's own emphasis as in-band marks (reserved.ts). Only the catalogue's templates and the
// helpers below add marks; user text can hold none (they are stripped on the way in), so whatever
// a user typed stays literal on every platform. The brand keeps a plain string from being passed
// where a rendering is expected: `literal()` says that it is text to show as it is.
import { decodeMention, MENTION_TOKEN, mentionLabel, type Mention } from './mention.js';
import { STYLE_MARKS } from './reserved.js';

declare const rich: unique symbol;
export type RichText = string & { readonly [rich]: true };

export type Style = keyof typeof STYLE_MARKS;

/** A stretch of text in one style (the innermost), or one mention. */
export interface Run {
  text: string;
  style?: Style;
  mention?: Mention;
}

const STYLE_OF = new Map<string, { style: Style; open: boolean }>(
  Object.entries(STYLE_MARKS).flatMap(([style, [open, close]]) => [[open, { style: style as Style, open: true }], [close, { style: style as Style, open: false }]]),
);
const STYLE_MARK = /[\uE002-\uE007]/g;

/** Neutral text (typed, stored, a name) to show exactly as it is; mentions stay mentions. */
export function literal(text: string): RichText {
  return text.replace(STYLE_MARK, '') as RichText;
}

const styled = (style: Style) => (text: string): RichText => `${STYLE_MARKS[style][0]}${text}${STYLE_MARKS[style][1]}` as RichText;
export const strong = styled('strong');
export const code = styled('code');
export const pre = styled('pre');

/** Parts put together; strings are neutral text (they cannot hold marks), numbers their digits. */
export function joinRich(parts: readonly (string | number)[], separator = ''): RichText {
  return parts.join(separator) as RichText;
}

/** A template literal as RichText: `rich\`${strong(title)} (${count})\``. */
export function richText(strings: TemplateStringsArray, ...values: (string | number)[]): RichText {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '') as RichText;
}

/** The runs of a text, adjacent ones of the same style merged; empty runs left out. */
export function runs(text: RichText): Run[] {
  const out: Run[] = [];
  const stack: Style[] = [];
  const push = (run: Run) => {
    const last = out.at(-1);
    if (!run.mention && last && !last.mention && last.style === run.style) last.text += run.text;
    else if (run.text) out.push(run);
  };
  const plain = (s: string) => {
    for (const ch of s) {
      const mark = STYLE_OF.get(ch);
      if (!mark) push({ text: ch, ...(stack.length ? { style: stack.at(-1)! } : {}) });
      else if (mark.open) stack.push(mark.style);
      else if (stack.at(-1) === mark.style) stack.pop();
    }
  };
  let last = 0;
  for (const m of text.matchAll(MENTION_TOKEN)) {
    plain(text.slice(last, m.index));
    const mention = decodeMention(m[1]!);
    if (mention) push({ text: mentionLabel(mention), mention, ...(stack.length ? { style: stack.at(-1)! } : {}) });
    last = m.index + m[0].length;
  }
  plain(text.slice(last));
  return out;
}

/** The text without the bot's emphasis: neutral text again, for storing a text the bot composed. */
export function neutral(text: RichText): string {
  return text.replace(STYLE_MARK, '');
}
