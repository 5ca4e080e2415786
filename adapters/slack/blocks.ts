// Neutral Message/Card → Block Kit, as a pure function. Slack's limits shape it: at most 50 blocks
// in a message (longer cards become several messages, "pages"), 10 fields in a section, 3000
// characters of section text, 2000 per field, 25 buttons in an actions block.
import type { types } from '@slack/bolt';
import type { Button, Card, Message } from '../../src/core/message.js';
import { chunkText, clip, groups } from '../../src/render/split.js';

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

// Slack's own tokens (<@U123>, <#C123|x>, <!here>, <https://…|x>) stay; any other <, > and & are
// escaped as Slack asks for mrkdwn text.
const SLACK_TOKEN = /<(?:[@#!][^<>\s][^<>]*|(?:https?|mailto):[^<>\s]+)>/g;

export function mrkdwn(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(SLACK_TOKEN)) {
    out += escape(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + escape(text.slice(last));
}

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });

function buttonElement(button: Button, index: number): types.Button {
  return {
    type: 'button',
    action_id: `${COMMAND_ACTION_PREFIX}${index}`,
    text: { type: 'plain_text', text: clip(button.label, MAX_BUTTON_LABEL) },
    value: clip(button.command, MAX_BUTTON_VALUE),
    ...(button.style ? { style: button.style } : {}),
  };
}

/** The blocks of a card, without the 50-block limit (see renderMessage for paging). */
export function cardBlocks(card: Card): Block[] {
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: clip(card.title, MAX_HEADER) } }];
  let buttonIndex = 0;
  for (const s of card.sections) {
    const text = [s.heading ? `*${mrkdwn(s.heading)}*` : '', s.text ? mrkdwn(s.text) : ''].filter(Boolean).join('\n');
    if (text) blocks.push(...chunkText(text, MAX_SECTION_TEXT).map(section));
    for (const fields of groups(s.fields ?? [], MAX_FIELDS)) {
      blocks.push({ type: 'section', fields: fields.map((f) => ({ type: 'mrkdwn', text: clip(`*${mrkdwn(f.label)}*\n${mrkdwn(f.value)}`, MAX_FIELD_TEXT) })) });
    }
    for (const buttons of groups(s.buttons ?? [], MAX_BUTTONS)) {
      blocks.push({ type: 'actions', elements: buttons.map((b) => buttonElement(b, buttonIndex++)) });
    }
  }
  return blocks;
}

/**
 * A message as one or more Slack messages: a card longer than `maxBlocks` is split into pages,
 * each starting with the card's title and its page number; a long plain text is split at line
 * ends. A message of files only has none.
 */
export function renderMessage(message: Message, maxBlocks = MAX_MESSAGE_BLOCKS): SlackMessage[] {
  if (!message.card) return message.text.trim() ? chunkText(message.text, MAX_MESSAGE_TEXT).map((text) => ({ text: mrkdwn(text) })) : [];
  const [header, ...body] = cardBlocks(message.card);
  const pages = groups(body, maxBlocks - 1);
  if (pages.length <= 1) return [{ text: clip(mrkdwn(message.text), MAX_SECTION_TEXT), blocks: [header!, ...(pages[0] ?? [])] }];
  const title = clip(message.card.title, MAX_HEADER - 8);
  return pages.map((blocks, i) => {
    const numbered = `${title} (${i + 1}/${pages.length})`;
    return { text: i === 0 ? clip(mrkdwn(message.text), MAX_SECTION_TEXT) : mrkdwn(numbered), blocks: [{ type: 'header', text: { type: 'plain_text', text: numbered } }, ...blocks] };
  });
}

/** At most `max` blocks for a view that cannot be paged (App Home, modals); the cut is marked. */
export function limitBlocks(blocks: Block[], max = MAX_VIEW_BLOCKS): Block[] {
  if (blocks.length <= max) return blocks;
  return [...blocks.slice(0, max - 1), { type: 'context', elements: [{ type: 'mrkdwn', text: '…' }] }];
}
