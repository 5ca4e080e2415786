// Recognising the bot's answers by their catalogue key: a refusal (the command changed nothing)
// and a failure that is not the user's (the internal-error and storage texts).
import { catalogues, type MessageKey } from '../../src/i18n/catalogue.js';
import type { Locale } from '../../src/i18n/index.js';

const LOCALES: Locale[] = ['sv', 'en'];

/** The text of a catalogue key as printed, with anything in its {placeholders}. */
export function messagePattern(key: MessageKey, locale: Locale = 'sv'): RegExp {
  const parts = catalogues[locale][key].split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*?')}$`);
}

const NOTHING_CHANGED = /inget har ändrats|nothing (was|has been) changed/i;

/**
 * Refusals: every text that says nothing was changed, and the refusals that do not say it (a
 * line that is no command, a channel without a case, a meeting that is not there, the console's
 * own notes).
 */
export const REFUSAL_KEYS: readonly MessageKey[] = [
  ...(Object.keys(catalogues.sv) as MessageKey[]).filter((key) => NOTHING_CHANGED.test(catalogues.sv[key])),
  'error.unknown_command', 'error.empty', 'error.unterminated_quote', 'error.no_case',
  'meeting.none_on_day', 'meeting.several_on_day', 'minutes.no_meeting',
  'console.bad_line', 'console.bad_clock', 'console.clock_backwards',
];

const REFUSALS = REFUSAL_KEYS.flatMap((key) => LOCALES.map((locale) => ({ key, pattern: messagePattern(key, locale) })));

/** The refusal key a text is, if it is one. */
export function refusalKey(text: string): MessageKey | undefined {
  return REFUSALS.find((r) => r.pattern.test(text))?.key;
}

const FAILURES = new Set(LOCALES.flatMap((locale) => [catalogues[locale]['error.internal'], catalogues[locale]['error.storage']]));

/** The internal-error or storage-error text, in either language: never the answer to a well-run line. */
export const isFailure = (text: string): boolean => FAILURES.has(text.trim());
