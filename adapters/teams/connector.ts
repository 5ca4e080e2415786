// Calls to the Bot Framework connector (the conversation's service URL) through the Teams SDK's
// API client, each one queued by the per-conversation limiter and retried on transient answers.
import type { Client as ApiClient } from '@microsoft/teams.api';
import type { TeamsAddress } from './address.js';
import { ConversationLimiter, realTimer, type Timer } from './limiter.js';
import type { OutboundActivity } from './render.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js';

/** An API client for one service URL that carries the bot's token (see app.ts). */
export type ClientFor = (serviceUrl: string) => ApiClient;

// The SDK's activity parameter type is a class union; our plain activities have the same wire shape.
type Params = Parameters<ApiClient['conversations']['createActivity']>[1];

export class TeamsConnector {
  readonly #limiter: ConversationLimiter;

  constructor(private readonly clientFor: ClientFor, private readonly timer: Timer = realTimer, private readonly policy: RetryPolicy = DEFAULT_RETRY) {
    this.#limiter = new ConversationLimiter(timer);
  }

  #call<T>(conversationId: string, operation: () => Promise<T>): Promise<T> {
    return this.#limiter.run(conversationId, () => withRetry(operation, this.timer, this.policy));
  }

  /** Posts an activity; returns its id (to update it later). */
  async send(to: TeamsAddress, activity: OutboundActivity): Promise<string> {
    const api = this.clientFor(to.serviceUrl);
    const sent = await this.#call(to.conversationId, () => api.conversations.createActivity(to.conversationId, activity as Params));
    return sent.id;
  }

  async update(to: TeamsAddress, activityId: string, activity: OutboundActivity): Promise<void> {
    const api = this.clientFor(to.serviceUrl);
    await this.#call(to.conversationId, () => api.conversations.updateActivity(to.conversationId, activityId, activity as Params));
  }

  /** Opens (or finds: the service returns the existing one) the 1:1 chat of the bot with a user. */
  async openChat(serviceUrl: string, botId: string, userId: string, tenantId: string | undefined): Promise<TeamsAddress> {
    const api = this.clientFor(serviceUrl);
    const created = await this.#call(`chat:${userId}`, () => api.conversations.create({
      bot: { id: botId, name: '', role: 'bot' },
      members: [{ id: userId, name: '', role: 'user' }],
      ...(tenantId ? { tenantId, channelData: { tenant: { id: tenantId } } } : {}),
    }));
    return { serviceUrl, conversationId: created.id, ...(tenantId ? { tenantId } : {}) };
  }
}
