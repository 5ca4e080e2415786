export const timeTexts = {
  'when.datetime': '{weekday} {date} kl. {time}',
  'when.weekday.1': 'måndag',
  'when.weekday.2': 'tisdag',
  'when.weekday.3': 'onsdag',
  'when.weekday.4': 'torsdag',
  'when.weekday.5': 'fredag',
  'when.weekday.6': 'lördag',
  'when.weekday.7': 'söndag',
} as const;
