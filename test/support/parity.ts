// The same scenario through the console and through Slack over signed HTTP must end in the same
// state. A scenario is written in the console protocol (DESIGN §4): `@name /samverkan …`,
// `/samverkan …` (as anna), `#channel`, `:clock <time>`. On Slack each `@name` speaks as the Slack
// user of that name, `@name` inside a command becomes Slack's `<@U…>` mention, and `#channel` is
// a Slack channel of that name. When the workflow commands land, the meeting cycle is one more
// scenario for `runOnSlack`/`runOnConsole` and the same comparison.
import { parseClock } from '../../adapters/console/clock-arg.js';
import type { Db } from '../../src/store/client.js';
import type { FakeUser } from './fake-slack.js';
import { createSlackHarness, type SlackHarness } from './slack-harness.js';
import { contents, createTestBot, type TestBot } from './testbot.js';

const ZONE = 'Europe/Stockholm';

/** Runs the scenario on the console test bot. */
export async function runOnConsole(script: string): Promise<TestBot> {
  const tb = await createTestBot();
  await tb.run(script);
  return tb;
}

const slackId = (name: string) => `U${name.toUpperCase().replace(/[^A-Z0-9]/g, '')}`;

function slackUser(h: SlackHarness, name: string): FakeUser {
  const id = slackId(name);
  if (!h.fake.users.has(id)) h.fake.users.set(id, { id, name, realName: name, locale: 'sv-SE' });
  return h.fake.users.get(id)!;
}

/** Runs the scenario over Slack, each command signed and sent as Slack would, waiting for its work. */
export async function runOnSlack(script: string): Promise<SlackHarness> {
  const h = await createSlackHarness();
  let channel = { id: 'CSAMVERKAN', name: 'samverkan' };
  for (const raw of script.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('//')) continue;
    if (line.startsWith('#')) {
      channel = { id: `C${line.slice(1).toUpperCase().replace(/[^A-Z0-9]/g, '')}`, name: line.slice(1) };
      continue;
    }
    if (line.startsWith(':clock')) {
      h.tb.clock.set(parseClock(line.slice(':clock'.length).trim(), ZONE)!);
      continue;
    }
    const speaker = /^@([\p{L}\p{N}._-]+)\s+(.*)$/u.exec(line);
    const text = (speaker ? speaker[2]! : line).replace(/^\/samverkan\s*/, '').replace(/(^|[\s=])@([\p{L}\p{N}._-]+)/gu, (_, before: string, name: string) => `${before}<@${slackUser(h, name).id}>`);
    await h.run(text, { user: slackUser(h, speaker?.[1] ?? 'anna'), channel });
  }
  return h;
}

// Platform identities, the adapters' own bookkeeping and the moments rows were written differ by
// design between two runs; everything else must be equal.
const PLATFORM_TABLES = new Set(['ProcessedEvent', 'PostedMessage', 'OutboxMessage']);
const PLATFORM_COLUMNS: Record<string, string[]> = {
  User: ['platform', 'externalId', 'displayName', 'locale', 'dmAddress'],
  ChannelLink: ['platform', 'channelId', 'name', 'address'],
  Case: ['joinCode'],
  AuditEntry: ['data'],
};
const MOMENTS = ['createdAt', 'updatedAt', 'receivedAt', 'joinedAt', 'claimedAt'];

/** Every row of every domain table, without what depends on the platform or the wall clock. */
export async function domainState(db: Db): Promise<Record<string, unknown[]>> {
  const all = await contents(db);
  return Object.fromEntries(Object.entries(all).filter(([table]) => !PLATFORM_TABLES.has(table)).map(([table, rows]) => {
    const drop = [...MOMENTS, ...(PLATFORM_COLUMNS[table] ?? [])];
    return [table, rows.map((row) => Object.fromEntries(Object.entries(JSON.parse(row as string) as Record<string, unknown>).filter(([column]) => !drop.includes(column))))];
  }));
}
