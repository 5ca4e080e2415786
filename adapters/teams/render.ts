// Neutral Message → Teams message activities: cards become Adaptive Cards (schema 1.5) with the
// message text as fallback, buttons become Action.Execute carrying their command. Pure. Teams
// refuses activities over about 28 KB, so long messages are split into several activities.
import type { Button, Card, FileAttachment, Message } from '../../src/core/message.js';
import { cardToText } from '../../src/render/card-text.js';
import { chunkText, clip, groups } from '../../src/render/split.js';

/** Teams' limit is about 28 KB per activity; the connector adds its own envelope on top of this. */
export const MAX_ACTIVITY_BYTES = 26_000;
const TEXT_CHUNK = 2_000;
const PLAIN_CHUNK = 8_000;
const FACTS_PER_SET = 10;
const ACTIONS_PER_SET = 5;
const MAX_FACT_LABEL = 100;
const MAX_FACT_VALUE = 500;

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const ACTION_VERB = 'samverkan';

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

type Element = Record<string, unknown>;
/** A card element and its plain-text form (for the fallback text of a part). */
interface Piece {
  element: Element;
  text: string;
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

function textBlocks(text: string, extra: Element = {}): Piece[] {
  return chunkText(text, TEXT_CHUNK).map((chunk, i) => ({ element: { type: 'TextBlock', text: chunk, wrap: true, ...(i === 0 ? extra : {}) }, text: chunk }));
}

function action(button: Button): Element {
  const style = button.style === 'primary' ? 'positive' : button.style === 'danger' ? 'destructive' : undefined;
  return { type: 'Action.Execute', title: button.label, verb: ACTION_VERB, data: { command: button.command }, ...(style ? { style } : {}) };
}

function pieces(card: Card, lead: string | undefined): Piece[] {
  const out: Piece[] = lead ? textBlocks(lead) : [];
  for (const section of card.sections) {
    if (section.heading) out.push(...textBlocks(section.heading, { weight: 'Bolder', spacing: 'Medium', separator: true }));
    if (section.text) out.push(...textBlocks(section.text));
    for (const facts of groups(section.fields ?? [], FACTS_PER_SET)) {
      const rows = facts.map((f) => ({ title: clip(f.label, MAX_FACT_LABEL), value: clip(f.value, MAX_FACT_VALUE) }));
      out.push({ element: { type: 'FactSet', facts: rows }, text: rows.map((r) => `${r.title}: ${r.value}`).join('\n') });
    }
    for (const buttons of groups(section.buttons ?? [], ACTIONS_PER_SET)) {
      out.push({ element: { type: 'ActionSet', actions: buttons.map(action) }, text: buttons.map((b) => `[${b.label}: ${b.command}]`).join(' ') });
    }
  }
  return out;
}

function cardActivity(title: string, body: Element[], fallbackText: string): OutboundActivity {
  const content = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText,
    body: [{ type: 'TextBlock', text: title, size: 'Large', weight: 'Bolder', wrap: true }, ...body],
  };
  return { type: 'message', summary: title, attachments: [{ contentType: CARD_CONTENT_TYPE, content }] };
}

/** The text in front of a card's own text in `cardMessage(card, lead)`. */
function leadOf(message: Message & { card: Card }): string | undefined {
  const own = cardToText(message.card);
  if (!message.text.endsWith(own)) return undefined;
  return message.text.slice(0, -own.length).trim() || undefined;
}

function renderCard(message: Message & { card: Card }, limit: number): OutboundActivity[] {
  const { title } = message.card;
  const whole = pieces(message.card, leadOf(message));
  const single = cardActivity(title, whole.map((p) => p.element), message.text);
  if (bytes(single) <= limit) return [single];
  const parts: Piece[][] = [[]];
  for (const piece of whole) {
    const current = parts.at(-1)!;
    const candidate = [...current, piece];
    // The part number added to the title later takes a few more bytes: keep a margin.
    if (current.length && bytes(cardActivity(`${title} (99/99)`, candidate.map((p) => p.element), candidate.map((p) => p.text).join('\n'))) > limit) parts.push([piece]);
    else current.push(piece);
  }
  return parts.map((part, i) => cardActivity(`${title} (${i + 1}/${parts.length})`, part.map((p) => p.element), part.map((p) => p.text).join('\n')));
}

function plain(text: string): OutboundActivity[] {
  return chunkText(text, PLAIN_CHUNK).map((chunk) => ({ type: 'message', text: chunk, textFormat: 'plain' }));
}

function renderFile(file: FileAttachment, limit: number): OutboundActivity[] | null {
  if (file.mimeType.startsWith('text/') || file.mimeType === 'application/json') {
    return plain(`${file.name}\n${Buffer.from(file.data).toString('utf8')}`);
  }
  if (!file.mimeType.startsWith('image/')) return null;
  const contentUrl = `data:${file.mimeType};base64,${Buffer.from(file.data).toString('base64')}`;
  const activity: OutboundActivity = { type: 'message', attachments: [{ contentType: file.mimeType, contentUrl, name: file.name }] };
  return bytes(activity) <= limit ? [activity] : null;
}

export function renderMessage(message: Message, limit = MAX_ACTIVITY_BYTES): Rendered {
  const activities = message.card ? renderCard({ ...message, card: message.card }, limit) : plain(message.text);
  const omitted: string[] = [];
  for (const file of message.files ?? []) {
    const rendered = renderFile(file, limit);
    if (rendered) activities.push(...rendered);
    else omitted.push(file.name);
  }
  return { activities, omitted };
}
