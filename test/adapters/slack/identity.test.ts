// A Slack user is (workspace, user id): the same id in another workspace is another person. Clicks
// arrive as Slack sends them from a channel shared with another workspace (`team` the app's,
// `user.team_id` the clicker's), through the real Bolt app over HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import { BOT, type FakeUser } from '../../support/fake-slack.js';
import { CHANNEL, createSlackHarness, ERIK, type SlackHarness } from '../../support/slack-harness.js';
import { NEW_CASE } from '../../support/group.js';
import { createTestBot } from '../../support/testbot.js';
/** Someone else, in another workspace, whose user id happens to be Erik's. */
const OTHER_ERIK: FakeUser = { ...ERIK, name: 'erik.t2', team: 'T0002' };

const slackUsers = (h: SlackHarness) => h.tb.db.user.findMany({ where: { platform: 'slack' }, orderBy: { id: 'asc' }, select: { tenant: true, externalId: true, displayName: true } });

describe('Slack identity by workspace and user', () => {
  let h: SlackHarness;
  afterEach(async () => { await h.close(); });

  it('refuses a click by the same user id from another workspace as a non-member, and lets the member act', async () => {
    h = await createSlackHarness();
    await h.run(NEW_CASE);
    await h.run('medlem lägg till <@UERIK> org="TRR"');
    await h.run('omröstning ny "Ska vi ordna en framtidsmässa i mars?" stänger=2026-12-01');
    const card = h.fake.callsTo('chat.postMessage').at(-1)!;
    const message = [...h.fake.messages.values()].find((m) => m.text === card.args.text)!;

    await h.click(message, 'Ja', { user: OTHER_ERIK, responseId: 'other' });
    await h.idle();
    const refusal = await h.fake.until(() => h.fake.responses.find((r) => r.id === 'other'));
    expect(refusal.body.text).toBe('Du är inte medlem i samverkansgruppen för Konga Bruk konkurs. Be en ledare lägga till dig. Inget har ändrats.');
    expect(await h.tb.db.ballot.count()).toBe(0);
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);
    // The refusal leaves no trace: the other workspace's user is not recorded.
    expect(await slackUsers(h)).toEqual([
      { tenant: BOT.teamId, externalId: 'UANNA', displayName: 'Anna Svensson' },
      { tenant: BOT.teamId, externalId: 'UERIK', displayName: 'Erik Lind' },
    ]);

    await h.click(message, 'Ja', { user: ERIK, responseId: 'erik' });
    await h.idle();
    expect(h.fake.responses.find((r) => r.id === 'erik')!.body.text).toContain('Din röst på "Ja" i omröstning #1 är registrerad');
    expect(await h.tb.db.ballot.count()).toBe(1);
  });

  it('gives users recorded before workspaces were known the workspace of the token on start', async () => {
    const tb = await createTestBot();
    // As the migration leaves a user of the single-workspace days: no tenant.
    await tb.db.user.create({ data: { platform: 'slack', externalId: 'UERIK', displayName: 'Erik Lind', createdAt: tb.clock.now() } });
    h = await createSlackHarness({ testBot: tb });
    expect(await slackUsers(h)).toEqual([{ tenant: BOT.teamId, externalId: 'UERIK', displayName: 'Erik Lind' }]);
    await tb.close();
  });
});
