// Composition root: config → store → bot → adapters (the console, or the webhook adapters on one port). The only file in src/ that may import adapters/.
// Slack runs with SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP on PORT, or Socket Mode with SLACK_APP_TOKEN),
// Teams with TEAMS_CLIENT_ID (or TEAMS_ALLOW_UNAUTHENTICATED=1); with neither, the console.
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { runConsole } from '../adapters/console/run.js';
import { consoleScheduling } from '../adapters/console/scheduling.js';
import { ConsoleSession } from '../adapters/console/session.js';
import { startHttpServer } from '../adapters/http/server.js';
import { slackConfigured, slackFromConfig } from '../adapters/slack/start.js';
import { TeamsAdapter } from '../adapters/teams/adapter.js';
import { Bot } from './bot.js';
import { ManualClock, systemClock } from './clock.js';
import { allCommands } from './commands/index.js';
import { CommandRegistry } from './commands/registry.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { Dispatcher } from './core/dispatch.js';
import type { Delivery } from './core/event.js';
import { createLogger, type Logger } from './logger.js';
import { loadBallotSecret } from './store/ballot-key.js';
import { openDb, type Db } from './store/client.js';
import { migrate } from './store/migrations.js';
import { allJobs } from './schedule/jobs/index.js';
import { Scheduler } from './schedule/scheduler.js';
import { OutboxSender } from './schedule/sender.js';
import { startTicker } from './schedule/ticker.js';

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

const stopSignal = (logger: Logger) => Promise.race([once(process, 'SIGTERM'), once(process, 'SIGINT')]).then(() => logger.info('signal received, finishing'));

const teamsConfigured = (config: Config) => Boolean(config.TEAMS_CLIENT_ID) || config.TEAMS_ALLOW_UNAUTHENTICATED === '1';

async function startTeams(config: Config, bot: Bot, db: Db, logger: Logger, dispatcher: Dispatcher): Promise<TeamsAdapter> {
  const teams = await TeamsAdapter.create({
    bot, db, logger, dispatcher, defaultLocale: config.DEFAULT_LOCALE, serviceUrl: config.TEAMS_SERVICE_URL,
    allowUnauthenticated: config.TEAMS_ALLOW_UNAUTHENTICATED === '1',
    ...(config.TEAMS_CLIENT_ID ? { credentials: { clientId: config.TEAMS_CLIENT_ID, clientSecret: config.TEAMS_CLIENT_SECRET, tenantId: config.TEAMS_TENANT_ID } } : {}),
  });
  if (config.TEAMS_ALLOW_UNAUTHENTICATED === '1') logger.warn({ platform: 'teams' }, 'TEAMS_ALLOW_UNAUTHENTICATED=1: Teams requests are not checked, for local development only');
  return teams;
}

/** Slack and Teams, as configured, on one HTTP server and port (Slack in Socket Mode needs none), until SIGTERM. */
async function serveWebhooks(config: Config, bot: Bot, db: Db, registry: CommandRegistry, logger: Logger): Promise<void> {
  const dispatcher = new Dispatcher(logger);
  const teams = teamsConfigured(config) ? await startTeams(config, bot, db, logger, dispatcher) : null;
  const slack = slackConfigured(config)
    ? await slackFromConfig(config, { bot, db, logger, registry, dispatcher, clock: systemClock, defaultLocale: config.DEFAULT_LOCALE }).catch((err: Error) => {
      process.stderr.write(`cannot start the Slack adapter: ${err.message}\n`);
      process.exit(1);
    })
    : null;
  const server = await startHttpServer(config.PORT, { ...teams?.routes, ...slack?.routes });
  await slack?.start();
  // Scheduled jobs on the wall clock; their outbox rows go out through the adapters' deliveries.
  const deliveries: Delivery[] = [teams?.delivery, slack?.delivery].flatMap((d) => (d ? [d] : []));
  const ticker = await startTicker({
    scheduler: new Scheduler({ db, logger, jobs: allJobs() }),
    sender: new OutboxSender({ db, clock: systemClock, logger, deliveries }),
    clock: systemClock, logger,
  });
  const adapters = [...(teams ? ['teams'] : []), ...(slack ? [config.SLACK_APP_TOKEN ? 'slack (socket mode)' : 'slack'] : [])];
  logger.info({ adapters, port: config.PORT, msSinceProcessStart: Math.round(performance.now()) }, 'ready');
  await stopSignal(logger);
  await ticker.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await slack?.stop();
  await teams?.idle();
}

async function main(): Promise<void> {
  const config = readConfig();
  const webhooks = teamsConfigured(config) || slackConfigured(config);
  // The console owns the terminal, so it only hears about warnings unless asked for more.
  const logger = createLogger(config.LOG_LEVEL ?? (webhooks ? 'info' : 'warn'));
  const applied = await migrate(config.DATABASE_URL);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const db = await openDb(config.DATABASE_URL);
  const registry = new CommandRegistry(allCommands);
  const ballotSecret = loadBallotSecret(config.BALLOT_SECRET, config.DATABASE_URL);
  const options = { db, logger, registry, defaultLocale: config.DEFAULT_LOCALE, defaultTimeZone: config.DEFAULT_TIME_ZONE, ballotSecret };
  if (webhooks) {
    await serveWebhooks(config, new Bot({ ...options, clock: systemClock }), db, registry, logger);
  } else {
    const clock = new ManualClock(new Date());
    const bot = new Bot({ ...options, clock });
    const scheduling = consoleScheduling({ db, clock, logger });
    const session = new ConsoleSession({ bot, clock, user: config.CONSOLE_USER, channel: config.CONSOLE_CHANNEL, locale: config.DEFAULT_LOCALE, timeZone: config.DEFAULT_TIME_ZONE, ...scheduling });
    const stop = stopSignal(logger);
    // performance.now() counts from process start, so this includes loading the modules.
    logger.info({ adapter: 'console', msSinceProcessStart: Math.round(performance.now()) }, 'ready');
    await runConsole({ session, input: process.stdin, output: process.stdout, format: config.CONSOLE_FORMAT, stop });
  }
  await db.$disconnect();
  logger.info('stopped');
  process.exit(0);
}

await main();
