export const consoleTexts = {
  'console.bad_clock': 'Skriv tiden som :clock 2026-12-07T08:00 (lokal tid) eller med tidszon, t.ex. 2026-12-07T08:00+01:00.',
  'console.clock_backwards': 'Klockan kan bara flyttas framåt; den står på {now}.',
  'console.clock_moved': 'Klockan står nu på {now}.',
  'console.channel': 'Nu i kanalen #{channel}.',
  'console.bad_line': 'Skriv ett kommando (t.ex. hjälp), @namn följt av ett kommando, #kanal eller :clock <tid>.',
} as const;
