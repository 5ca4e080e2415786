// Composition root: config → store → bot → adapters (the console, or the webhook adapters on one port). The only file in src/ that may import adapters/.
// Slack runs with SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP on PORT, or Socket Mode with SLACK_APP_TOKEN),
// Teams with TEAMS_CLIENT_ID (or TEAMS_ALLOW_UNAUTHENTICATED=1); with neither, the console.
import { existsSync } from 'node:fs';
import { runConsole } from '../adapters/console/run.js';
import { consoleScheduling } from '../adapters/console/scheduling.js';
import { ConsoleSession } from '../adapters/console/session.js';
import { Bot } from './bot.js';
import { ChartCache } from './charts/cache.js';
import { ChartPool } from './charts/pool.js';
import { ManualClock } from './clock.js';
import { allCommands } from './commands/index.js';
import { CommandRegistry } from './commands/registry.js';
import { ConfigError, loadConfig, publicBaseUrl, slackConfigured, teamsConfigured, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { loadBallotSecret } from './store/ballot-key.js';
import { sealLegacyBallots } from './store/ballot-upgrade.js';
import { ensureSqliteDir, openDb } from './store/client.js';
import { DatabaseInUse, lockDatabase } from './store/instance-lock.js';
import { migrateDatabase, poolSettings } from './store/from-config.js';
import { providerOf } from './store/provider.js';

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

/** The program's hold on its SQLite file; a second program on the same file stops with one line. */
function holdDatabase(url: string): () => void {
  ensureSqliteDir(url);
  try {
    return lockDatabase(url);
  } catch (err) {
    if (!(err instanceof DatabaseInUse)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(3);
  }
}

/**
 * Resolves at the first SIGTERM or SIGINT. Listening starts at once and never stops, so a signal
 * that arrives during start-up, or a second one, cannot end the process before it has closed the
 * database.
 */
function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => resolve(signal));
  });
}

async function main(): Promise<void> {
  const signalled = stopSignal();
  const config = readConfig();
  const webhooks = teamsConfigured(config) || slackConfigured(config);
  // The console owns the terminal, so it only hears about warnings unless asked for more.
  const logger = createLogger(config.LOG_LEVEL ?? (webhooks ? 'info' : 'warn'));
  const stop = signalled.then((signal) => logger.info({ signal }, 'signal received, finishing'));
  const sqlite = providerOf(config.DATABASE_URL) === 'sqlite';
  // PostgreSQL serves several instances; a SQLite file one process.
  const unlock = sqlite ? holdDatabase(config.DATABASE_URL) : () => {};
  const applied = await migrateDatabase(config);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const db = await openDb(config.DATABASE_URL, { logger, pool: poolSettings(config) });
  const registry = new CommandRegistry(allCommands);
  const ballotSecret = loadBallotSecret(config.BALLOT_SECRET, config.DATABASE_URL);
  const sealed = sqlite ? await sealLegacyBallots(db, ballotSecret) : 0;
  if (sealed) logger.info({ sealed }, 'anonymous ballots sealed');
  // The worker starts with the first chart, so a run that draws none never loads the charting libraries.
  const chartPool = new ChartPool();
  const charts = new ChartCache({ renderer: chartPool, logger });
  const options = { db, logger, registry, defaultLocale: config.DEFAULT_LOCALE, defaultTimeZone: config.DEFAULT_TIME_ZONE, ballotSecret, charts, publicBaseUrl: publicBaseUrl(config) };
  if (webhooks) {
    // Loaded only when needed: the platform SDKs would slow every console start.
    const { serveWebhooks } = await import('../adapters/webhooks.js');
    await serveWebhooks({ config, botOptions: options, logger, stop });
  } else {
    const clock = new ManualClock(new Date());
    const bot = new Bot({ ...options, clock });
    const scheduling = consoleScheduling({ db, clock, logger, ballotSecret });
    const session = new ConsoleSession({ bot, clock, user: config.CONSOLE_USER, channel: config.CONSOLE_CHANNEL, locale: config.DEFAULT_LOCALE, timeZone: config.DEFAULT_TIME_ZONE, logger, ...scheduling });
    // performance.now() counts from process start, so this includes loading the modules.
    logger.info({ adapter: 'console', msSinceProcessStart: Math.round(performance.now()) }, 'ready');
    await runConsole({ session, input: process.stdin, output: process.stdout, format: config.CONSOLE_FORMAT, stop });
  }
  await chartPool.close();
  await db.$disconnect();
  unlock();
  logger.info('stopped');
  process.exit(0);
}

await main();
