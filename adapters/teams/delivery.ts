// Teams side of the Delivery contract: posts to linked channels, direct messages (opening the
// 1:1 chat when none is known) and in-place updates of posted cards. Transient connector
// failures are retried inside (connector.ts); when those retries run out the call throws
// RetryableDeliveryError for the outbox to try again later. A post that shows an entity is
// recorded (PostedMessage) so that later updates can find it.
import type { Clock } from '../../src/clock.js';
import type { Deliverable, Delivery, EntityRef } from '../../src/core/event.js';
import type { Message } from '../../src/core/message.js';
import type { Logger } from '../../src/logger.js';
import { channelAddress, rememberUserAddress, userAddress } from '../../src/store/addresses.js';
import type { Db } from '../../src/store/client.js';
import { postedFor, recordPosted } from '../../src/store/posted.js';
import { formatAddress, parseAddress, type TeamsAddress } from './address.js';
import type { TeamsConnector } from './connector.js';
import { PLATFORM } from './inbound.js';
import { renderMessage, type RenderOptions } from './render.js';

/** What the adapter knows about itself; the bot id and tenant are learnt from inbound activities. */
export interface BotIdentity {
  botId?: string;
  /** The name users mention the bot by, which typed commands in the text form of a card start with. */
  name?: string;
  tenantId?: string;
  /** Where new 1:1 chats are created when the user's service URL is not known. */
  serviceUrl: string;
}

export class TeamsDelivery implements Delivery {
  readonly platform = PLATFORM;

  constructor(private readonly db: Db, private readonly clock: Clock, private readonly connector: TeamsConnector, private readonly identity: BotIdentity, private readonly logger: Logger) {}

  async deliver(output: Deliverable): Promise<void> {
    if (output.platform !== PLATFORM) return;
    if (output.kind === 'update') return this.#update(output.ref, output.message);
    if (output.kind === 'dm') {
      await this.send(await this.#chatWith(output.userId, output.tenant ?? ''), output.message);
      return;
    }
    const address = parseAddress(await channelAddress(this.db, PLATFORM, output.channelId));
    if (!address) throw new Error(`no Teams address stored for channel ${output.channelId}`);
    const [first] = await this.send(address, output.message);
    if (output.ref && first) await recordPosted(this.db, { ref: output.ref, platform: PLATFORM, channelId: output.channelId, messageId: first }, this.clock.now());
  }

  /** Sends a message (split into several activities when long); returns the activity ids. */
  async send(to: TeamsAddress, message: Message, options: { asText?: boolean } = {}): Promise<string[]> {
    const { activities, omitted } = renderMessage(message, { ...this.#render, ...options });
    if (omitted.length) this.logger.warn({ platform: PLATFORM, files: omitted }, 'files too large or of a kind Teams cannot show inline');
    const ids: string[] = [];
    for (const activity of activities) ids.push(await this.connector.send(to, activity));
    return ids;
  }

  /** A message in its text form (cards with their typed commands), as one string: an invoke's answer. */
  text(message: Message): string {
    const { activities } = renderMessage({ text: message.text, ...(message.card ? { card: message.card } : {}) }, { ...this.#render, asText: true, limit: Number.POSITIVE_INFINITY });
    return activities.map((a) => a.text ?? '').join('\n');
  }

  get #render(): RenderOptions {
    return this.identity.name ? { botName: this.identity.name } : {};
  }

  async #chatWith(userId: string, tenant: string): Promise<TeamsAddress> {
    const who = { platform: PLATFORM, tenant, externalId: userId };
    const known = parseAddress(await userAddress(this.db, who));
    if (known) return known;
    if (!this.identity.botId) throw new Error('the Teams bot id is not known yet: no activity received and no TEAMS_CLIENT_ID');
    // The chat is opened in the user's own tenant: in another one it is not theirs (a shared channel's external user).
    const opened = await this.connector.openChat(this.identity.serviceUrl, this.identity.botId, userId, tenant || this.identity.tenantId);
    await rememberUserAddress(this.db, who, formatAddress(opened));
    return opened;
  }

  /** Re-renders every posted copy of the entity; only the first part of a split message is replaced. */
  async #update(ref: EntityRef, message: Message): Promise<void> {
    const [activity] = renderMessage(message, this.#render).activities;
    for (const posted of await postedFor(this.db, ref, PLATFORM)) {
      const address = parseAddress(await channelAddress(this.db, PLATFORM, posted.channelId));
      if (address && activity) await this.connector.update(address, posted.messageId, activity);
    }
  }
}
