import type { Translation } from '../types.js';
import type { home as sv } from '../sv/home.js';

export const home: Translation<typeof sv> = {
  'home.title': 'Samverkan – your overview',
  'home.none': 'You are not in any open case yet. Type `/samverkan help` in the group\'s channel to get started.',
  'home.actions': 'My open actions',
  'home.no_actions': 'No open actions.',
  'home.action': '#{number} {text} – due {due}',
  'home.overdue': '(overdue)',
  'home.polls': 'Open polls',
  'home.no_polls': 'No open polls.',
  'home.poll': '#{number} {question}',
  'home.poll_closes': 'closes {when}',
  'home.voted': 'you have voted',
  'home.not_voted': 'you have not voted',
  'home.more': '… and {count} more',
  'home.meeting': 'Next meeting',
  'home.no_meeting': 'No meeting planned.',
};
