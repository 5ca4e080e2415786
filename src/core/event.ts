// The neutral inbound event every adapter produces, and where the bot's answers go.
import type { Message } from './message.js';

export interface InboundEvent {
  platform: string; // slack | teams | console
  user: { id: string; name: string; locale?: string };
  channel: { id: string; name?: string; direct?: boolean; address?: string };
  /** The command line, without `/samverkan` or the bot's mention. */
  text: string;
}

export type Output =
  | { kind: 'reply'; message: Message }
  | { kind: 'post'; platform: string; channelId: string; channelName?: string; message: Message }
  | { kind: 'dm'; platform: string; userId: string; userName: string; message: Message };
