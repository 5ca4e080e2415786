import type { Card, Message } from '../core/message.js';

/** The plain-text fallback of a card; buttons become the commands they stand for. */
export function cardToText(card: Card): string {
  const lines = [`*${card.title}*`];
  for (const section of card.sections) {
    if (section.heading) lines.push('', section.heading);
    if (section.text) lines.push(section.text);
    for (const field of section.fields ?? []) lines.push(`${field.label}: ${field.value}`);
    if (section.buttons?.length) lines.push(section.buttons.map((b) => `[${b.label}: ${b.command}]`).join(' '));
  }
  return lines.join('\n');
}

export function cardMessage(card: Card, lead?: string): Message {
  return { text: lead ? `${lead}\n${cardToText(card)}` : cardToText(card), card };
}
