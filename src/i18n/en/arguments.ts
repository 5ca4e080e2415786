import type { Translation } from '../types.js';
import type { argumentTexts as sv } from '../sv/arguments.js';

export const argumentTexts: Translation<typeof sv> = {
  'arg.time': 'write a time such as 13:00, not "{value}"',
  'arg.time_missing': 'give a time as well, for example "{value} 13:00"',
  'arg.time_without_date': 'a time needs a date: write closes=<date> <time>, for example closes=friday 16:00',
  'arg.time_twice': 'the time is given twice; give it once',
  'arg.options_count': 'write {min} to {max} options separated by |, for example "Yes|No|Abstain", not "{value}"',
  'arg.options_duplicate': 'the option "{value}" appears twice',
  'arg.link': 'write a web address starting with https://, not "{value}"',
  'arg.meeting': 'give the meeting\'s number (such as 2) or day (such as 2026-12-01), not "{value}"',
};
