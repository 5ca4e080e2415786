// The same scenario through the console and through Slack over signed HTTP must end in the same
// state. A scenario is written in the console protocol (DESIGN §4): `@name /samverkan …`,
// `/samverkan …` (as anna), `#channel`, `:clock <time>`. On Slack each `@name` speaks as the Slack
// user of that name, `@name` inside a command becomes Slack's `<@U…>` mention, `#channel` is a
// Slack channel of that name, and `:clock` runs the scheduled jobs due on the way, as the console
// does, delivering their outbox through the Slack adapter.
import { parseClock } from '../../adapters/console/clock-arg.js';
import { createLogger } from '../../src/logger.js';
import { allJobs } from '../../src/schedule/jobs/index.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { OutboxSender } from '../../src/outbox/sender.js';
import type { Db } from '../../src/store/client.js';
import type { FakeUser } from './fake-slack.js';
import { CHANNEL, createSlackHarness, type SlackHarness } from './slack-harness.js';
import { contents, createTestBot, type TestBot } from './testbot.js';

const ZONE = 'Europe/Stockholm';
/** One ballot secret for both runs, so that anonymous voter keys can be compared. */
const BALLOT_SECRET = 'parity-ballot-secret-0123456789abcdef';

/** Runs the scenario on the console test bot. */
export async function runOnConsole(script: string): Promise<TestBot> {
  const tb = await createTestBot({ ballotSecret: BALLOT_SECRET });
  await tb.run(script);
  return tb;
}

const slackId = (name: string) => `U${name.toUpperCase().replace(/[^A-Z0-9]/g, '')}`;

/** The Slack user of a console name; the display name is that name, so that texts compare equal. */
function slackUser(h: SlackHarness, name: string): FakeUser {
  const user = { id: slackId(name), name, realName: name, locale: 'sv-SE' };
  h.fake.users.set(user.id, user);
  return user;
}

/** Runs the scenario over Slack, each command signed and sent as Slack would, waiting for its work. */
export async function runOnSlack(script: string): Promise<SlackHarness> {
  const h = await createSlackHarness({ ballotSecret: BALLOT_SECRET });
  const logger = createLogger('silent');
  const scheduler = new Scheduler({ db: h.tb.db, logger, jobs: allJobs(BALLOT_SECRET) });
  const sender = new OutboxSender({ db: h.tb.db, clock: h.tb.clock, logger, deliveries: [h.adapter.delivery] });
  let channel = CHANNEL;
  for (const raw of script.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('//')) continue;
    if (line.startsWith('#')) {
      channel = { id: `C${line.slice(1).toUpperCase().replace(/[^A-Z0-9]/g, '')}`, name: line.slice(1) };
      continue;
    }
    if (line.startsWith(':clock')) {
      // As the console does: every job due on the way runs, and its outbox goes out (here to Slack).
      const to = parseClock(line.slice(':clock'.length).trim(), ZONE)!;
      await scheduler.runDue(h.tb.clock.now(), to);
      h.tb.clock.set(to);
      await sender.flush();
      continue;
    }
    const speaker = /^@([\p{L}\p{N}._-]+)\s+(.*)$/u.exec(line);
    const text = (speaker ? speaker[2]! : line).replace(/^\/samverkan\s*/, '').replace(/(^|[\s=])@([\p{L}\p{N}._-]+)/gu, (_, before: string, name: string) => `${before}<@${slackUser(h, name).id}>`);
    await h.run(text, { user: slackUser(h, speaker?.[1] ?? 'anna'), channel });
  }
  return h;
}

// Platform identities and the adapters' own bookkeeping differ by design between two runs, and so
// do sealed choices (a fresh nonce each time) and join code hashes (of random codes); everything
// else must be equal, including every instant (both runs share the virtual clock).
const PLATFORM_TABLES = new Set(['ProcessedEvent', 'PostedMessage', 'OutboxMessage']);
const PLATFORM_COLUMNS: Record<string, string[]> = {
  User: ['platform', 'tenant', 'externalId', 'dmAddress'],
  ChannelLink: ['platform', 'channelId', 'name', 'address'],
  LinkFailure: ['platform', 'channelId'],
  JoinCode: ['codeHash'],
  AuditEntry: ['data'],
  Ballot: ['sealed'],
};

/** Every row of every domain table, without what depends on the platform. */
export async function domainState(db: Db): Promise<Record<string, unknown[]>> {
  const all = await contents(db);
  return Object.fromEntries(Object.entries(all).filter(([table]) => !PLATFORM_TABLES.has(table)).map(([table, rows]) => {
    const drop = PLATFORM_COLUMNS[table] ?? [];
    return [table, rows.map((row) => Object.fromEntries(Object.entries(JSON.parse(row as string) as Record<string, unknown>).filter(([column]) => !drop.includes(column))))];
  }));
}
