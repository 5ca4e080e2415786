// The webhook adapters — Slack and Teams, as configured — on one HTTP server and port (Slack in
// Socket Mode needs none), with the public pages of published cases (/p/…) on it too, and the
// scheduler and the outbox's courier on the wall clock, until `stop` resolves.
import { Bot, type BotOptions } from '../src/bot.js';
import { systemClock } from '../src/clock.js';
import { publicBaseUrl, slackConfigured, teamsConfigured, type Config } from '../src/config.js';
import type { Delivery } from '../src/core/event.js';
import type { Logger } from '../src/logger.js';
import { Courier } from '../src/outbox/courier.js';
import { OutboxSender } from '../src/outbox/sender.js';
import { allJobs } from '../src/schedule/jobs/index.js';
import { Scheduler } from '../src/schedule/scheduler.js';
import { startTicker } from '../src/schedule/ticker.js';
import type { Db } from '../src/store/client.js';
import { pruneProcessedEvents } from '../src/store/processed-events.js';
import { publicPageRoutes } from './http/public-pages.js';
import { startHttpServer } from './http/server.js';
import type { TeamsAdapter } from './teams/adapter.js';

export interface WebhookOptions {
  config: Config;
  botOptions: Omit<BotOptions, 'clock' | 'onStored'>;
  logger: Logger;
  stop: Promise<void>;
}

// Each platform's SDK is loaded only when that platform is configured: a Slack-only set-up does
// not pay for the Teams SDK's start-up time and memory, nor the other way round.
async function startTeams(config: Config, bot: Bot, db: Db, logger: Logger): Promise<TeamsAdapter> {
  const { TeamsAdapter } = await import('./teams/adapter.js');
  const teams = await TeamsAdapter.create({
    bot, db, clock: systemClock, logger, defaultLocale: config.DEFAULT_LOCALE, serviceUrl: config.TEAMS_SERVICE_URL,
    allowUnauthenticated: config.TEAMS_ALLOW_UNAUTHENTICATED === '1',
    ...(config.TEAMS_CLIENT_ID ? { credentials: { clientId: config.TEAMS_CLIENT_ID, clientSecret: config.TEAMS_CLIENT_SECRET, tenantId: config.TEAMS_TENANT_ID } } : {}),
  });
  if (config.TEAMS_ALLOW_UNAUTHENTICATED === '1') logger.warn({ platform: 'teams' }, 'TEAMS_ALLOW_UNAUTHENTICATED=1: Teams requests are not checked, for local development only');
  return teams;
}

export async function serveWebhooks({ config, botOptions, logger, stop }: WebhookOptions): Promise<void> {
  const { db, registry } = botOptions;
  // The courier needs the adapters' deliveries and the adapters need the bot: the bot's nudge is
  // bound once the courier exists, before any request is served.
  let courier: Courier | undefined;
  const bot = new Bot({ ...botOptions, clock: systemClock, onStored: () => courier?.nudge() });
  const teams = teamsConfigured(config) ? await startTeams(config, bot, db, logger) : null;
  const slack = slackConfigured(config)
    ? await (await import('./slack/start.js')).slackFromConfig(config, { bot, db, logger, registry, clock: systemClock, defaultLocale: config.DEFAULT_LOCALE }).catch((err: Error) => {
      process.stderr.write(`cannot start the Slack adapter: ${err.message}\n`);
      process.exit(1);
    })
    : null;
  // What commands and jobs store in the outbox goes out through the adapters' deliveries.
  const deliveries: Delivery[] = [teams?.delivery, slack?.delivery].flatMap((d) => (d ? [d] : []));
  courier = new Courier(new OutboxSender({ db, clock: systemClock, logger, deliveries }), logger);
  const pages = publicPageRoutes({ db, charts: botOptions.charts, clock: systemClock, baseUrl: publicBaseUrl(config) }, logger);
  const server = await startHttpServer(config.PORT, { ...teams?.routes, ...slack?.routes, ...pages });
  await slack?.start();
  const ticker = await startTicker({
    scheduler: new Scheduler({ db, logger, jobs: allJobs(botOptions.ballotSecret) }), courier, clock: systemClock, logger,
    housekeeping: (now) => pruneProcessedEvents(db, now),
  });
  const adapters = [...(teams ? ['teams'] : []), ...(slack ? [config.SLACK_APP_TOKEN ? 'slack (socket mode)' : 'slack'] : [])];
  logger.info({ adapters, port: config.PORT, msSinceProcessStart: Math.round(performance.now()) }, 'ready');
  await stop;
  await ticker.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await slack?.stop();
  await teams?.idle();
}

