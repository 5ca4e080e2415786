// RichText written out as text. The console shows the bot's emphasis in the ASCII forms it always
// used (`*Titel*`, `kommando`, ``` fences); a platform's plain fields leave it out; Slack's mrkdwn
// writes each run its own way (adapters/slack/blocks.ts).
import { runs, type RichText, type Run, type Style } from './rich.js';

export type PlainMarks = Record<Style, readonly [string, string]>;

export const ASCII_MARKS: PlainMarks = { strong: ['*', '*'], code: ['`', '`'], pre: ['```\n', '\n```'] };
export const NO_MARKS: PlainMarks = { strong: ['', ''], code: ['', ''], pre: ['', ''] };

/** Each run as `write` gives it, the bot's emphasis between `marks`. */
export function writeText(text: RichText, marks: PlainMarks, write: (run: Run) => string): string {
  let out = '';
  let inside: Style | undefined;
  for (const run of runs(text)) {
    if (run.style !== inside) {
      if (inside) out += marks[inside][1];
      if (run.style) out += marks[run.style][0];
      inside = run.style;
    }
    out += write(run);
  }
  return inside ? out + marks[inside][1] : out;
}

/** The text as it reads, mentions as names. */
export function plainText(text: RichText, marks: PlainMarks = ASCII_MARKS): string {
  return writeText(text, marks, (run) => run.text);
}
