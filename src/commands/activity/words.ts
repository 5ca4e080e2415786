// The words of the activity commands, shared by their specs and by the card's buttons, which carry
// the typed command that does the same.
export const ACTIVITY_WORDS = {
  new: { sv: 'aktivitet ny', en: 'activity new' },
  list: { sv: 'aktivitet lista', en: 'activity list' },
  show: { sv: 'aktivitet visa', en: 'activity show' },
  result: { sv: 'aktivitet resultat', en: 'activity result' },
  cancel: { sv: 'aktivitet ställ in', en: 'activity cancel' },
} as const;

/** The field that names an activity by its number. */
export const ACTIVITY_FIELD = { sv: 'nr', en: 'nr' } as const;
