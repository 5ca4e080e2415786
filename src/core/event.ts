// The neutral inbound event every adapter produces, and where the bot's answers go.
import type { RichText } from '../text/rich.js';
import type { Message } from './message.js';

export interface InboundEvent {
  platform: string; // slack | teams | console
  /**
   * `tenant` is the workspace or tenant the user id belongs to (Slack team id, Teams AAD tenant
   * id); none on the console. The same id in another tenant is another person.
   */
  user: { id: string; name: string; locale?: string; tenant?: string };
  channel: { id: string; name?: string; direct?: boolean; address?: string };
  /** The command line, without `/samverkan` or the bot's mention. */
  text: string;
  /**
   * The line came from a button: its words are in the card's language, so they say nothing of
   * the user's, and the answer follows the user's own language instead.
   */
  clicked?: boolean;
}

/** Who sent an event, as users are keyed: (platform, tenant, user id). */
export function senderOf(event: InboundEvent): { platform: string; tenant: string; externalId: string } {
  return { platform: event.platform, tenant: event.user.tenant ?? '', externalId: event.user.id };
}

/** The entity a posted message shows, so that it can be updated in place when the entity changes. */
export interface EntityRef {
  caseId: number;
  entity: 'poll' | 'action' | 'meeting' | 'activity';
  id: number;
}

/** A refused argument, for forms that show the problem beside the field it belongs to. */
export interface FieldError {
  /** The command's schema field, e.g. `affected` for `berörda=`. */
  field: string;
  /** What was wrong, in the user's language, without the usage line. */
  text: RichText;
}

/**
 * The answer to the sender only (ephemeral in Slack, a reply in Teams), which the adapter sends
 * itself. `error` is set when an argument was refused; `message` then still carries the complete
 * text for chats.
 */
export interface Reply {
  kind: 'reply';
  message: Message;
  error?: FieldError;
}

/** A channel as a delivery addresses it. */
export interface ChannelAddress {
  platform: string;
  channelId: string;
  name?: string | null;
}

/** A person as a delivery addresses them (a User row has these). */
export interface Recipient {
  platform: string;
  /** The workspace or tenant the user is in: a DM goes through that one's installation. */
  tenant: string;
  externalId: string;
  displayName: string;
}

/**
 * What a command or a scheduled job wants the group to see besides a reply. Effects are stored in
 * the outbox in the transaction that made the change (src/outbox/), one delivery per channel,
 * person or platform, and delivered from there.
 */
export type Effect =
  /** To every active channel of the case; `ref` marks the message as an entity's card, to be updated in place later. */
  | { kind: 'post'; message: Message; ref?: EntityRef }
  /** To these channels only (the last message to a channel being unlinked, say). */
  | { kind: 'post_to'; channels: readonly ChannelAddress[]; message: Message }
  | { kind: 'dm'; user: Recipient; message: Message }
  /** Replace every posted message that shows `ref`, on every platform of the case's channels. */
  | { kind: 'update'; ref: EntityRef; message: Message };

/** Who caused a delivery: a platform that refuses it may tell them why (Slack's not_in_channel). */
export interface Origin {
  platform: string;
  userId: string;
  /** The sender's workspace or tenant, where the platform has them. */
  tenant?: string;
  channelId: string;
  locale: string;
}

/** One delivery by one platform's adapter: what an outbox row holds. */
export type Deliverable =
  | { kind: 'post'; platform: string; channelId: string; channelName?: string; message: Message; ref?: EntityRef; origin?: Origin }
  | { kind: 'dm'; platform: string; userId: string; userName: string; message: Message; tenant?: string }
  | { kind: 'update'; platform: string; ref: EntityRef; message: Message };

/**
 * What an adapter offers for messages that are not a direct reply: posts to channels, direct
 * messages and in-place updates. Transient failures (rate limits, 5xx) throw
 * RetryableDeliveryError so the caller can back off and try again.
 */
export interface Delivery {
  readonly platform: string;
  deliver(output: Deliverable, attempt?: DeliveryAttempt): Promise<void>;
}

/**
 * One try at an outbox row. `repeated` says an earlier try may have reached the platform before
 * the process stopped; a platform that can look up what it already holds (Slack, by a message's
 * metadata) then completes the delivery instead of sending it twice.
 */
export interface DeliveryAttempt {
  /** Unique per row: marks what this delivery sent. */
  key: string;
  repeated: boolean;
  /** When the row was written: nothing it sent can be older. */
  since: Date;
}

export class RetryableDeliveryError extends Error {
  constructor(message: string, readonly retryAfterMs?: number) {
    super(message);
  }
}
