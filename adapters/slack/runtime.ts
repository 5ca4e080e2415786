// What the Slack listeners share.
import type { Bot } from '../../src/bot.js';
import type { Clock } from '../../src/clock.js';
import type { CommandRegistry } from '../../src/commands/registry.js';
import { LOCALES, translator, type Locale, type Translate } from '../../src/i18n/index.js';
import type { Logger } from '../../src/logger.js';
import type { Db } from '../../src/store/client.js';
import type { SlackProfile } from './api.js';
import type { SlackDelivery } from './delivery.js';
import type { SlackPeople } from './people.js';
import type { ReplyFiles } from './reply-files.js';
import type { SlackApis } from './tokens.js';

/** The core's parts the adapter is given. */
export interface CoreParts {
  bot: Bot;
  db: Db;
  clock: Clock;
  logger: Logger;
  registry: CommandRegistry;
  defaultLocale: Locale;
}

export interface SlackRuntime extends CoreParts {
  /** The Web API calls of each workspace the app is installed in. */
  apis: SlackApis;
  people: SlackPeople;
  delivery: SlackDelivery;
  /** Uploads of the files of replies to users' DMs. */
  replyFiles: ReplyFiles;
  /** How long a form submission may take before the modal is closed without waiting for it. */
  ackDeadlineMs: number;
}

/** The adapter's own texts follow the user's Slack language, else the default. */
export function translatorFor(rt: SlackRuntime, profile: SlackProfile): { locale: Locale; t: Translate } {
  const locale = LOCALES.find((l) => profile.locale?.toLowerCase().startsWith(l)) ?? rt.defaultLocale;
  return { locale, t: translator(locale) };
}
