// Answering one interactive request: the replies only the sender sees. What the command posted for
// the group is in the outbox; the sender delivers it.
import type { Reply } from '../../src/core/event.js';
import type { Message } from '../../src/core/message.js';
import { renderMessage, type SlackMessage } from './blocks.js';
import { SLACK } from './platform.js';
import { platformError } from './rate-limit.js';
import type { SlackChannel, SlackUser } from './inbound.js';
import type { SlackRuntime } from './runtime.js';

export interface Sender {
  user: SlackUser;
  channel: SlackChannel;
  responseUrl?: string;
}

/**
 * A reply goes through the request's response_url when there is one; otherwise (or when it has
 * expired) as an ephemeral message in the channel; where Slack refuses that (a conversation the
 * bot is not in), as a DM. Files of a reply go to the user's DM: an ephemeral message cannot
 * carry them.
 */
export class PrivateAnswer {
  constructor(private readonly rt: SlackRuntime, private readonly to: Sender) {}

  async reply(message: Message): Promise<void> {
    for (const page of renderMessage(message)) await this.#show(page);
    if (message.files?.length) await this.rt.replyFiles.send(await this.rt.delivery.dmChannel(this.to.user), message.files);
  }

  async #show(page: SlackMessage): Promise<void> {
    if (this.to.responseUrl) {
      try {
        return await this.rt.apis.base.respond(this.to.responseUrl, page);
      } catch (err) {
        this.rt.logger.warn({ err, platform: SLACK }, 'response_url failed; answering ephemerally');
      }
    }
    try {
      await (await this.rt.apis.for(this.to.channel.team)).postEphemeral(this.to.channel.id, this.to.user.id, page);
    } catch (err) {
      if (!platformError(err)) throw err;
      const dm = await this.rt.delivery.dmChannel(this.to.user);
      await (await this.rt.apis.for(dm.team)).postMessage(dm.channel, page);
    }
  }
}

/** Sends a command's replies in order; one that cannot be sent is logged and the others still go. */
export async function sendReplies(rt: SlackRuntime, replies: readonly Reply[], answer: PrivateAnswer): Promise<void> {
  for (const reply of replies) {
    await answer.reply(reply.message).catch((err: unknown) => rt.logger.error({ err, platform: SLACK }, 'could not answer the sender'));
  }
}
