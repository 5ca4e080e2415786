// What only the sender may see (exact figures, a join code) goes by direct message: in a channel a
// reply can be seen by others (on Teams it is a message in the command's thread).
import type { Message } from '../core/message.js';
import type { MessageKey } from '../i18n/index.js';
import type { CommandContext } from './context.js';

/** Sends the messages to the sender directly; in a channel, `sentKey` answers there where they went. */
export function sendPrivately(ctx: CommandContext, sentKey: MessageKey, ...messages: Message[]): void {
  for (const message of messages) ctx.dm(ctx.user, message);
  if (!ctx.event.channel.direct) ctx.reply({ text: ctx.t(sentKey) });
}
