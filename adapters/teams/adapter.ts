// The Teams adapter: the Teams SDK App, mounted on the shared HTTP server (http-adapter.ts), turns
// activities into neutral events for the bot and sends the answers back through the connector.
//   message              → the command after the bot's mention (channel) or the plain text (1:1);
//                           answered in text (cards as their typed commands) to a user who may
//                           not be able to use cards: of another tenant, or anonymous (inbound.ts)
//   invoke adaptiveCard/action (Action.Execute) → the button's command, run as the clicking user
//   conversationUpdate with the bot among membersAdded → addresses stored, a welcome message
// The Bot Framework service retries an activity it got no answer to in time, to whichever instance
// the load balancer picks; messages and card actions are run once (see #repeated).
import { Client as ApiClient, type AdaptiveCardActionResponse, type CloudEnvironment } from '@microsoft/teams.api';
import { App, type AppOptions, type IPlugin } from '@microsoft/teams.apps';
import type { Bot } from '../../src/bot.js';
import type { Clock } from '../../src/clock.js';
import { senderOf, type InboundEvent, type Reply } from '../../src/core/event.js';
import { LOCALES, translator, type Locale } from '../../src/i18n/index.js';
import type { Logger } from '../../src/logger.js';
import { rememberChannelAddress, rememberUserAddress } from '../../src/store/addresses.js';
import type { Db } from '../../src/store/client.js';
import { repeatedDelivery } from '../../src/store/processed-events.js';
import { adoptTenantlessUser, upsertUser } from '../../src/store/users.js';
import { withDeadline } from '../http/deadline.js';
import type { Routes } from '../http/server.js';
import { parseAddress, type TeamsAddress } from './address.js';
import { TeamsConnector } from './connector.js';
import { TeamsDelivery, type BotIdentity } from './delivery.js';
import { SharedServerAdapter } from './http-adapter.js';
import { buttonCommand, isDirect, mayLackCards, messageText, PLATFORM, tenantOf, toInboundEvent, type TeamsActivity } from './inbound.js';
import { realTimer, type Timer } from './limiter.js';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
import { sdkLogger } from './sdk-logger.js';

export interface TeamsAdapterOptions {
  bot: Bot;
  db: Db;
  clock: Clock;
  logger: Logger;
  defaultLocale: Locale;
  /** The bot's Entra app registration; absent only with allowUnauthenticated. */
  credentials?: { clientId: string; clientSecret?: string; tenantId?: string };
  /** Tenants served besides the registration's own (TEAMS_TENANTS): the app installed in their Teams. */
  otherTenants?: readonly string[] | '*';
  /** Local development: no token checks, no credentials; answers go to the activity's serviceUrl. */
  allowUnauthenticated: boolean;
  /** Where new 1:1 chats are created until an activity has shown the tenant's service URL. */
  serviceUrl: string;
  /** Tests: the token issuer and key set of a local fake instead of Microsoft's. */
  cloud?: CloudEnvironment;
  /** Tests: a bot token factory instead of Entra's client-credentials flow. */
  token?: AppOptions<IPlugin>['token'];
  timer?: Timer;
  retry?: RetryPolicy;
  /** How long one connector or token call may take; the SDK's client waits forever by default. */
  callTimeoutMs?: number;
}

/** A call that has not answered by then is a transient failure: the outbox tries again later. */
const CALL_TIMEOUT_MS = 10_000;

/** The SDK's App, with a connector client for any service URL (the SDK's own is bound to one). */
class SamverkanApp extends App {
  clientFor(serviceUrl: string, timeoutMs: number): ApiClient {
    const token = () => withDeadline(this.getBotToken(), timeoutMs, 'the Teams token endpoint');
    return new ApiClient(serviceUrl.replace(/\/+$/, ''), this.client.clone({ token }), this.options.apiClientSettings);
  }
}

export class TeamsAdapter {
  /** `/api/messages`, for the shared HTTP server. */
  readonly routes: Routes;
  readonly delivery: TeamsDelivery;
  readonly #app: SamverkanApp;
  readonly #identity: BotIdentity;
  readonly #pending = new Set<Promise<void>>();

  private constructor(private readonly options: TeamsAdapterOptions) {
    const { credentials, logger } = options;
    const server = new SharedServerAdapter();
    this.#app = new SamverkanApp({
      ...(credentials ?? {}),
      ...(options.token ? { token: options.token } : {}),
      ...(options.cloud ? { cloud: options.cloud } : {}),
      httpServerAdapter: server,
      client: { timeout: options.callTimeoutMs ?? CALL_TIMEOUT_MS },
      dangerouslyAllowUnauthenticatedRequests: options.allowUnauthenticated,
      logger: sdkLogger(logger),
    });
    this.routes = server.routes;
    this.#identity = { serviceUrl: options.serviceUrl, ...(credentials ? { botId: `28:${credentials.clientId}` } : {}), ...(credentials?.tenantId ? { tenantId: credentials.tenantId } : {}) };
    const connector = new TeamsConnector((url) => this.#app.clientFor(url, options.callTimeoutMs ?? CALL_TIMEOUT_MS), options.timer ?? realTimer, options.retry ?? DEFAULT_RETRY);
    this.delivery = new TeamsDelivery(options.db, options.clock, connector, this.#identity, logger);
    this.#app.on('message', ({ activity }) => this.#onMessage(activity as TeamsActivity));
    this.#app.on('card.action', ({ activity }) => this.#onCardAction(activity as TeamsActivity));
    this.#app.on('conversationUpdate', ({ activity }) => this.#onConversationUpdate(activity as TeamsActivity));
  }

  static async create(options: TeamsAdapterOptions): Promise<TeamsAdapter> {
    const adapter = new TeamsAdapter(options);
    await adapter.#app.initialize();
    return adapter;
  }

  /** Resolves once every answer started so far has been delivered (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.#pending.size) await Promise.all(this.#pending);
  }

  /**
   * A registration with TEAMS_TENANT_ID serves its own tenant, and the tenants of TEAMS_TENANTS:
   * an activity of another tenant passed the token check (the token names our app, not a tenant)
   * but comes from an organisation nobody let in, so it is logged and dropped. The tenant is the
   * conversation's: in a shared channel the host's, whichever tenant the user is from.
   */
  #served(activity: TeamsActivity): boolean {
    const mine = this.options.credentials?.tenantId;
    const others = this.options.otherTenants ?? [];
    const theirs = tenantOf(activity);
    if (!mine || theirs === mine || others === '*' || (theirs !== undefined && others.includes(theirs))) return true;
    this.options.logger.warn({ platform: PLATFORM, tenant: theirs }, 'activity from a tenant this registration does not serve');
    return false;
  }

  /**
   * Whether this activity was handled before. Its id is unique within its conversation, so both
   * make the key. Teams waits for the handler's answer (an invoke's answer is the reply), so the
   * key is recorded before the command runs: a crash in between loses that activity rather than
   * running it twice, as on Slack.
   */
  async #repeated(activity: TeamsActivity): Promise<boolean> {
    if (!activity.id) return false;
    return repeatedDelivery(this.options.db, PLATFORM, `${activity.conversation.id}:${activity.id}`, this.options.clock.now(), this.options.logger);
  }

  async #onMessage(activity: TeamsActivity): Promise<void> {
    if (!this.#served(activity) || (await this.#repeated(activity))) return;
    this.#learn(activity);
    // An empty text (a bare mention, a picture) still gets an answer: the hint to type a command.
    const clicked = buttonCommand(activity);
    const event = { ...toInboundEvent(activity, clicked ?? messageText(activity)), ...(clicked ? { clicked: true } : {}) };
    await adoptTenantlessUser(this.options.db, senderOf(event));
    const replies = await this.options.bot.handle(event);
    await this.#rememberAddress(event);
    const asText = mayLackCards(activity);
    this.#inBackground(() => this.#answer(replyAddress(activity), replies, asText));
  }

  async #onCardAction(activity: TeamsActivity): Promise<AdaptiveCardActionResponse> {
    if (!this.#served(activity)) return badRequest('this bot does not serve your organisation');
    this.#learn(activity);
    const command = buttonCommand(activity);
    if (!command) return badRequest('the action carries no command');
    // The first delivery's answer went to the user, or was lost with its timeout; this one says nothing more.
    if (await this.#repeated(activity)) return answer('');
    const event = { ...toInboundEvent(activity, command), clicked: true };
    await adoptTenantlessUser(this.options.db, senderOf(event));
    const replies = await this.options.bot.handle(event);
    await this.#rememberAddress(event);
    // Replies are for the clicking user only: Teams shows the invoke answer to them alone.
    return answer(replies.map((r) => this.delivery.text(r.message)).join('\n\n'));
  }

  async #onConversationUpdate(activity: TeamsActivity): Promise<void> {
    if (!activity.membersAdded?.some((m) => m.id === activity.recipient.id) || !this.#served(activity)) return;
    this.#learn(activity);
    const event = toInboundEvent(activity, '');
    // Installed in a personal chat: that user is reachable from now on, member of a case or not.
    if (isDirect(activity)) await upsertUser(this.options.db, senderOf(event), event.user.name, this.options.clock.now());
    await this.#rememberAddress(event);
    const locale = LOCALES.find((l) => activity.locale?.toLowerCase().startsWith(l)) ?? this.options.defaultLocale;
    const to = parseAddress(event.channel.address)!;
    this.#inBackground(async () => { await this.delivery.send(to, { text: translator(locale)('teams.welcome') }); });
  }

  /** The bot's id, tenant and service URL as the latest activity shows them. */
  #learn(activity: TeamsActivity): void {
    this.#identity.botId = activity.recipient.id;
    if (activity.recipient.name) this.#identity.name = activity.recipient.name;
    this.#identity.tenantId = tenantOf(activity) ?? this.#identity.tenantId;
    if (activity.serviceUrl) this.#identity.serviceUrl = activity.serviceUrl;
  }

  async #rememberAddress(event: InboundEvent): Promise<void> {
    const address = event.channel.address!;
    if (event.channel.direct) await rememberUserAddress(this.options.db, senderOf(event), address);
    else await rememberChannelAddress(this.options.db, PLATFORM, event.channel.id, address);
  }

  /** Replies go to the conversation the command came from (in a channel: its thread). */
  async #answer(replyTo: TeamsAddress, replies: readonly Reply[], asText: boolean): Promise<void> {
    for (const reply of replies) {
      try {
        await this.delivery.send(replyTo, reply.message, { asText });
      } catch (err) {
        this.options.logger.error({ err, platform: PLATFORM }, 'reply failed');
      }
    }
  }

  #inBackground(work: () => Promise<void>): void {
    const running: Promise<void> = work()
      .catch((err: unknown) => this.options.logger.error({ err, platform: PLATFORM }, 'delivery failed'))
      .finally(() => this.#pending.delete(running));
    this.#pending.add(running);
  }
}

/** The invoke answer Teams shows to the clicking user alone. */
function answer(text: string): AdaptiveCardActionResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text || '✓' };
}

function badRequest(message: string): AdaptiveCardActionResponse {
  return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message, innerHttpError: { statusCode: 400, body: null } } };
}

function replyAddress(activity: TeamsActivity): TeamsAddress {
  const tenantId = tenantOf(activity);
  return { serviceUrl: activity.serviceUrl ?? '', conversationId: activity.conversation.id, ...(tenantId ? { tenantId } : {}) };
}
