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

/** The minutes' draft note and attendance of the usual group (anna, erik, sara, and any others), none recorded. */
export function minutesAttendees(made: string, others: string[] = [], meeting = 1): string[] {
  return [
    `**Utkast – ej justerat. Skapat ${made}. Minnesanteckningar kan bli allmänna handlingar: nämn aldrig en enskild berörd person.**`,
    `*Inga justerare utsedda än (\`protokoll justerare ${meeting} @namn\`).*`,
    '',
    '## Närvaro',
    `Närvaron är inte noterad (\`möte närvaro ${meeting} närvarande=@namn,@namn\`).`,
    '### Medlemmar utan noterad närvaro',
    '- **IF Metall:** sara',
    '- **Tingsryds kommun:** anna (ledare)',
    '- **TRR:** erik',
    ...others,
  ];
}
