import type { Translation } from '../types.js';
import type { consoleTexts as sv } from '../sv/console.js';

export const consoleTexts: Translation<typeof sv> = {
  'console.bad_clock': 'Write the time as :clock 2026-12-07T08:00 (local time) or with an offset, e.g. 2026-12-07T08:00+01:00.',
  'console.clock_backwards': 'The clock only moves forward; it is now {now}.',
  'console.clock_moved': 'The clock is now {now}.',
  'console.channel': 'Now in channel #{channel}.',
  'console.bad_line': 'Type a command (e.g. help), @name followed by a command, #channel or :clock <time>.',
};
