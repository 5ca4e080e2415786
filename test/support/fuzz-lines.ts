// Command lines and console lines for fuzz tests, from a grammar built from the real command
// registry: every command's Swedish and English words and aliases, its field keys and flags, with
// values that look right for the field, values that do not, hostile text and plain garbage.
import { allCommands } from '../../src/commands/index.js';
import type { CommandSpec } from '../../src/commands/spec.js';
import { SETTINGS } from '../../src/settings/definitions.js';
import { HOSTILE } from './hostile.js';
import type { Random } from './random.js';

type Gen = (rng: Random) => string;

const pick = (items: readonly string[]): Gen => (rng) => rng.pick(items);
const oneOf = (...gens: Gen[]): Gen => (rng) => rng.pick(gens)(rng);

const PRIVATE_USE = Array.from({ length: 16 }, (_, i) => String.fromCharCode(0xe000 + i)).join('');
const HOSTILE_TEXTS = [
  ...Object.values(HOSTILE), '**x**', '[x](https://e.x)', '<!channel>', '😀👍🏽', 'rad\u2028rad\u2029slut',
  PRIVATE_USE, `a\uE000console,anna,anna,1\uE001b`, 'a=b', '=', 'x==y', '\\"', "'", '`kod`', '\u0000\u0007', '\u202Eabc',
];
const PLAIN_TEXTS = ['Boka lokal', 'Jobbklubb i mars', 'Ring TRR', 'Informationsmöte för varslade', 'x', 'Åtgärd med @erik', 'Studiebesök hos Volvo'];

const longText: Gen = (rng) => rng.pick(['å', 'x ', '😀', '<&>', 'a\u2028']).repeat(rng.pick([1001, 2500, 5000]));

/** Free text as typed: mostly quoted, sometimes with other quote marks, unterminated or bare. */
const text: Gen = (rng) => {
  const body = rng.weighted<Gen>([[6, pick(PLAIN_TEXTS)], [3, pick(HOSTILE_TEXTS)], [1, longText]])(rng);
  return rng.weighted<(s: string) => string>([
    [8, (s) => `"${s}"`], [1, (s) => `“${s}”`], [1, (s) => `„${s}“`], [1, (s) => `"${s}`], [2, (s) => s], [1, () => '""'],
  ])(body);
};

const GOOD_DATES = ['2026-12-05', '2027-01-15', '5/12', '5/12/2026', '24 dec', '5 december', '5 dec 2027', '1 jan.', 'idag', 'imorgon', 'today', 'tomorrow', 'måndag', 'fredag', 'sunday', 'igår', 'yesterday', '2026-11-01'];
const BAD_DATES = ['31/2', '2026-02-30', '2026-13-01', '0/0', '32 dec', 'snart', '2026-12-05T10:00', '99999-01-01', '5 decx', '-1/12', '1/1/0000', '2026-1-1-1', 'nästa vecka', '٣/١٢'];
const GOOD_TIMES = ['13:00', '8.00', '23:59', '00:00', '9:30'];
const BAD_TIMES = ['24:00', '12:60', '9', 'noon', '07:5', '-1:00', '1300'];
const SHORT_NUMBERS = ['1', '2', '3', '#1', '#2', '4', '5', '10'];
const BAD_NUMBERS = ['0', '-1', '#0', '#-1', '1.5', '1e3', '99999999999', '9007199254740993', '１', '٣', '0x10', '+1', '00001', '#', 'två', '1,5'];
const COUNTS = ['0', '1', '2', '5', '10', '50', '211'];
const BAD_COUNTS = ['-5', '1000000', '99999999999999999999', 'många', '12,5', '1e6', '', 'NaN', 'Infinity'];
const PEOPLE = ['@anna', '@erik', '@sara', '@nils', '@bengt', '@olle', '@främling'];
const ODD_PEOPLE = ['@', '@@anna', 'anna', '<@U123|x>', '<@UANNA>', '<at>Anna</at>', '<at id="29:x">X Y</at>', '@a.b-c_d', `@${'x'.repeat(300)}`, '@<!channel>'];
const ORGS = ['Arbetsförmedlingen', 'TRR', 'Kommunen', '"IF Metall"', 'AF', '"Okänd org"', 'Region'];
const CODES = ['K7QF2-MH4XA', 'k7qf2mh4xa', 'K7QF2M', 'K7QF2-MH4XO', '00000-00000', '-----', 'ABCDEFGHJK'];
const URLS = ['https://meet.example/abc', 'http://x.y', 'javascript:alert(1)', 'https://', 'ftp://x', `https://e.x/${'a'.repeat(600)}`];
const OPTIONS = ['"Ja|Nej|Avstår"', '"A|B"', '"A|A"', '"A||B"', '"|"', '"Bara en"', `"${Array.from({ length: 30 }, (_, i) => `O${i}`).join('|')}"`, `"${'x'.repeat(150)}|y"`];

/** Values that look right for each field (by its name in the schema), and values that do not. */
const FIELDS: Record<string, { good: Gen; bad?: Gen }> = {
  title: { good: text }, question: { good: text }, text: { good: text }, company: { good: text }, municipality: { good: text }, source: { good: pick(['TRR', 'AF', '"TSL"']) },
  affected: { good: pick(COUNTS), bad: pick(BAD_COUNTS) }, n: { good: pick(COUNTS), bad: pick(BAD_COUNTS) },
  target: { good: pick(['70', '0', '100', '55']), bad: pick(['101', '-1', '70%', '70.5']) },
  within: { good: pick(['8', '12', '1']), bad: pick(['0', '-3', '1000']) },
  hours: { good: pick(['1', '24', '168']), bad: pick(['0', '169', '-1', '1e2']) },
  kind: { good: pick(['varsel', 'konkurs', 'nedläggning', 'nedlaggning', 'Konkurs']), bad: pick(['uppsägning', 'kris', '']) },
  noticeDate: { good: pick(GOOD_DATES), bad: pick(BAD_DATES) }, due: { good: pick(GOOD_DATES), bad: pick(BAD_DATES) },
  closes: { good: pick(GOOD_DATES), bad: pick(BAD_DATES) }, date: { good: pick(GOOD_DATES), bad: pick(BAD_DATES) },
  until: { good: pick(GOOD_DATES), bad: pick(BAD_DATES) }, from: { good: pick(GOOD_DATES), bad: pick(BAD_DATES) }, to: { good: pick(GOOD_DATES), bad: pick(BAD_DATES) },
  participants: { good: pick(COUNTS), bad: pick(BAD_COUNTS) }, exhibitors: { good: pick(COUNTS), bad: pick(BAD_COUNTS) }, pupils: { good: pick(COUNTS), bad: pick(BAD_COUNTS) }, note: { good: text },
  time: { good: pick(GOOD_TIMES), bad: pick(BAD_TIMES) },
  when: { good: (rng) => `${rng.pick(GOOD_DATES)} ${rng.pick(GOOD_TIMES)}`, bad: (rng) => `${rng.pick([...GOOD_DATES, ...BAD_DATES])} ${rng.pick(BAD_TIMES)}` },
  org: { good: pick(ORGS) }, person: { good: pick(PEOPLE), bad: pick(ODD_PEOPLE) }, owner: { good: pick(PEOPLE), bad: pick(ODD_PEOPLE) },
  code: { good: pick(CODES) },
  number: { good: pick(SHORT_NUMBERS), bad: pick(BAD_NUMBERS) }, item: { good: pick(SHORT_NUMBERS), bad: pick(BAD_NUMBERS) }, poll: { good: pick(SHORT_NUMBERS), bad: pick(BAD_NUMBERS) },
  role: { good: pick(['ledare', 'medlem', 'observatör', 'leader', 'member', 'observer']), bad: pick(['chef', 'admin', 'LEDARE']) },
  filter: { good: pick(['mina', 'försenade', 'alla', 'mine', 'overdue', 'all']), bad: pick(['några', 'ALLA']) },
  status: { good: pick(['pågår', 'klar', 'avbruten', 'in_progress', 'done', 'cancelled']), bad: pick(['färdig', 'open']) },
  base: { good: pick(['varslade', 'uppsagda', 'inskrivna']), bad: pick(['alla', 'berörda']) },
  per: { good: pick(['organisation', 'organization', 'org', 'medlem']), bad: pick(['person', 'kommun']) },
  options: { good: pick(OPTIONS) }, option: { good: pick(['1', '2', '3', 'Ja', 'Nej', 'Avstår', 'A', '"Vet ej"']), bad: pick(BAD_NUMBERS) },
  link: { good: pick(URLS) }, meeting: { good: oneOf(pick(SHORT_NUMBERS), pick(GOOD_DATES)), bad: oneOf(pick(BAD_NUMBERS), pick(BAD_DATES)) },
  place: { good: text },
  topic: { good: (rng) => rng.pick(allCommands).words.sv, bad: pick(['okänt', 'hjälp hjälp', '?']) },
  permanent: { good: pick(COUNTS), bad: pick(BAD_COUNTS) }, fixedTerm: { good: pick(COUNTS), bad: pick(BAD_COUNTS) }, ownBusiness: { good: pick(COUNTS), bad: pick(BAD_COUNTS) },
  studies: { good: pick(COUNTS), bad: pick(BAD_COUNTS) }, pension: { good: pick(COUNTS), bad: pick(BAD_COUNTS) }, programme: { good: pick(COUNTS), bad: pick(BAD_COUNTS) },
  seeking: { good: pick(COUNTS), bad: pick(BAD_COUNTS) }, sick: { good: pick(COUNTS), bad: pick(BAD_COUNTS) }, declined: { good: pick(COUNTS), bad: pick(BAD_COUNTS) },
  other: { good: pick(COUNTS), bad: pick(BAD_COUNTS) },
  present: { good: (rng) => [rng.pick(PEOPLE), rng.pick(PEOPLE)].join(','), bad: pick([...ODD_PEOPLE, '@anna,', ',@erik', '@anna,,@erik', '@anna,erik']) },
  absent: { good: pick(PEOPLE), bad: pick(ODD_PEOPLE) }, standin: { good: pick(PEOPLE), bad: pick(ODD_PEOPLE) }, for: { good: pick(PEOPLE), bad: pick(ODD_PEOPLE) },
  first: { good: pick(PEOPLE), bad: pick(ODD_PEOPLE) }, second: { good: pick(PEOPLE), bad: pick(ODD_PEOPLE) },
  guest: { good: oneOf(text, pick(['"Lena Lind, Almi"', '"A, B; C"', '";;"', '","'])) },
  version: { good: pick(['1', '2']), bad: pick(BAD_NUMBERS) },
  platform: { good: pick(['slack', 'teams', 'senast', 'last']), bad: pick(['discord', 'SLACK!', '']) },
  projectLeader: { good: pick(PEOPLE), bad: pick(ODD_PEOPLE) },
  state: { good: pick(['på', 'av', 'on', 'off']), bad: pick(['kanske', 'PÅ!', 'ja']) }, description: { good: text }, contact: { good: text },
};

/** Where one command's field differs from the field of that name elsewhere. */
const OVERRIDES: Record<string, Record<string, { good: Gen; bad?: Gen }>> = {
  agenda_move: { place: { good: pick(['1', '2', '3']), bad: pick(BAD_NUMBERS) } },
};

const SETTING_VALUES: Record<string, Gen> = {
  digestDay: pick(['måndag', 'friday', 'söndag', 'mån', '8']), digestTime: pick([...GOOD_TIMES, ...BAD_TIMES]), reminderTime: pick([...GOOD_TIMES, ...BAD_TIMES]),
  agendaHours: pick(['24', '1', '168', '0', '169']), figuresDays: pick(['30', '7', '365', '6', '366']), threshold: pick(['0', '3', '10', '11', '-1']),
  language: pick(['sv', 'en', 'engelska', 'fr']), timeZone: pick(['Europe/Stockholm', 'UTC', 'America/New_York', 'Mars/Base', 'europe/stockholm', '../../etc']),
};

const GARBAGE_WORDS = [
  ...allCommands.flatMap((c) => [c.words.sv, c.words.en, ...(c.aliases ?? [])]), ...allCommands.flatMap((c) => Object.values(c.fields ?? {}).map((f) => `${f.sv}=`)),
  ...HOSTILE_TEXTS, ...BAD_NUMBERS, ...BAD_DATES, '/samverkan', '"', '=', '==', '@', '#', ':', 'null', 'undefined', '{}', '[]', '\t', '\\',
];

/** The words of a command: Swedish, English or an alias, now and then in capitals or with /samverkan. */
function words(rng: Random, spec: CommandSpec): string {
  const w = rng.pick([spec.words.sv, spec.words.en, ...(spec.aliases ?? [])]);
  const shaped = rng.chance(0.08) ? w.toUpperCase() : w;
  return rng.chance(0.1) ? `/samverkan ${shaped}` : shaped;
}

function value(rng: Random, spec: CommandSpec, field: string, good: boolean): string {
  const gens = OVERRIDES[spec.id]?.[field] ?? FIELDS[field];
  if (!gens) throw new Error(`no values for field ${spec.id}.${field}: add them to FIELDS`);
  if (good || rng.chance(0.3)) return gens.good(rng);
  return rng.chance(0.6) && gens.bad ? gens.bad(rng) : rng.pick(GARBAGE_WORDS);
}

function keyOf(rng: Random, spec: CommandSpec, field: string): string {
  const f = spec.fields![field]!;
  return rng.pick([f.sv, f.en, ...(f.aliases ?? [])]);
}

/** The setting command: a known setting with a value of its kind, mostly. */
function settingArgs(rng: Random, good: boolean): string[] {
  if (rng.chance(0.2)) return [];
  const [id, spec] = rng.pick(Object.entries(SETTINGS));
  const name = good ? rng.pick([spec.words.sv, spec.words.en, ...(spec.aliases ?? [])]) : rng.pick(GARBAGE_WORDS);
  return rng.chance(0.15) ? [name] : [name, SETTING_VALUES[id]!(rng)];
}

/** Small damage to a list of tokens: a word inserted, doubled, dropped or moved; an unknown key; a stray `=`. */
function mutate(rng: Random, parts: string[]): void {
  for (let n = rng.int(1, 3); n > 0; n--) {
    const at = rng.int(1, parts.length);
    rng.weighted<() => void>([
      [3, () => parts.splice(at, 0, rng.pick(GARBAGE_WORDS))],
      [2, () => parts.length > 1 && parts.splice(at, 0, parts[rng.int(1, parts.length - 1)]!)],
      [2, () => parts.length > 1 && parts.splice(rng.int(1, parts.length - 1), 1)],
      [1, () => parts.push('färg=blå')],
      [1, () => parts.splice(at, 0, rng.pick(['=', 'a=', '=b', 'x="', '=""']))],
      [1, () => parts.push(text(rng))],
    ])();
  }
}

/** A command line for `spec`: its words and fields, mostly well formed when `good`. */
export function commandLineFor(rng: Random, spec: CommandSpec, good: boolean): string {
  const parts = [words(rng, spec)];
  if (spec.id === 'setting') parts.push(...settingArgs(rng, good));
  else {
    for (const field of spec.positional ?? []) if (rng.chance(good ? 0.9 : 0.6)) parts.push(value(rng, spec, field, good));
    for (const field of Object.keys(spec.fields ?? {})) {
      if (spec.flags?.includes(field)) {
        if (rng.chance(0.3)) parts.push(keyOf(rng, spec, field));
      } else if (!spec.positional?.includes(field) ? rng.chance(good ? 0.75 : 0.4) : rng.chance(0.05)) {
        parts.push(`${keyOf(rng, spec, field)}=${value(rng, spec, field, good)}`);
      }
    }
  }
  if (!good || rng.chance(0.1)) mutate(rng, parts);
  return parts.join(rng.chance(0.05) ? '  ' : ' ');
}

/** Closing a case or removing people ends most of a run's variety: those are rarer. */
const RARE = new Set(['case_close', 'member_remove', 'case_unlink']);
const WEIGHTED = allCommands.map((c) => [RARE.has(c.id) ? 0.15 : 1, c] as const);

/** A command line: any registered command, well formed two times in three; or garbage. */
export function commandLine(rng: Random, extra: { codes?: readonly string[] } = {}): string {
  if (rng.chance(0.06)) return Array.from({ length: rng.int(1, 6) }, () => rng.pick(GARBAGE_WORDS)).join(' ');
  if (extra.codes?.length && rng.chance(0.03)) return `${rng.pick(['ärende koppla', 'case link'])} ${rng.pick(extra.codes)}`;
  return commandLineFor(rng, rng.weighted(WEIGHTED), rng.chance(0.65));
}

export interface ConsoleFuzzState {
  /** The virtual clock now. */
  now: Date;
  /** Join codes the leaders were sent. */
  codes: string[];
  /** The group's channel, and the channel whose link waits for approval. */
  home: string;
  pending: string;
}

// Mostly the group at work in its channel, so that lines find the case, its actions and polls;
// strangers and other channels often enough to meet every refusal.
const SPEAKERS = [[4, 'anna'], [4, 'erik'], [1, 'sara'], [0.5, 'nils'], [0.5, 'bengt'], [0.5, 'olle'], [0.5, 'främling']] as const;
const channels = (state: ConsoleFuzzState) => [[8, state.home], [1, state.pending], [1, 'ny-kanal'], [1, 'andra-kanalen']] as const;

/** A console line: a command by the current user or by `@someone`, a channel switch, a clock move, or a broken line. */
export function consoleLine(rng: Random, state: ConsoleFuzzState): string {
  return rng.weighted<() => string>([
    [45, () => commandLine(rng, state)],
    [35, () => `@${rng.weighted(SPEAKERS)} ${commandLine(rng, state)}`],
    [6, () => `#${rng.weighted(channels(state))}`],
    [4, () => `:clock ${clockValue(new Date(state.now.getTime() + rng.pick([1, 5, 30, 60, 240, 1440, 4320]) * 60_000), rng)}`],
    [2, () => rng.pick([':clock', ':clock igår', ':clock 2020-01-01T00:00', ':clock 2026-02-30T10:00', ':clockwork', ':x', '#', '#a b', '# samverkan', '#😀', '@anna', '@ hjälp', '//kommentar', '   ', ''])],
  ])();
}

/** A clock value in one of the forms the console reads: local time, UTC or an offset. */
function clockValue(at: Date, rng: Random): string {
  const iso = at.toISOString().slice(0, 16);
  return rng.weighted<() => string>([
    [2, () => `${iso}Z`],
    [1, () => `${iso}:00+00:00`],
    [2, () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' }).format(at).replace(' ', 'T')],
  ])();
}
