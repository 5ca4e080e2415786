// The neutral inbound event every adapter produces, and where the bot's answers go.
import type { RichText } from '../text/rich.js';
import type { Message } from './message.js';

export interface InboundEvent {
  platform: string; // slack | teams | console
  user: { id: string; name: string; locale?: string };
  channel: { id: string; name?: string; direct?: boolean; address?: string };
  /** The command line, without `/samverkan` or the bot's mention. */
  text: string;
  /**
   * The line came from a button: its words are in the card's language, so they say nothing of
   * the user's, and the answer follows the user's own language instead.
   */
  clicked?: boolean;
}

/** The entity a posted message shows, so that it can be updated in place when the entity changes. */
export interface EntityRef {
  caseId: number;
  entity: 'poll' | 'action' | 'meeting';
  id: number;
}

/** A refused argument, for forms that show the problem beside the field it belongs to. */
export interface FieldError {
  /** The command's schema field, e.g. `affected` for `berörda=`. */
  field: string;
  /** What was wrong, in the user's language, without the usage line. */
  text: RichText;
}

export type Output =
  /**
   * To the sender only (ephemeral in Slack, a reply in Teams). `error` is set when an argument
   * was refused; `message` then still carries the complete text for chats.
   */
  | { kind: 'reply'; message: Message; error?: FieldError }
  | { kind: 'post'; platform: string; channelId: string; channelName?: string; message: Message; ref?: EntityRef }
  | { kind: 'dm'; platform: string; userId: string; userName: string; message: Message }
  /** Replace every posted message that shows `ref` (chat.update, Teams card refresh). */
  | { kind: 'update'; ref: EntityRef; message: Message };

/**
 * What an adapter offers for messages that are not a direct reply: posts to channels, direct
 * messages and in-place updates. Transient failures (rate limits, 5xx) throw
 * RetryableDeliveryError so the caller can back off and try again.
 */
export interface Delivery {
  readonly platform: string;
  deliver(output: Exclude<Output, { kind: 'reply' }>): Promise<void>;
}

export class RetryableDeliveryError extends Error {
  constructor(message: string, readonly retryAfterMs?: number) {
    super(message);
  }
}
