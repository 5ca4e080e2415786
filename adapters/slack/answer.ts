// Answering one interactive request: replies only the sender sees, and the request's other
// outputs (posts, DMs, updates) handed to the adapter of their platform.
import type { Output } from '../../src/core/event.js';
import type { Message } from '../../src/core/message.js';
import type { Translate } from '../../src/i18n/index.js';
import { renderMessage, type SlackMessage } from './blocks.js';
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
    if (message.files?.length) await this.rt.delivery.post(await this.rt.delivery.dmChannel(this.to.userId), { text: '', files: message.files });
  }

  async #show(page: SlackMessage): Promise<void> {
    if (this.to.responseUrl) {
      try {
        return await this.rt.api.respond(this.to.responseUrl, page);
      } catch (err) {
        this.rt.logger.warn({ err, platform: 'slack' }, 'response_url failed; answering ephemerally');
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

/** Delivers a command's outputs in order; a failed post is explained to the sender. */
export async function deliverOutputs(rt: SlackRuntime, outputs: Output[], answer: PrivateAnswer, t: Translate): Promise<void> {
  for (const output of outputs) {
    try {
      const to = 'platform' in output ? output.platform : undefined;
      if (output.kind === 'reply') await answer.reply(output.message);
      else if (!(await rt.router.deliver(output))) rt.logger.warn({ kind: output.kind, to }, 'no adapter serves this platform; output dropped');
      rt.logger.info({ platform: 'slack', kind: output.kind, to }, 'output delivered');
    } catch (err) {
      rt.logger.error({ err, platform: 'slack', kind: output.kind }, 'could not deliver an output');
      if (output.kind === 'reply') continue;
      const text = t(platformError(err) === 'not_in_channel' ? 'slack.not_in_channel' : 'slack.delivery_failed');
      await answer.reply({ text }).catch((e: unknown) => rt.logger.error({ err: e, platform: 'slack' }, 'could not tell the sender either'));
    }
  }
}
