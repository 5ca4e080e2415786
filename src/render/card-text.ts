import type { Card, Message } from '../core/message.js';
import { joinRich, literal, richText, strong, type RichText } from '../text/rich.js';

/** The whole-message version of a card; buttons become the commands they stand for. */
export function cardToText(card: Card): RichText {
  const lines: string[] = [strong(card.title)];
  for (const section of card.sections) {
    if (section.heading) lines.push('', section.heading);
    if (section.text) lines.push(section.text);
    for (const field of section.fields ?? []) lines.push(richText`${field.label}: ${field.value}`);
    if (section.buttons?.length) lines.push(joinRich(section.buttons.map((b) => richText`[${b.label}: ${literal(b.command)}]`), ' '));
  }
  return joinRich(lines, '\n');
}

export function cardMessage(card: Card, lead?: RichText): Message {
  return { text: lead ? richText`${lead}\n${cardToText(card)}` : cardToText(card), card };
}
