// Nothing acknowledged is lost, nothing is duplicated: the real program in Slack HTTP mode takes a
// burst of signed `åtgärd ny` commands over ten channels and is killed with SIGKILL in the middle
// of it. After a restart every action the database holds has its card in its channel exactly
// once, and every card the channels show is an action the database holds.
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/store/client.js';
import { FakeSlack } from '../support/fake-slack.js';
import { freePort, ready, startProgram } from '../support/program.js';
import { postSigned, slashCommand } from '../support/slack-payloads.js';
import { freshDatabase } from '../support/testbot.js';

const SECRET = 'a-signing-secret-for-the-crash';
const CHANNELS = 10;
const PER_CHANNEL = 8;
const ANNA = { id: 'UANNA', name: 'anna', realName: 'Anna Svensson' };

/** Ten cases led by anna, each with its own Slack channel. */
async function seed(db: Db): Promise<void> {
  const at = new Date();
  const anna = await db.user.create({ data: { platform: 'slack', externalId: ANNA.id, displayName: ANNA.realName, createdAt: at } });
  for (let i = 0; i < CHANNELS; i++) {
    await db.case.create({
      data: {
        title: `Ärende ${i}`, company: 'AB', municipality: 'Tingsryd', kind: 'varsel', affected: 100, createdAt: at,
        channels: { create: { platform: 'slack', channelId: `C${i}`, name: `kanal-${i}`, createdAt: at } },
        members: { create: { userId: anna.id, role: 'leader', joinedAt: at } },
      },
    });
  }
}

const text = (channel: number, k: number) => `Uppgift ${channel}-${k}`;

describe('a crash in the middle of a burst of commands', () => {
  let fake: FakeSlack | undefined;
  afterEach(async () => { await fake?.stop(); });

  it('loses no acknowledged command and posts no card twice', async () => {
    fake = await new FakeSlack().start();
    const { url } = await freshDatabase();
    const db = await openDb(url);
    await seed(db);
    const port = await freePort();
    const env = { DATABASE_URL: url, PORT: String(port), LOG_LEVEL: 'info', SLACK_BOT_TOKEN: 'xoxb-crash-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl };
    const events = `http://127.0.0.1:${port}/slack/events`;
    const cards = () => fake!.callsTo('chat.postMessage').filter((c) => /^\*Åtgärd #\d+: Uppgift/.test(c.args.text));

    const first = startProgram(env);
    await ready(first.child, first.done);
    const burst = Array.from({ length: CHANNELS * PER_CHANNEL }, (_, n) => {
      const [channel, k] = [n % CHANNELS, Math.floor(n / CHANNELS)];
      const body = new URLSearchParams(slashCommand(ANNA, { id: `C${channel}`, name: `kanal-${channel}` }, `åtgärd ny "${text(channel, k)}" ansvarig=<@${ANNA.id}> senast=2099-12-31`, fake!.responseUrl(`c${n}`))).toString();
      return postSigned(events, SECRET, body).catch(() => null);
    });
    // Killed once a quarter of the cards are out: the rest are acknowledged, stored, or neither.
    await fake.until(() => cards().length >= (CHANNELS * PER_CHANNEL) / 4);
    first.child.kill('SIGKILL');
    await first.done;
    await Promise.all(burst);

    // The dead process's leases would run out in two minutes; the test does not wait for that.
    await db.outboxMessage.updateMany({ where: { status: 'pending' }, data: { nextAttemptAt: new Date() } });
    const second = startProgram(env);
    await ready(second.child, second.done);
    for (let waited = 0; (await db.outboxMessage.count({ where: { status: 'pending' } })) > 0; waited += 200) {
      if (waited > 60_000) throw new Error('the outbox did not drain');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    second.child.kill('SIGTERM');
    expect((await second.done).code).toBe(0);

    const actions = await db.action.findMany({ include: { case: { include: { channels: true } } } });
    expect(actions.length).toBeGreaterThanOrEqual(cards().length);
    const posted = cards().map((c) => `${c.args.channel} ${/^\*Åtgärd #\d+: (.*)\*$/.exec(c.args.text.split('\n')[0]!)![1]}`).sort();
    const stored = actions.map((a) => `${a.case.channels[0]!.channelId} ${a.text}`).sort();
    expect(posted).toEqual(stored);
    expect(await db.outboxMessage.count({ where: { status: 'failed' } })).toBe(0);
    expect(await db.postedMessage.count({ where: { entity: 'action' } })).toBe(actions.length);
    await db.$disconnect();
  }, 120_000);
});
