// The words of the action commands, shared by their specs and by the card's buttons, which carry
// the typed command that does the same.
export const ACTION_WORDS = {
  new: { sv: 'åtgärd ny', en: 'action new' },
  list: { sv: 'åtgärd lista', en: 'action list' },
  status: { sv: 'åtgärd status', en: 'action status' },
  done: { sv: 'åtgärd klar', en: 'action done' },
  move: { sv: 'åtgärd flytta', en: 'action move' },
  comment: { sv: 'åtgärd kommentar', en: 'action comment' },
  edit: { sv: 'åtgärd ändra', en: 'action edit' },
  show: { sv: 'åtgärd visa', en: 'action show' },
} as const;
