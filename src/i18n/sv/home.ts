// The personal overview (Slack's App Home tab).
export const home = {
  'home.title': 'Samverkan – din översikt',
  'home.none': 'Du är inte med i något öppet ärende ännu. Skriv `/samverkan hjälp` i gruppens kanal för att komma igång.',
  'home.actions': 'Mina öppna åtgärder',
  'home.no_actions': 'Inga öppna åtgärder.',
  'home.action': '#{number} {text} – senast {due}',
  'home.overdue': '(försenad)',
  'home.polls': 'Öppna omröstningar',
  'home.no_polls': 'Inga öppna omröstningar.',
  'home.poll': '#{number} {question}',
  'home.poll_closes': 'stänger {when}',
  'home.voted': 'du har röstat',
  'home.not_voted': 'du har inte röstat',
  'home.more': '… och {count} till',
  'home.meeting': 'Nästa möte',
  'home.no_meeting': 'Inget möte planerat.',
} as const;
