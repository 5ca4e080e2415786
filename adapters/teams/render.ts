// Neutral Message → Teams message activities: cards become Adaptive Cards (schema 1.5) with the
// message text as fallback, buttons become Action.Execute carrying their command (adaptive.ts has
// the elements). A text without emphasis and without a Teams mention goes as plain text; any other
// text as a card without a title, so that nothing is ever read as Markdown. Pure. Teams refuses
// activities over about 28 KB, so long messages are split into several activities.
import type { Card, FileAttachment, Message } from '../../src/core/message.js';
import { cardToText } from '../../src/render/card-text.js';
import { chunk, groups } from '../../src/render/split.js';
import { NO_MARKS, plainText } from '../../src/text/plain.js';
import { literal, richText, type RichText } from '../../src/text/rich.js';
import { action, fieldPiece, needsCard, textPieces, titlePieces, type Piece } from './adaptive.js';

/** Teams' limit is about 28 KB per activity; the connector adds its own envelope on top of this. */
export const MAX_ACTIVITY_BYTES = 26_000;
const ACTIONS_PER_SET = 5;

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface OutboundAttachment {
  contentType: string;
  content?: unknown;
  contentUrl?: string;
  name?: string;
}

export interface OutboundActivity {
  type: 'message';
  text?: string;
  textFormat?: 'plain';
  summary?: string;
  attachments?: OutboundAttachment[];
}

export interface Rendered {
  activities: OutboundActivity[];
  /** Files that cannot be sent inline (too large, or neither text nor image). */
  omitted: string[];
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

function pieces(card: Card, lead: RichText | undefined): Piece[] {
  const out: Piece[] = lead ? textPieces(lead) : [];
  for (const section of card.sections) {
    if (section.heading) out.push(...textPieces(section.heading, { weight: 'Bolder' }, { spacing: 'Medium', separator: true }));
    if (section.text) out.push(...textPieces(section.text));
    for (const field of section.fields ?? []) out.push(fieldPiece(field.label, field.value));
    for (const buttons of groups(section.buttons ?? [], ACTIONS_PER_SET)) {
      out.push({ element: { type: 'ActionSet', actions: buttons.map(action) }, text: buttons.map((b) => `[${plainText(b.label, NO_MARKS)}: ${b.command}]`).join(' '), entities: [] });
    }
  }
  return out;
}

function cardActivity(title: RichText | undefined, body: Piece[], fallbackText: string): OutboundActivity {
  const all = [...(title ? titlePieces(title) : []), ...body];
  const entities = all.flatMap((p) => p.entities);
  const content = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText,
    body: all.map((p) => p.element),
    ...(entities.length ? { msteams: { entities } } : {}),
  };
  return { type: 'message', ...(title ? { summary: plainText(title, NO_MARKS) } : {}), attachments: [{ contentType: CARD_CONTENT_TYPE, content }] };
}

/** The text in front of a card's own text in `cardMessage(card, lead)`. */
function leadOf(message: Message & { card: Card }): RichText | undefined {
  const own = cardToText(message.card);
  if (!message.text.endsWith(own)) return undefined;
  // A cut at the card's own start, so the lead's emphasis is whole.
  const lead = message.text.slice(0, -own.length).trim() as RichText;
  return lead || undefined;
}

/** One card, or parts of it under the limit, each part's title numbered (a card without title is not). */
function renderCard(title: RichText | undefined, whole: Piece[], fallbackText: string, limit: number): OutboundActivity[] {
  const single = cardActivity(title, whole, fallbackText);
  if (bytes(single) <= limit) return [single];
  const numbered = (i: number, n: number) => title && richText`${title} (${i}/${n})`;
  const partText = (part: Piece[]) => part.map((p) => p.text).join('\n');
  const parts: Piece[][] = [[]];
  for (const piece of whole) {
    const current = parts.at(-1)!;
    const candidate = [...current, piece];
    // The part number added to the title later takes a few more bytes: keep a margin.
    if (current.length && bytes(cardActivity(numbered(99, 99), candidate, partText(candidate))) > limit) parts.push([piece]);
    else current.push(piece);
  }
  return parts.map((part, i) => cardActivity(numbered(i + 1, parts.length), part, partText(part)));
}

function plain(text: RichText, limit: number): OutboundActivity[] {
  const activity = (part: RichText): OutboundActivity => ({ type: 'message', text: plainText(part, NO_MARKS), textFormat: 'plain' });
  return chunk(text, limit, (part) => bytes(activity(part))).map(activity);
}

function renderFile(file: FileAttachment, limit: number): OutboundActivity[] | null {
  if (file.mimeType.startsWith('text/') || file.mimeType === 'application/json') {
    return plain(literal(`${file.name}\n${Buffer.from(file.data).toString('utf8')}`), limit);
  }
  if (!file.mimeType.startsWith('image/')) return null;
  const contentUrl = `data:${file.mimeType};base64,${Buffer.from(file.data).toString('base64')}`;
  const activity: OutboundActivity = { type: 'message', attachments: [{ contentType: file.mimeType, contentUrl, name: file.name }] };
  return bytes(activity) <= limit ? [activity] : null;
}

function renderText(message: Message, limit: number): OutboundActivity[] {
  if (message.card) return renderCard(message.card.title, pieces(message.card, leadOf({ ...message, card: message.card })), plainText(message.text, NO_MARKS), limit);
  if (needsCard(message.text)) return renderCard(undefined, textPieces(message.text), plainText(message.text, NO_MARKS), limit);
  return plain(message.text, limit);
}

export function renderMessage(message: Message, limit = MAX_ACTIVITY_BYTES): Rendered {
  const activities = renderText(message, limit);
  const omitted: string[] = [];
  for (const file of message.files ?? []) {
    const rendered = renderFile(file, limit);
    if (rendered) activities.push(...rendered);
    else omitted.push(file.name);
  }
  return { activities, omitted };
}
