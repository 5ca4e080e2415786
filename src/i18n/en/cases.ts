import type { Translation } from '../types.js';
import type { cases as sv } from '../sv/cases.js';

export const cases: Translation<typeof sv> = {
  'case.created': 'The case "{title}" is created and this channel is linked to it. You are its project leader.\nLink more channels, on Slack or Teams too, with `case link {code}`.',
  'case.channel_taken': 'This channel already belongs to the case "{title}". Nothing was changed.',
  'case.bad_code': 'No open case has the code {code}. Ask the project leader: `case show` lists it. Nothing was changed.',
  'case.linked': '{name} linked {channel} on {platform} to the case "{title}". Posts go to every linked channel and votes count in the same poll.',
  'case.field.company': 'Company',
  'case.field.municipality': 'Municipality',
  'case.field.kind': 'Kind',
  'case.field.affected': 'People affected',
  'case.field.target': 'Target',
  'case.field.notice_date': 'Notice date',
  'case.field.code': 'Join code',
  'case.field.channels': 'Channels',
  'case.field.members': 'Members',
  'case.field.status': 'Status',
  'case.target': '{percent} % in new occupation within {months} months',
  'case.target_no_months': '{percent} % in new occupation',
  'case.status.open': 'open',
  'case.status.closed': 'closed',
  'case.button.members': 'Members',
  'case.button.help': 'Help',
  'case.closed_by': '{actor} closed the case "{title}". It can still be shown but no longer changed.',
  'cmd.case_close.summary': 'closes the case: it can be shown but no longer changed',
  'cmd.case_close.usage': 'case close',
  'cmd.case_close.example': 'case close',
} as const;
