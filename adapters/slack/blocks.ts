// Neutral Message/Card → Block Kit, as a pure function. Slack's limits shape it: at most 50 blocks
// in a message (longer cards become several messages, "pages"), 10 fields in a section, 3000
// characters of section text, 2000 per field, 25 buttons in an actions block; every limit is
// checked on the text as Slack gets it, escaped.
import type { types } from '@slack/bolt';
import type { Button, Card, Message } from '../../src/core/message.js';
import { chunk, clip, groups, plainLength, type Measure } from '../../src/render/split.js';
import { NO_MARKS, plainText, writeText } from '../../src/text/plain.js';
import { literal, richText, strong, type RichText, type Run } from '../../src/text/rich.js';
import { SLACK } from './platform.js';

export type Block = types.KnownBlock;

/** What chat.postMessage / chat.update take: notification text plus the blocks. */
export interface SlackMessage {
  text: string;
  blocks?: Block[];
}

export const MAX_MESSAGE_BLOCKS = 50;
/** The App Home tab and modals allow 100. */
export const MAX_VIEW_BLOCKS = 100;
const MAX_FIELDS = 10;
const MAX_SECTION_TEXT = 3000;
/** Slack advises at most 4000 characters of message text; longer plain messages are split. */
const MAX_MESSAGE_TEXT = 4000;
const MAX_FIELD_TEXT = 2000;
const MAX_HEADER = 150;
const MAX_BUTTONS = 25;
const MAX_BUTTON_LABEL = 75;
const MAX_BUTTON_VALUE = 2000;

/** Every button's action_id starts with this; the rest makes it unique within the message. */
export const COMMAND_ACTION_PREFIX = 'samverkan_cmd_';

/** &, < and > are Slack's control characters; escaped, nothing a user typed can be a control sequence. */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const MRKDWN_MARKS = { strong: ['*', '*'], code: ['`', '`'], pre: ['```', '```'] } as const;

function run(r: Run): string {
  // The only live sequence is a mention the bot made of a Slack user.
  if (r.mention?.platform === SLACK && r.mention.id && /^[UW][A-Z0-9]+$/.test(r.mention.id)) return `<@${r.mention.id}>`;
  return escape(r.text);
}

/** RichText as mrkdwn: user text escaped, the bot's emphasis as Slack writes it, Slack users' mentions live. */
export function mrkdwn(text: RichText): string {
  return writeText(text, MRKDWN_MARKS, run);
}

const mrkdwnLength: Measure = (text) => mrkdwn(text).length;

/** A plain_text object: shown as it is, no emphasis, mentions as names. */
export function plain(text: RichText, max: number): types.PlainTextElement {
  return { type: 'plain_text', text: plainText(clip(text, max, plainLength), NO_MARKS) };
}

const section = (text: RichText): Block => ({ type: 'section', text: { type: 'mrkdwn', text: mrkdwn(text) } });

function buttonElement(button: Button, index: number): types.Button {
  return {
    type: 'button',
    action_id: `${COMMAND_ACTION_PREFIX}${index}`,
    text: plain(button.label, MAX_BUTTON_LABEL),
    value: clip(literal(button.command), MAX_BUTTON_VALUE),
    ...(button.style ? { style: button.style } : {}),
  };
}

/** The blocks of a card, without the 50-block limit (see renderMessage for paging). */
export function cardBlocks(card: Card): Block[] {
  const blocks: Block[] = [{ type: 'header', text: plain(card.title, MAX_HEADER) }];
  let buttonIndex = 0;
  for (const s of card.sections) {
    const text = s.heading && s.text ? richText`${strong(s.heading)}\n${s.text}` : s.heading ? strong(s.heading) : s.text;
    if (text) blocks.push(...chunk(text, MAX_SECTION_TEXT, mrkdwnLength).map(section));
    for (const fields of groups(s.fields ?? [], MAX_FIELDS)) {
      blocks.push({ type: 'section', fields: fields.map((f) => ({ type: 'mrkdwn', text: mrkdwn(clip(richText`${strong(f.label)}\n${f.value}`, MAX_FIELD_TEXT, mrkdwnLength)) })) });
    }
    for (const buttons of groups(s.buttons ?? [], MAX_BUTTONS)) {
      blocks.push({ type: 'actions', elements: buttons.map((b) => buttonElement(b, buttonIndex++)) });
    }
  }
  return blocks;
}

/** The notification text beside blocks. */
const notification = (text: RichText) => mrkdwn(clip(text, MAX_SECTION_TEXT, mrkdwnLength));

/**
 * A message as one or more Slack messages: a card longer than `maxBlocks` is split into pages,
 * each starting with the card's title and its page number; a long plain text is split at line
 * ends, each part within Slack's limit once escaped. A message of files only has none.
 */
export function renderMessage(message: Message, maxBlocks = MAX_MESSAGE_BLOCKS): SlackMessage[] {
  if (!message.card) return chunk(message.text, MAX_MESSAGE_TEXT, mrkdwnLength).map((text) => ({ text: mrkdwn(text) }));
  const [header, ...body] = cardBlocks(message.card);
  const pages = groups(body, maxBlocks - 1);
  if (pages.length <= 1) return [{ text: notification(message.text), blocks: [header!, ...(pages[0] ?? [])] }];
  const title = clip(message.card.title, MAX_HEADER - 8);
  return pages.map((blocks, i) => {
    const numbered = richText`${title} (${i + 1}/${pages.length})`;
    return { text: i === 0 ? notification(message.text) : mrkdwn(numbered), blocks: [{ type: 'header', text: plain(numbered, MAX_HEADER) }, ...blocks] };
  });
}

/** At most `max` blocks for a view that cannot be paged (App Home, modals); the cut is marked. */
export function limitBlocks(blocks: Block[], max = MAX_VIEW_BLOCKS): Block[] {
  if (blocks.length <= max) return blocks;
  return [...blocks.slice(0, max - 1), { type: 'context', elements: [{ type: 'mrkdwn', text: '…' }] }];
}
