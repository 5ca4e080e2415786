// Printed texts that several console tests expect in full.

/** The card of a new job-fair poll in the usual group, from its title to its buttons. */
export function freshFairCard(closes: string): string[] {
  return [
    '*Omröstning #1: Ska vi ordna en framtidsmässa i mars?*',
    `Stänger ${closes}.`,
    '1. Ja: 0 röster',
    '2. Nej: 0 röster',
    '3. Avstår: 0 röster',
    '0 av 3 har röstat. Inte röstat än: anna, erik, sara.',
    'Rösta med knapparna eller `rösta 1 <alternativ>`.',
    '[Ja: rösta 1 1] [Nej: rösta 1 2] [Avstår: rösta 1 3]',
  ];
}

/** The minutes' draft note and attendees of the usual group (anna, erik, sara, and any others). */
export function minutesAttendees(made: string, others: string[] = []): string[] {
  return [
    `*Utkast skapat ${made}. Minnesanteckningar kan bli allmänna handlingar: nämn aldrig en enskild berörd person.*`,
    '',
    '## Deltagare',
    'Samverkansgruppens medlemmar vid mötet; stryk den som inte var med.',
    '- **IF Metall:** sara',
    '- **Tingsryds kommun:** anna (ledare)',
    '- **TRR:** erik',
    ...others,
  ];
}
