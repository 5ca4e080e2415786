// Composition root: config → store → bot → adapter. The only file in src/ that may import adapters/.
// With SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET set it serves Slack (HTTP on PORT, or Socket Mode
// with SLACK_APP_TOKEN); otherwise it runs the console on standard input.
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { runConsole } from '../adapters/console/run.js';
import { ConsoleSession } from '../adapters/console/session.js';
import { startHttpServer } from '../adapters/http/server.js';
import { slackConfigured, slackFromConfig } from '../adapters/slack/start.js';
import { Bot } from './bot.js';
import { ManualClock, systemClock, type Clock } from './clock.js';
import { allCommands } from './commands/index.js';
import { CommandRegistry } from './commands/registry.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import type { Db } from './store/client.js';
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

const signal = () => Promise.race([once(process, 'SIGTERM'), once(process, 'SIGINT')]);

function makeBot(config: Config, db: Db, clock: Clock, logger: Logger): { bot: Bot; registry: CommandRegistry } {
  const registry = new CommandRegistry(allCommands);
  return { registry, bot: new Bot({ db, clock, logger, registry, defaultLocale: config.DEFAULT_LOCALE, defaultTimeZone: config.DEFAULT_TIME_ZONE }) };
}

async function serveSlack(config: Config, db: Db, logger: Logger, started: number): Promise<void> {
  const clock = systemClock;
  const { bot, registry } = makeBot(config, db, clock, logger);
  const slack = await slackFromConfig(config, { bot, db, clock, logger, registry, defaultLocale: config.DEFAULT_LOCALE }).catch((err: Error) => {
    process.stderr.write(`cannot start the Slack adapter: ${err.message}\n`);
    process.exit(1);
  });
  const server = await startHttpServer(config.PORT, slack.routes);
  await slack.start();
  const mode = config.SLACK_APP_TOKEN ? 'socket' : 'http';
  logger.info({ adapter: 'slack', mode, port: (server.address() as AddressInfo).port, startupMs: Math.round(performance.now() - started) }, 'ready');
  await signal();
  logger.info('signal received, stopping');
  await slack.stop();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

async function runConsoleMode(config: Config, db: Db, logger: Logger, started: number): Promise<void> {
  const clock = new ManualClock(new Date());
  const { bot } = makeBot(config, db, clock, logger);
  const session = new ConsoleSession({ bot, clock, user: config.CONSOLE_USER, channel: config.CONSOLE_CHANNEL, locale: config.DEFAULT_LOCALE, timeZone: config.DEFAULT_TIME_ZONE });
  const stop = signal().then(() => logger.info('signal received, finishing the current line'));
  logger.info({ adapter: 'console', startupMs: Math.round(performance.now() - started) }, 'ready');
  await runConsole({ session, input: process.stdin, output: process.stdout, format: config.CONSOLE_FORMAT, stop });
}

async function main(): Promise<void> {
  const started = performance.now();
  const config = readConfig();
  const slack = slackConfigured(config);
  // The console owns the terminal, so it only hears about warnings unless asked for more.
  const logger = createLogger(config.LOG_LEVEL ?? (slack ? 'info' : 'warn'));
  const applied = await migrate(config.DATABASE_URL);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const db = await openDb(config.DATABASE_URL);
  await (slack ? serveSlack : runConsoleMode)(config, db, logger, started);
  await db.$disconnect();
  logger.info('stopped');
  process.exit(0);
}

await main();
