import type { Translation } from '../types.js';
import type { timeTexts as sv } from '../sv/time.js';

export const timeTexts: Translation<typeof sv> = {
  'when.datetime': '{weekday} {date} at {time}',
  'when.weekday.1': 'Monday',
  'when.weekday.2': 'Tuesday',
  'when.weekday.3': 'Wednesday',
  'when.weekday.4': 'Thursday',
  'when.weekday.5': 'Friday',
  'when.weekday.6': 'Saturday',
  'when.weekday.7': 'Sunday',
};
