// A plain Bolt 5 app in HTTP mode on POST /slack/events, the yardstick the bot is measured
// against: the same receiver, signature check and ack as the bot's adapter, with only the
// listener given. It has the bot's ids, so Bolt never calls auth.test.
import { App, HTTPReceiver, LogLevel, type SlackCommandMiddlewareArgs } from '@slack/bolt';
import { BOT } from '../../test/support/fake-slack.js';
import { BOT_TOKEN, EVENTS_PATH, SIGNING_SECRET } from './slash-requests.js';

export type SlashListener = (args: SlackCommandMiddlewareArgs) => Promise<void>;

/** Listens on PORT and prints `{"ready":true}` on standard output once it does. */
export async function serveBoltApp(onSlash: SlashListener): Promise<void> {
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, endpoints: EVENTS_PATH, logLevel: LogLevel.ERROR });
  const app = new App({
    token: BOT_TOKEN, botId: BOT.botId, botUserId: BOT.userId, receiver, logLevel: LogLevel.ERROR, convoStore: false,
    ...(process.env.SLACK_API_URL ? { clientOptions: { slackApiUrl: process.env.SLACK_API_URL } } : {}),
  });
  app.command('/samverkan', onSlash);
  await app.start(Number(process.env.PORT));
  process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
}
