// Rules about cases that need no storage.
export type CaseKind = 'varsel' | 'konkurs' | 'nedlaggning';

/**
 * A konkurs has no notice (varsel): its date is the bankruptcy's, and its affected are those the
 * bankruptcy concerns, not "people given notice". Texts about the start of a case follow this.
 */
export function isBankruptcy(kind: string): boolean {
  return kind === 'konkurs';
}

/** The words that select each kind, Swedish first, then English. */
export const CASE_KIND_WORDS: Record<CaseKind, readonly string[]> = {
  varsel: ['varsel', 'notice', 'redundancy'],
  konkurs: ['konkurs', 'bankruptcy'],
  nedlaggning: ['nedläggning', 'closure', 'nedlaggning'],
};
