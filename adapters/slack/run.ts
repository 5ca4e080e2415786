// Runs one command request through the core and delivers what it produced.
import { deliverOutputs, PrivateAnswer } from './answer.js';
import { toInboundEvent, type CommandRequest } from './inbound.js';
import { translatorFor, type SlackRuntime } from './runtime.js';

export async function answerRequest(rt: SlackRuntime, request: CommandRequest): Promise<void> {
  const profile = await rt.people.profile(request.user.id, request.user.name);
  const event = toInboundEvent(request, profile, request.text);
  const outputs = await rt.bot.handle(event);
  const answer = new PrivateAnswer(rt, { userId: request.user.id, channelId: request.channel.id, ...(request.responseUrl ? { responseUrl: request.responseUrl } : {}) });
  await deliverOutputs(rt, outputs, answer, translatorFor(rt, profile).t);
}
