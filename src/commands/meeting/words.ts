// The words of the meeting commands, shared by their specs and by the card's buttons, which carry
// the typed command that does the same.
export const MEETING_WORDS = {
  new: { sv: 'möte ny', en: 'meeting new' },
  show: { sv: 'möte visa', en: 'meeting show' },
  move: { sv: 'möte flytta', en: 'meeting move' },
  cancel: { sv: 'möte ställ in', en: 'meeting cancel' },
} as const;

/** The word that confirms cancelling (a button asks for it, so one click cancels nothing). */
export const CONFIRM_FIELD = { sv: 'bekräfta', en: 'confirm', aliases: ['bekrafta'] } as const;
