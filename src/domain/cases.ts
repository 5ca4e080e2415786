// Rules about cases that need no storage.
import { randomInt } from 'node:crypto';

export type CaseKind = 'varsel' | 'konkurs' | 'nedlaggning';

/** The words that select each kind, Swedish first, then English. */
export const CASE_KIND_WORDS: Record<CaseKind, readonly string[]> = {
  varsel: ['varsel', 'notice', 'redundancy'],
  konkurs: ['konkurs', 'bankruptcy'],
  nedlaggning: ['nedläggning', 'closure', 'nedlaggning'],
};

// No 0/O, 1/I/L: codes are read aloud and typed from paper.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newJoinCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}
