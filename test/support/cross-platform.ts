// One bot, one database and one outbox for several platforms, for cross-platform tests: the Teams
// adapter on loopback, plus either the Slack adapter on loopback (startSlackAndTeams) or the
// console (startCrossPlatform).
import { plainText } from '../../src/text/plain.js';
import { codeIn } from './group.js';
import { ANNA, createSlackHarness, type SlackHarness } from './slack-harness.js';
import { channelMessage, ERIK, startTeamsHarness, type Person, type TeamsHarness } from './teams.js';
import { createTestBot, type TestBot } from './testbot.js';

export interface CrossPlatform {
  tb: TestBot;
  teams: TeamsHarness;
  /** A console line by `user` in `channel`: the texts of what reached the console and of the replies. */
  console(user: string, channel: string, text: string): Promise<string[]>;
  close(): Promise<void>;
}

export async function startCrossPlatform(): Promise<CrossPlatform> {
  const tb = await createTestBot();
  const teams = await startTeamsHarness({ testBot: tb });
  return {
    tb, teams,
    async console(user, channel, text) {
      const outputs = await tb.handle({ platform: 'console', user: { id: user, name: user }, channel: { id: channel, name: channel }, text });
      return outputs.filter((o) => o.kind !== 'update').map((o) => plainText(o.message.text));
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

/** Both real adapters on loopback, sharing one bot, one database and its outbox. */
export async function startSlackAndTeams(): Promise<SlackAndTeams> {
  const tb = await createTestBot();
  const teams = await startTeamsHarness({ testBot: tb });
  const slack = await createSlackHarness({ testBot: tb });
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
  await slack.idle();
  await slack.click(slackDirectMessages(slack).at(-1)!, 'Godkänn');
  await slack.idle();
  await teams.idle();
}
