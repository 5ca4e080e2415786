// RichText → Adaptive Card elements. Teams reads Markdown in a TextBlock's text and in a FactSet's
// titles and values, but not in the TextRuns of a RichTextBlock: every text is therefore made of
// TextRuns, the bot's emphasis as their weight and font. Each line is an element of its own (a
// TextBlock needs a blank line for a line break, TextRuns cannot be relied on for one). Teams makes
// a mention only in a TextBlock or a FactSet, so a line that mentions a Teams user is a ColumnSet:
// the mention alone in a TextBlock (`<at>Name</at>` with its entity), the text around it in
// RichTextBlocks.
import type { Button } from '../../src/core/message.js';
import { chunk, clip, plainLength, splitLines } from '../../src/render/split.js';
import { NO_MARKS, plainText } from '../../src/text/plain.js';
import { runs, type RichText, type Run } from '../../src/text/rich.js';
import { PLATFORM } from './inbound.js';

export type Element = Record<string, unknown>;

export interface MentionEntity {
  type: 'mention';
  text: string;
  mentioned: { id: string; name: string };
}

/** A card element, its text for the fallback, and the mentions it makes. */
export interface Piece {
  element: Element;
  text: string;
  entities: MentionEntity[];
}

/** Properties of every TextRun of a text (a title's size, a heading's weight). */
export type RunStyle = Record<string, string>;

const ACTION_VERB = 'samverkan';
/** Characters of text per element. */
const TEXT_CHUNK = 2_000;
const MAX_LABEL = 100;
const MAX_VALUE = 500;

const isTeamsMention = (r: Run): boolean => r.mention?.platform === PLATFORM && Boolean(r.mention.id);

function textRun(r: Run, base: RunStyle): Element {
  const emphasis = r.style === 'strong' ? { weight: 'Bolder' } : r.style ? { fontType: 'Monospace' } : {};
  return { type: 'TextRun', text: r.text, ...base, ...emphasis };
}

const richTextBlock = (rs: Run[], base: RunStyle): Element => ({ type: 'RichTextBlock', inlines: rs.map((r) => textRun(r, base)) });

/** A mention tag's name without anything the tag or Markdown could read. */
const tagName = (name: string) => name.replace(/[<>&*_`~[\]()#\\]/g, '').trim() || '?';

/** One line: a RichTextBlock, or a ColumnSet when it mentions a Teams user. */
function lineElement(rs: Run[], base: RunStyle): { element: Element; entities: MentionEntity[] } {
  if (!rs.some(isTeamsMention)) return { element: richTextBlock(rs, base), entities: [] };
  const columns: Element[] = [];
  const entities: MentionEntity[] = [];
  let pending: Run[] = [];
  const flush = () => {
    // Columns are spaced apart: the spaces beside a mention would only add to that.
    const last = pending.length - 1;
    const trimmed = pending
      .map((r, i) => ({ ...r, text: i === 0 && i === last ? r.text.trim() : i === 0 ? r.text.trimStart() : i === last ? r.text.trimEnd() : r.text }))
      .filter((r) => r.text);
    if (trimmed.length) columns.push({ type: 'Column', width: 'auto', items: [richTextBlock(trimmed, base)] });
    pending = [];
  };
  for (const r of rs) {
    if (!isTeamsMention(r)) { pending.push(r); continue; }
    flush();
    const tag = `<at>${tagName(r.mention!.name ?? r.mention!.id!)}</at>`;
    columns.push({ type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: tag, wrap: true, ...base }] });
    entities.push({ type: 'mention', text: tag, mentioned: { id: r.mention!.id!, name: r.mention!.name ?? r.mention!.id! } });
  }
  flush();
  const laidOut = columns.map((c, i) => ({ ...c, ...(i > 0 ? { spacing: 'Small' } : {}), ...(i === columns.length - 1 ? { width: 'stretch' } : {}) }));
  return { element: { type: 'ColumnSet', columns: laidOut }, entities };
}

/**
 * A text as pieces, one per line (a long line in parts); `first` is added to the first element,
 * the lines after it follow without spacing, and a blank line becomes spacing before the next.
 */
export function textPieces(text: RichText, base: RunStyle = {}, first: Element = {}): Piece[] {
  const out: Piece[] = [];
  let blank = false;
  for (const line of splitLines(text)) {
    if (!plainLength(line)) { blank = out.length > 0; continue; }
    for (const part of chunk(line, TEXT_CHUNK)) {
      const { element, entities } = lineElement(runs(part), base);
      const spacing = out.length ? { spacing: blank ? 'Medium' : 'None' } : first;
      out.push({ element: { ...element, ...spacing }, text: plainText(part, NO_MARKS), entities });
      blank = false;
    }
  }
  return out;
}

/** A field as a row: its label in bold beside its value. */
export function fieldPiece(label: RichText, value: RichText): Piece {
  const labelText = clip(label, MAX_LABEL);
  const valueText = clip(value, MAX_VALUE);
  const values = textPieces(valueText);
  const column = (width: number, items: Element[]) => ({ type: 'Column', width, items });
  return {
    element: { type: 'ColumnSet', columns: [column(1, [richTextBlock(runs(labelText), { weight: 'Bolder' })]), column(2, values.map((p) => p.element))] },
    text: `${plainText(labelText, NO_MARKS)}: ${plainText(valueText, NO_MARKS)}`,
    entities: values.flatMap((p) => p.entities),
  };
}

export function titlePieces(title: RichText): Piece[] {
  return textPieces(title, { size: 'Large', weight: 'Bolder' });
}

/**
 * A button: Action.Execute with its command; an action's title is plain text in Teams. A host
 * without Universal Actions uses the Action.Submit fallback, which comes back as a message whose
 * value carries the same command (inbound.ts reads both).
 */
export function action(button: Button): Element {
  const style = button.style === 'primary' ? 'positive' : button.style === 'danger' ? 'destructive' : undefined;
  const title = plainText(button.label, NO_MARKS);
  const data = { command: button.command };
  return { type: 'Action.Execute', title, verb: ACTION_VERB, data, ...(style ? { style } : {}), fallback: { type: 'Action.Submit', title, data } };
}

/** What a user types in Teams instead of clicking: in a channel only a message that mentions the bot reaches it. */
export function typedCommand(command: string, botName: string): string {
  return `@${botName} ${command}`;
}

/** Whether a text needs a card in Teams: it has emphasis or mentions a Teams user. */
export function needsCard(text: RichText): boolean {
  return runs(text).some((r) => r.style !== undefined || isTeamsMention(r));
}
