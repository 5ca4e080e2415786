// Neutral Message → Teams message activities: cards become Adaptive Cards (schema 1.5) with the
// card as text for fallback, buttons become Action.Execute carrying their command (adaptive.ts has
// the elements). A text without emphasis and without a Teams mention goes as plain text; any other
// text as a card without a title, so that nothing is ever read as Markdown. Pure. Teams refuses
// activities over about 28 KB, so long messages are split into several activities.
// In the text form of a card each button is the line a user types in Teams instead of clicking:
// `[Ja: @Samverkan rösta 1 1]`. It is the card's fallbackText and, with `asText`, the whole message.
import type { Card, FileAttachment, Message } from '../../src/core/message.js';
import { cardToText } from '../../src/render/card-text.js';
import { chunk, groups } from '../../src/render/split.js';
import { NO_MARKS, plainText } from '../../src/text/plain.js';
import { literal, richText, type RichText } from '../../src/text/rich.js';
import { action, fieldPiece, needsCard, textPieces, titlePieces, typedCommand, type Piece } from './adaptive.js';

/** Teams' limit is about 28 KB per activity; the connector adds its own envelope on top of this. */
export const MAX_ACTIVITY_BYTES = 26_000;
const ACTIONS_PER_SET = 5;

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
/** The bot's name in the manifest, which users mention; the adapter passes the one activities show. */
export const DEFAULT_BOT_NAME = 'Samverkan';

export interface RenderOptions {
  limit?: number;
  /** The name a command is typed after in a channel: `@Samverkan rösta 1 1`. */
  botName?: string;
  /** Text only, cards in their text form: for a user whose client may not let them use the card. */
  asText?: boolean;
}

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

function pieces(card: Card, botName: string): Piece[] {
  const out: Piece[] = [];
  for (const section of card.sections) {
    if (section.heading) out.push(...textPieces(section.heading, { weight: 'Bolder' }, { spacing: 'Medium', separator: true }));
    if (section.text) out.push(...textPieces(section.text));
    for (const field of section.fields ?? []) out.push(fieldPiece(field.label, field.value));
    for (const buttons of groups(section.buttons ?? [], ACTIONS_PER_SET)) {
      const text = buttons.map((b) => `[${plainText(b.label, NO_MARKS)}: ${typedCommand(b.command, botName)}]`).join(' ');
      out.push({ element: { type: 'ActionSet', actions: buttons.map(action) }, text, entities: [] });
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

/** The pieces' texts, line by line; a blank line where the card leaves a gap (a heading, a paragraph). */
const partText = (part: Piece[]) => part.map((p, i) => (i > 0 && p.element.spacing === 'Medium' ? `\n${p.text}` : p.text)).join('\n');

/** A card as text: the lead in front of it, its title and every piece's text, buttons as typed commands. */
function cardText(title: RichText | undefined, body: Piece[], lead: Piece[] = []): string {
  return [...(lead.length ? [partText(lead)] : []), ...(title ? [plainText(title, NO_MARKS)] : []), partText(body)].join('\n');
}

/**
 * One card, or parts of it under the limit, each part's title numbered (a card without title is
 * not). The lead goes under the title in the card, in front of it in the text, as in message.text.
 */
function renderCard(title: RichText | undefined, lead: Piece[], body: Piece[], limit: number): OutboundActivity[] {
  const whole = [...lead, ...body];
  const single = cardActivity(title, whole, cardText(title, body, lead));
  if (bytes(single) <= limit) return [single];
  const numbered = (i: number, n: number) => title && richText`${title} (${i}/${n})`;
  const parts: Piece[][] = [[]];
  for (const piece of whole) {
    const current = parts.at(-1)!;
    const candidate = [...current, piece];
    // The part number added to the title later takes a few more bytes: keep a margin.
    if (current.length && bytes(cardActivity(numbered(99, 99), candidate, cardText(numbered(99, 99), candidate))) > limit) parts.push([piece]);
    else current.push(piece);
  }
  return parts.map((part, i) => cardActivity(numbered(i + 1, parts.length), part, cardText(numbered(i + 1, parts.length), part)));
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

function renderText(message: Message, limit: number, botName: string, asText: boolean): OutboundActivity[] {
  if (message.card) {
    const leadText = leadOf({ ...message, card: message.card });
    const lead = leadText ? textPieces(leadText) : [];
    const body = pieces(message.card, botName);
    return asText ? plain(literal(cardText(message.card.title, body, lead)), limit) : renderCard(message.card.title, lead, body, limit);
  }
  if (needsCard(message.text) && !asText) return renderCard(undefined, [], textPieces(message.text), limit);
  return plain(message.text, limit);
}

export function renderMessage(message: Message, options: RenderOptions = {}): Rendered {
  const limit = options.limit ?? MAX_ACTIVITY_BYTES;
  const activities = renderText(message, limit, options.botName ?? DEFAULT_BOT_NAME, options.asText ?? false);
  const omitted: string[] = [];
  for (const file of message.files ?? []) {
    const rendered = renderFile(file, limit);
    if (rendered) activities.push(...rendered);
    else omitted.push(file.name);
  }
  return { activities, omitted };
}
