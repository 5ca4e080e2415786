// The Slack adapter: a Bolt 5 App whose receiver is either mounted on the shared HTTP server
// (POST /slack/events, every request's signature checked by Bolt) or, with an app-level token,
// connected through Socket Mode. Two ways to be installed: one workspace's bot token (Bolt is
// given the bot's ids so it never calls auth.test by itself), or OAuth distribution to any number
// of workspaces (oauth.ts; HTTP only), each request and delivery using its workspace's token.
import type { RequestListener } from 'node:http';
import { App, AuthorizationError, HTTPReceiver, HTTPModuleFunctions, SocketModeReceiver, type ReceiverProcessEventErrorHandlerArgs, type webApi } from '@slack/bolt';
import { adoptChannelAddresses } from '../../src/store/addresses.js';
import { adoptTenantless } from '../../src/store/users.js';
import { literal } from '../../src/text/rich.js';
import { SlackApi } from './api.js';
import { boltLogger } from './bolt-logger.js';
import { registerCommands } from './commands.js';
import { dedupeEvents } from './dedupe.js';
import { SlackDelivery } from './delivery.js';
import { SLACK } from './platform.js';
import { onlyWorkspace } from './workspace.js';
import { INSTALL_PATH, receiverOAuth, REDIRECT_PATH, registerUninstall, type SlackOAuth } from './oauth.js';
import { SlackApis } from './tokens.js';
import { registerHome } from './home.js';
import { registerSharing } from './sharing.js';
import { answerNotInstalled } from './not-installed.js';
import { withReadBody } from './request-body.js';
import { registerForms } from './modals.js';
import { ChannelPacer, DEFAULT_PACING, type PacerTiming } from './pacer.js';
import { SlackPeople } from './people.js';
import { DEFAULT_RATE_LIMITS, WEB_API_RETRIES, type RateLimitPolicy } from './rate-limit.js';
import { ReplyFiles } from './reply-files.js';
import type { CoreParts, SlackRuntime } from './runtime.js';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAdapterOptions extends CoreParts {
  /** Single-workspace mode: the bot token, with `identity`. */
  botToken?: string;
  /** OAuth distribution, instead of a bot token. */
  oauth?: SlackOAuth;
  signingSecret: string;
  /** An app-level token (xapp-…) switches to Socket Mode. */
  appToken?: string;
  /** The Web API base URL; Slack's own by default, a fake in tests. */
  apiUrl?: string;
  /** With a bot token: the bot's ids and the workspace it is installed in (auth.test). */
  identity?: { botId: string; botUserId: string; teamId: string };
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

/** A single-workspace installation's token and ids, or the OAuth set-up: exactly one of them. */
function installationMode(o: SlackAdapterOptions): { token: string; identity: NonNullable<SlackAdapterOptions['identity']> } | { oauth: SlackOAuth } {
  if (o.oauth && !o.botToken && !o.appToken) return { oauth: o.oauth };
  if (o.botToken && o.identity && !o.oauth) return { token: o.botToken, identity: o.identity };
  throw new Error('the Slack adapter needs either a bot token and its identity, or OAuth over HTTP (not Socket Mode)');
}

export function createSlackAdapter(o: SlackAdapterOptions): SlackAdapter {
  const mode = installationMode(o);
  const logger = boltLogger(o.logger);
  const clientOptions: webApi.WebClientOptions = {
    ...(o.apiUrl ? { slackApiUrl: o.apiUrl } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: WEB_API_RETRIES,
    timeout: o.apiTimeoutMs ?? API_TIMEOUT_MS,
  };
  const receiver = o.appToken
    ? new SocketModeReceiver({ appToken: o.appToken, logger, installerOptions: { clientOptions } })
    : new HTTPReceiver({
      signingSecret: o.signingSecret, endpoints: SLACK_EVENTS_PATH, logger, processEventErrorHandler: refuseUnprocessable(o.logger),
      ...('oauth' in mode ? receiverOAuth(mode.oauth, o.logger, o.apiUrl) : {}),
    });
  const app = new App({ ...('token' in mode ? { token: mode.token, botId: mode.identity.botId, botUserId: mode.identity.botUserId } : {}), receiver, logger, clientOptions, convoStore: false, extendedErrorHandler: true });
  const api = new SlackApi(app.client, o.rateLimits ?? DEFAULT_RATE_LIMITS, new ChannelPacer(o.pacing ?? DEFAULT_PACING), o.apiTimeoutMs ?? API_TIMEOUT_MS);
  const apis = new SlackApis(api, 'oauth' in mode ? (team) => mode.oauth.store.botToken(team) : null);
  const delivery = new SlackDelivery(o.db, o.clock, apis, o.logger);
  const rt: SlackRuntime = {
    bot: o.bot, db: o.db, clock: o.clock, logger: o.logger, registry: o.registry, defaultLocale: o.defaultLocale,
    apis, delivery, people: new SlackPeople(apis, o.logger),
    replyFiles: new ReplyFiles((to, files) => delivery.post(to, { text: literal(''), files: [...files] })),
    ackDeadlineMs: o.ackDeadlineMs ?? ACK_DEADLINE_MS,
  };
  // Work continues after the ack; it is tracked so that a shutdown can let it finish.
  const inProgress = new Set<Promise<void>>();
  const track = async (work: Promise<void>) => {
    inProgress.add(work);
    try {
      await work;
    } finally {
      inProgress.delete(work);
    }
  };
  app.use(async ({ next }) => track(next()));
  // With OAuth, Bolt's authorization refuses a workspace without an installation.
  if ('token' in mode) app.use(onlyWorkspace(rt, mode.identity.teamId));
  else registerUninstall(app, mode.oauth, o.logger);
  app.use(dedupeEvents(rt));
  registerCommands(app, rt);
  registerForms(app, rt);
  registerHome(app, rt);
  registerSharing(app, rt);
  app.error(async ({ error, body }: { error: Error; body?: unknown }) => {
    const answered = 'oauth' in mode ? answerNotInstalled(rt, mode.oauth.installUrl, error, body) : undefined;
    // Bolt waits for this handler before its ack: the answer goes after it, tracked like other work.
    if (answered) return void track(answered);
    o.logger.error({ err: error, platform: SLACK }, 'Slack listener failed');
  });

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
    // The install and redirect routes are GETs from a browser, answered by Bolt's InstallProvider.
    if ('oauth' in mode) {
      for (const path of [INSTALL_PATH, REDIRECT_PATH]) {
        routes[path] = (req, res) => {
          try {
            receiver.requestListener(req, res);
          } catch {
            res.writeHead(405, { allow: 'GET' }).end();
          }
        };
      }
    }
  }
  const idle = async () => {
    while (inProgress.size) await Promise.allSettled([...inProgress]);
  };
  return {
    delivery,
    routes,
    idle,
    start: async () => {
      // Users and channels recorded before workspaces were told apart can only be of the one this token serves.
      if ('token' in mode) {
        await adoptTenantless(o.db, SLACK, mode.identity.teamId);
        await adoptChannelAddresses(o.db, SLACK, mode.identity.teamId);
      }
      if (o.appToken) await app.start();
    },
    stop: async () => {
      if (o.appToken) await app.stop();
      await idle();
    },
  };
}
