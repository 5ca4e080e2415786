// The private-use code points the bot reserves for in-band marks in neutral text: a mention token
// and the bot's own emphasis. Incoming user text is stripped of the whole reserved range, so a
// user can neither forge a mention nor give text the bot's emphasis.
export const MENTION_OPEN = '\uE000';
export const MENTION_CLOSE = '\uE001';
export const STRONG_OPEN = '\uE002';
export const STRONG_CLOSE = '\uE003';
export const CODE_OPEN = '\uE004';
export const CODE_CLOSE = '\uE005';
/** Preformatted lines (a monospaced table). */
export const PRE_OPEN = '\uE006';
export const PRE_CLOSE = '\uE007';

/** The marks of each emphasis, opening and closing. */
export const STYLE_MARKS = {
  strong: [STRONG_OPEN, STRONG_CLOSE],
  code: [CODE_OPEN, CODE_CLOSE],
  pre: [PRE_OPEN, PRE_CLOSE],
} as const;

const RESERVED = /[\uE000-\uE00F]/g;

/** Text from outside (typed, a platform's display name) without any reserved code point. */
export function stripReserved(text: string): string {
  return text.replace(RESERVED, '');
}
