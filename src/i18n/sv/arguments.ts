// Problems with the argument types of polls, meetings and the agenda (src/commands/args.ts).
export const argumentTexts = {
  'arg.time': 'skriv en tid som 13:00, inte "{value}"',
  'arg.time_missing': 'ange också en tid, till exempel "{value} 13:00"',
  'arg.time_without_date': 'en tid behöver ett datum: skriv stänger=<datum> <tid>, till exempel stänger=fredag 16:00',
  'arg.time_twice': 'tiden står två gånger; skriv den en gång',
  'arg.options_count': 'skriv {min} till {max} alternativ åtskilda med |, till exempel "Ja|Nej|Avstår", inte "{value}"',
  'arg.options_duplicate': 'alternativet "{value}" finns två gånger',
  'arg.link': 'skriv en webbadress som börjar med https://, inte "{value}"',
  'arg.meeting': 'ange mötets nummer (som 2) eller dag (som 2026-12-01), inte "{value}"',
} as const;
