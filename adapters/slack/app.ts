// The Slack adapter: a Bolt 5 App whose receiver is either mounted on the shared HTTP server
// (POST /slack/events, every request's signature checked by Bolt) or, with an app-level token,
// connected through Socket Mode. Bolt is given the bot's ids so it never calls auth.test by itself.
import type { RequestListener } from 'node:http';
import { App, AuthorizationError, HTTPReceiver, HTTPModuleFunctions, SocketModeReceiver, type ReceiverProcessEventErrorHandlerArgs, type webApi } from '@slack/bolt';
import { adoptTenantless } from '../../src/store/users.js';
import { literal } from '../../src/text/rich.js';
import { SlackApi } from './api.js';
import { boltLogger } from './bolt-logger.js';
import { registerCommands } from './commands.js';
import { dedupeEvents } from './dedupe.js';
import { SlackDelivery } from './delivery.js';
import { SLACK } from './platform.js';
import { onlyWorkspace } from './workspace.js';
import { registerHome } from './home.js';
import { withReadBody } from './request-body.js';
import { registerForms } from './modals.js';
import { ChannelPacer, DEFAULT_PACING, type PacerTiming } from './pacer.js';
import { SlackPeople } from './people.js';
import { DEFAULT_RATE_LIMITS, WEB_API_RETRIES, type RateLimitPolicy } from './rate-limit.js';
import { ReplyFiles } from './reply-files.js';
import type { CoreParts, SlackRuntime } from './runtime.js';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAdapterOptions extends CoreParts {
  botToken: string;
  signingSecret: string;
  /** An app-level token (xapp-…) switches to Socket Mode. */
  appToken?: string;
  /** The Web API base URL; Slack's own by default, a fake in tests. */
  apiUrl?: string;
  /** The bot's ids and the workspace it is installed in (auth.test). */
  identity: { botId: string; botUserId: string; teamId: string };
  rateLimits?: RateLimitPolicy;
  pacing?: PacerTiming;
  ackDeadlineMs?: number;
  /** How long one Web API or response_url call may take; Slack's client waits forever by default. */
  apiTimeoutMs?: number;
}

export interface SlackAdapter {
  /** The Delivery the outbox sender uses for Slack. */
  delivery: SlackDelivery;
  /** Routes for the shared HTTP server (none in Socket Mode). */
  routes: Record<string, RequestListener>;
  /** Connects in Socket Mode; nothing to do in HTTP mode. */
  start(): Promise<void>;
  /** Resolves once the work of every request received so far is done (it continues after the ack). */
  idle(): Promise<void>;
  /** Disconnects (Socket Mode) and waits for the requests in progress to finish. */
  stop(): Promise<void>;
}

/** As far as a request's timestamp may lie ahead of our clock: the same five minutes Slack allows behind. */
const MAX_CLOCK_SKEW_S = 5 * 60;
/** Comfortably inside Slack's 3 seconds for a form submission's answer. */
const ACK_DEADLINE_MS = 2000;
/** A call that has not answered by then is a transient failure: the outbox tries again later. */
const API_TIMEOUT_MS = 10_000;

/**
 * Bolt answers 500 when it cannot process a signed request before any listener has acknowledged
 * it — a payload without the fields of its type (a click without its user) makes it throw — and
 * Slack retries a 5xx. The request is at fault, so it gets 400 and one log line; errors after the
 * ack, and refused authorization, stay Bolt's own.
 */
function refuseUnprocessable(log: SlackAdapterOptions['logger']) {
  return async (args: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
    if (args.response.headersSent || args.error instanceof AuthorizationError) return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
    log.warn({ err: args.error, platform: SLACK }, 'Slack request could not be processed');
    args.response.writeHead(400).end();
    return true;
  };
}

export function createSlackAdapter(o: SlackAdapterOptions): SlackAdapter {
  const logger = boltLogger(o.logger);
  const clientOptions: webApi.WebClientOptions = {
    ...(o.apiUrl ? { slackApiUrl: o.apiUrl } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: WEB_API_RETRIES,
    timeout: o.apiTimeoutMs ?? API_TIMEOUT_MS,
  };
  const receiver = o.appToken
    ? new SocketModeReceiver({ appToken: o.appToken, logger, installerOptions: { clientOptions } })
    : new HTTPReceiver({ signingSecret: o.signingSecret, endpoints: SLACK_EVENTS_PATH, logger, processEventErrorHandler: refuseUnprocessable(o.logger) });
  const app = new App({ token: o.botToken, botId: o.identity.botId, botUserId: o.identity.botUserId, receiver, logger, clientOptions, convoStore: false });
  const api = new SlackApi(app.client, o.rateLimits ?? DEFAULT_RATE_LIMITS, new ChannelPacer(o.pacing ?? DEFAULT_PACING), o.apiTimeoutMs ?? API_TIMEOUT_MS);
  const delivery = new SlackDelivery(o.db, o.clock, api, o.logger);
  const rt: SlackRuntime = {
    bot: o.bot, db: o.db, clock: o.clock, logger: o.logger, registry: o.registry, defaultLocale: o.defaultLocale,
    api, delivery, people: new SlackPeople(api, o.logger),
    replyFiles: new ReplyFiles((channel, files) => delivery.post(channel, { text: literal(''), files: [...files] })),
    ackDeadlineMs: o.ackDeadlineMs ?? ACK_DEADLINE_MS,
  };
  // Work continues after the ack; it is tracked so that a shutdown can let it finish.
  const inProgress = new Set<Promise<void>>();
  app.use(async ({ next }) => {
    const work = next();
    inProgress.add(work);
    try {
      await work;
    } finally {
      inProgress.delete(work);
    }
  });
  app.use(onlyWorkspace(rt, o.identity.teamId));
  app.use(dedupeEvents(rt));
  registerCommands(app, rt);
  registerForms(app, rt);
  registerHome(app, rt);
  app.error(async (err) => void o.logger.error({ err, platform: SLACK }, 'Slack listener failed'));

  const routes: Record<string, RequestListener> = {};
  if (receiver instanceof HTTPReceiver) {
    // Bolt throws for a request it does not serve (a GET, say); the shared server must not die of it.
    const listen = withReadBody((req, res) => {
      try {
        receiver.requestListener(req, res);
      } catch {
        res.writeHead(405, { allow: 'POST' }).end();
      }
    }, o.signingSecret);
    routes[SLACK_EVENTS_PATH] = (req, res) => {
      // Bolt refuses timestamps more than five minutes old but not ones from the future, which a
      // captured request re-signed ahead of time would carry.
      if (Number(req.headers['x-slack-request-timestamp']) > Date.now() / 1000 + MAX_CLOCK_SKEW_S) return void res.writeHead(401).end();
      listen(req, res);
    };
  }
  const idle = async () => {
    while (inProgress.size) await Promise.allSettled([...inProgress]);
  };
  return {
    delivery,
    routes,
    idle,
    start: async () => {
      // Users recorded before identities had a workspace can only be of the one this token serves.
      await adoptTenantless(o.db, SLACK, o.identity.teamId);
      if (o.appToken) await app.start();
    },
    stop: async () => {
      if (o.appToken) await app.stop();
      await idle();
    },
  };
}
