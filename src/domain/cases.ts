// Rules about cases that need no storage.
export type CaseKind = 'varsel' | 'konkurs' | 'nedlaggning';

/** The words that select each kind, Swedish first, then English. */
export const CASE_KIND_WORDS: Record<CaseKind, readonly string[]> = {
  varsel: ['varsel', 'notice', 'redundancy'],
  konkurs: ['konkurs', 'bankruptcy'],
  nedlaggning: ['nedläggning', 'closure', 'nedlaggning'],
};
