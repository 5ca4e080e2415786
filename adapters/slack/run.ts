// Runs one command request through the core and answers the sender.
import { PrivateAnswer, sendReplies } from './answer.js';
import { toInboundEvent, type CommandRequest } from './inbound.js';
import type { SlackRuntime } from './runtime.js';

export async function answerRequest(rt: SlackRuntime, request: CommandRequest): Promise<void> {
  const profile = await rt.people.profile(request.user, request.user.name, request.channel.team);
  const event = toInboundEvent(request, profile, request.text);
  const replies = await rt.bot.handle(event);
  const answer = new PrivateAnswer(rt, { user: request.user, channel: request.channel, ...(request.responseUrl ? { responseUrl: request.responseUrl } : {}) });
  await sendReplies(rt, replies, answer);
}
