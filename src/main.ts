// Composition root: config → store → bot → adapter. The only file in src/ that may import adapters/.
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { runConsole } from '../adapters/console/run.js';
import { consoleScheduling } from '../adapters/console/scheduling.js';
import { ConsoleSession } from '../adapters/console/session.js';
import { Bot } from './bot.js';
import { ManualClock } from './clock.js';
import { allCommands } from './commands/index.js';
import { CommandRegistry } from './commands/registry.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import { openDb } from './store/client.js';
import { migrate } from './store/migrations.js';

function readConfig(): Config {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    return loadConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const config = readConfig();
  // The console owns the terminal, so it only hears about warnings unless asked for more.
  const logger = createLogger(config.LOG_LEVEL ?? 'warn');
  const applied = await migrate(config.DATABASE_URL);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const db = await openDb(config.DATABASE_URL);
  const registry = new CommandRegistry(allCommands);
  const clock = new ManualClock(new Date());
  const bot = new Bot({ db, clock, logger, registry, defaultLocale: config.DEFAULT_LOCALE, defaultTimeZone: config.DEFAULT_TIME_ZONE });
  const scheduling = consoleScheduling({ db, clock, logger });
  const session = new ConsoleSession({ bot, clock, user: config.CONSOLE_USER, channel: config.CONSOLE_CHANNEL, locale: config.DEFAULT_LOCALE, timeZone: config.DEFAULT_TIME_ZONE, ...scheduling });
  const stop = Promise.race([once(process, 'SIGTERM'), once(process, 'SIGINT')]).then(() => logger.info('signal received, finishing the current line'));
  logger.info({ adapter: 'console', startupMs: Math.round(performance.now() - started) }, 'ready');
  await runConsole({ session, input: process.stdin, output: process.stdout, format: config.CONSOLE_FORMAT, stop });
  await db.$disconnect();
  logger.info('stopped');
  process.exit(0);
}

await main();
