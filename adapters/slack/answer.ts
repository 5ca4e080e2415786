// Answering one interactive request: replies only the sender sees, and the request's other
// outputs (posts, DMs, updates) handed to the adapter of their platform.
import type { Output } from '../../src/core/event.js';
import type { Message } from '../../src/core/message.js';
import type { Translate } from '../../src/i18n/index.js';
import { literal } from '../../src/text/rich.js';
import { renderMessage, type SlackMessage } from './blocks.js';
import { SLACK } from './platform.js';
import { platformError } from './rate-limit.js';
import type { SlackRuntime } from './runtime.js';

export interface Sender {
  userId: string;
  channelId: string;
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
    if (message.files?.length) await this.rt.delivery.post(await this.rt.delivery.dmChannel(this.to.userId), { text: literal(''), files: message.files });
  }

  async #show(page: SlackMessage): Promise<void> {
    if (this.to.responseUrl) {
      try {
        return await this.rt.api.respond(this.to.responseUrl, page);
      } catch (err) {
        this.rt.logger.warn({ err, platform: SLACK }, 'response_url failed; answering ephemerally');
      }
    }
    try {
      await this.rt.api.postEphemeral(this.to.channelId, this.to.userId, page);
    } catch (err) {
      if (!platformError(err)) throw err;
      await this.rt.api.postMessage(await this.rt.delivery.dmChannel(this.to.userId), page);
    }
  }
}

/**
 * Delivers a command's outputs in order. Posts and DMs on Slack go straight to the Slack delivery,
 * so that a failure can be explained to the sender (a private channel the bot was not invited
 * to); updates and other platforms' outputs go through the dispatcher.
 */
export async function deliverOutputs(rt: SlackRuntime, outputs: Output[], answer: PrivateAnswer, t: Translate): Promise<void> {
  for (const output of outputs) {
    try {
      if (output.kind === 'reply') await answer.reply(output.message);
      else if (output.kind !== 'update' && output.platform === SLACK) await rt.delivery.deliver(output);
      else await rt.dispatcher.dispatch([output]);
    } catch (err) {
      rt.logger.error({ err, platform: SLACK, kind: output.kind }, 'could not deliver an output');
      if (output.kind === 'reply') continue;
      const text = t(platformError(err) === 'not_in_channel' ? 'slack.not_in_channel' : 'slack.delivery_failed');
      await answer.reply({ text }).catch((e: unknown) => rt.logger.error({ err: e, platform: SLACK }, 'could not tell the sender either'));
    }
  }
}
