import type { Translation } from '../types.js';
import type { teams as sv } from '../sv/teams.js';

export const teams: Translation<typeof sv> = {
  'teams.welcome': 'Hi! I am Samverkan, the collaboration group\'s bot. Mention me followed by a command, for example `@Samverkan help`, or write to me directly in a chat. Create a case with `case new` or link this channel to an existing one with `case link <code>`.',
};
