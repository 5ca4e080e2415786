// One bot, one database, one Dispatcher and several platforms, for cross-platform tests: the
// Teams adapter on loopback, plus either the Slack adapter on loopback (startSlackAndTeams) or a
// recording Delivery for every other platform that takes part (startCrossPlatform).
import type { Delivery } from '../../src/core/event.js';
import type { Deliverable } from '../../src/core/dispatch.js';
import { Dispatcher } from '../../src/core/dispatch.js';
import { createLogger } from '../../src/logger.js';
import { codeIn } from './group.js';
import { ANNA, createSlackHarness, type SlackHarness } from './slack-harness.js';
import { channelMessage, ERIK, startTeamsHarness, type Person, type TeamsHarness } from './teams.js';
import { createTestBot, type TestBot } from './testbot.js';
import { plainText } from '../../src/text/plain.js';

/** Stands in for a platform's adapter: records what would have been delivered there. */
export class RecordingDelivery implements Delivery {
  readonly delivered: Deliverable[] = [];
  constructor(readonly platform: string) {}
  async deliver(output: Deliverable): Promise<void> {
    this.delivered.push(output);
  }
}

export interface CrossPlatform {
  tb: TestBot;
  dispatcher: Dispatcher;
  teams: TeamsHarness;
  others: Record<string, RecordingDelivery>;
  /** A console line by `user` in `channel`; outputs for other platforms go through the dispatcher. */
  console(user: string, channel: string, text: string): Promise<string[]>;
  close(): Promise<void>;
}

export async function startCrossPlatform(otherPlatforms: string[] = ['console']): Promise<CrossPlatform> {
  const tb = await createTestBot();
  const dispatcher = new Dispatcher(createLogger('silent'));
  const others = Object.fromEntries(otherPlatforms.map((p) => [p, new RecordingDelivery(p)]));
  for (const delivery of Object.values(others)) dispatcher.register(delivery);
  const teams = await startTeamsHarness({ testBot: tb, dispatcher });
  return {
    tb, dispatcher, teams, others,
    async console(user, channel, text) {
      const outputs = await tb.bot.handle({ platform: 'console', user: { id: user, name: user }, channel: { id: channel, name: channel }, text });
      await dispatcher.dispatch(outputs.filter((o) => o.kind === 'update' || ('platform' in o && o.platform !== 'console')));
      return outputs.filter((o) => o.kind === 'reply' || ('platform' in o && o.platform === 'console')).map((o) => plainText(o.message.text));
    },
    async close() {
      await teams.close();
      await tb.close();
    },
  };
}

export interface SlackAndTeams {
  tb: TestBot;
  slack: SlackHarness;
  teams: TeamsHarness;
  close(): Promise<void>;
}

/** Both real adapters on loopback, sharing one bot, one database and the Teams harness's Dispatcher. */
export async function startSlackAndTeams(): Promise<SlackAndTeams> {
  const tb = await createTestBot();
  const teams = await startTeamsHarness({ testBot: tb });
  const slack = await createSlackHarness({ testBot: tb, dispatcher: teams.dispatcher });
  return {
    tb, slack, teams,
    async close() {
      await slack.close();
      await teams.close();
      await tb.close();
    },
  };
}

/** The messages Slack's fake holds in the direct conversation of a user (`D…` for `U…`), oldest first. */
export function slackDirectMessages(slack: SlackHarness, userId = ANNA.id) {
  return [...slack.fake.messages.values()].filter((m) => m.channel === `D${userId.replace(/^U/, '')}`);
}

/**
 * The join flow across both adapters: anna (leader, on Slack) makes a code and gets it by direct
 * message; `person` links the Teams channel with it; anna clicks Approve on the card she got by
 * direct message on Slack.
 */
export async function joinFromTeams(both: SlackAndTeams, person: Person = ERIK): Promise<void> {
  const { slack, teams } = both;
  await slack.run('ärende kod');
  const code = codeIn(slackDirectMessages(slack).at(-1)!.text);
  await teams.send(channelMessage(teams.connector.url, person, `ärende koppla ${code}`));
  await slack.adapter.idle();
  await slack.click(slackDirectMessages(slack).at(-1)!, 'Godkänn');
  await slack.adapter.idle();
  await teams.adapter.idle();
}
