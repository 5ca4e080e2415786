// Slack Connect: one channel shared between the municipality's workspace (T1, which installed the
// app) and the union's (T2). Payloads come in Slack's real shapes through the real Bolt app over
// HTTP: a click's `team` is the app's workspace and `user.team_id` the clicker's; a submission's
// `team` is the submitter's and `view.app_installed_team_id` the installing one; events carry one
// entry in `authorizations`; a slash command comes only from the user's own workspace.
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeUser } from '../../support/fake-slack.js';
import { NEW_CASE } from '../../support/group.js';
import { ANNA, createSlackHarness, INSTALL_URL, type SlackHarness } from '../../support/slack-harness.js';
import { channelSharing, type Channel } from '../../support/slack-payloads.js';
import { install, KARIN, T1, T2 } from '../../support/slack-workspaces.js';

/** The shared channel, in the host workspace. */
const CONNECT: Channel = { id: 'C0CONNECT', name: 'konga-samverkan', team: T1.teamId };
/** A union member whose profile Slack withholds from the host workspace: users.info names nobody. */
const OLA: FakeUser = { id: 'UOLA', name: 'ola.berg', realName: '', team: T2.teamId };

const slackUsers = (h: SlackHarness) => h.tb.db.user.findMany({ where: { platform: 'slack' }, orderBy: { id: 'asc' }, select: { tenant: true, externalId: true, displayName: true, dmAddress: true } });
const lastPosted = (h: SlackHarness) => {
  const card = h.fake.callsTo('chat.postMessage').at(-1)!;
  return [...h.fake.messages.values()].find((m) => m.ts === card.args.ts || (m.channel === card.args.channel && m.text === card.args.text))!;
};
const input = (type: string, value: Record<string, unknown>) => ({ value: { type, ...value } });

describe('Slack Connect', () => {
  let h: SlackHarness;
  afterEach(async () => { await h.close(); });

  async function sharedCase(): Promise<void> {
    h = await createSlackHarness({ oauth: true });
    h.fake.users.set(KARIN.id, KARIN);
    h.fake.users.set(OLA.id, { ...OLA, name: '' });
    await install(h, T1);
    await h.run(NEW_CASE, { channel: CONNECT });
    await h.run('medlem lägg till <@UKARIN|karin> org=Unionen', { channel: CONNECT });
    await h.run('medlem lägg till <@UOLA|ola.berg> org=Unionen', { channel: CONNECT });
  }

  it('runs the meeting cycle with members of a workspace without the app, every call with the host\'s token', async () => {
    await sharedCase();
    // Mentioned members are recorded in their own workspace, as users.info says; a withheld profile keeps the name Slack wrote.
    expect(await slackUsers(h)).toEqual([
      { tenant: T1.teamId, externalId: 'UANNA', displayName: 'Anna Svensson', dmAddress: null },
      { tenant: T2.teamId, externalId: 'UKARIN', displayName: 'Karin Berg', dmAddress: null },
      { tenant: T2.teamId, externalId: 'UOLA', displayName: 'ola.berg', dmAddress: null },
    ]);

    // Typing needs the app in one's own workspace: Karin is told so, and nothing happens.
    await h.slash('dagordning lägg till "Lägesrapport från facket"', { user: KARIN, channel: { ...CONNECT, team: T2.teamId }, responseId: 'karin-typed' });
    await h.idle();
    expect(h.fake.responses.find((r) => r.id === 'karin-typed')!.body.text).toBe(`Samverkan är inte installerad i din arbetsplats. Knappar fungerar; för att skriva kommandon behöver din arbetsplats installera appen: ${INSTALL_URL}`);
    expect(await h.tb.db.agendaItem.count()).toBe(0);

    await h.run('dagordning lägg till "Framtidsmässa i mars"', { channel: CONNECT });
    await h.run('möte ny tisdag 10:00 plats="Kommunhuset, sal 2"', { channel: CONNECT });
    await h.run('dagordning skicka', { channel: CONNECT });
    // The agenda DM to a member of a workspace without the app goes through the host installation.
    const opened = h.fake.callsTo('conversations.open');
    expect(opened.map((c) => [c.args.users, c.token])).toEqual([['UANNA', T1.botToken], ['UKARIN', T1.botToken], ['UOLA', T1.botToken]]);
    const karinsDm = h.fake.callsTo('chat.postMessage').find((c) => c.args.channel === 'DKARIN')!;
    expect(karinsDm.token).toBe(T1.botToken);
    expect(karinsDm.args.text).toContain('Framtidsmässa i mars');
    expect((await slackUsers(h)).map((u) => u.dmAddress)).toEqual(['DANNA', 'DKARIN@T0001', 'DOLA@T0001']);

    // Buttons work for them: Karin and Ola vote by clicking; the card is updated in place.
    await h.run('omröstning ny "Ska vi ordna en framtidsmässa i mars?" stänger=2026-12-01', { channel: CONNECT });
    const poll = lastPosted(h);
    await h.click(poll, 'Ja', { user: KARIN, channel: CONNECT, responseId: 'karin-vote' });
    await h.click(poll, 'Nej', { user: OLA, channel: CONNECT, responseId: 'ola-vote' });
    await h.idle();
    expect(h.fake.responses.find((r) => r.id === 'karin-vote')!.body.text).toContain('Din röst på "Ja" i omröstning #1 är registrerad');
    expect(h.fake.responses.find((r) => r.id === 'ola-vote')!.body.text).toContain('Din röst på "Nej" i omröstning #1 är registrerad');
    expect(await h.tb.db.ballot.count()).toBe(2);
    expect(h.fake.callsTo('chat.update').every((c) => c.args.channel === CONNECT.id && c.token === T1.botToken)).toBe(true);
    expect(h.fake.callsTo('chat.update').length).toBeGreaterThan(0);
    // Ola's name is never blank nor his bare id.
    expect((await slackUsers(h)).find((u) => u.externalId === 'UOLA')!.displayName).toBe('ola.berg');

    // A form the host app opened, submitted by Karin: `team` is hers, the installation the host's.
    await h.slash('åtgärd ny', { channel: CONNECT, triggerId: 'trigger-action' });
    const { view } = (await h.fake.until(() => h.fake.callsTo('views.open')[0])).args;
    const answer = await h.submit(view, {
      text: input('plain_text_input', { value: 'Boka Folkets hus för framtidsmässan' }),
      owner: input('users_select', { selected_user: 'UKARIN' }),
      due: input('datepicker', { selected_date: '2026-12-15' }),
      org: input('plain_text_input', { value: null }),
    }, { user: KARIN });
    expect(answer).toEqual({ status: 200, body: '' });
    await h.idle();
    const action = await h.tb.db.action.findFirstOrThrow({ include: { owner: { include: { user: true } } } });
    expect(action.text).toBe('Boka Folkets hus för framtidsmässan');
    expect([action.owner?.user.tenant, action.owner?.user.externalId, action.owner?.user.displayName]).toEqual([T2.teamId, 'UKARIN', 'Karin Berg']);

    // No call went out with any other token than the host's.
    expect(h.fake.calls.filter((c) => c.method !== 'oauth.v2.access').every((c) => c.token === T1.botToken || c.token === undefined)).toBe(true);
  });

  it('records channel_shared and channel_unshared, and tells the group when a workspace leaves', async () => {
    await sharedCase();
    const posts = h.fake.callsTo('chat.postMessage').length;
    for (const [kind, id] of [['shared', 'Ev0SHARED'], ['unshared', 'Ev0UNSHARED']] as const) {
      expect((await h.send(JSON.stringify(channelSharing(kind, CONNECT.id, T2.teamId, T1.teamId, id)), 'application/json')).status).toBe(200);
    }
    await h.idle();
    const told = h.fake.callsTo('chat.postMessage').slice(posts);
    expect(told.map((c) => [c.args.channel, c.args.text, c.token])).toEqual([[CONNECT.id, 'Kanalen delas inte längre med T0002.', T1.botToken]]);
    const audit = await h.tb.db.auditEntry.findMany({ where: { action: { startsWith: 'channel_' } }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.entity, JSON.parse(a.data)])).toEqual([['channel_shared', 'channel_link', { team: T2.teamId }], ['channel_unshared', 'channel_link', { team: T2.teamId }]]);
    expect(h.logs.lines.filter((l) => /Slack channel (un)?shared/.test(l.msg)).map((l) => [l.msg, l.team])).toEqual([['Slack channel shared', T2.teamId], ['Slack channel unshared', T2.teamId]]);
  });

  it('goes on posting with the remaining installation when the workspace whose token posted leaves, and tells the group in its language', async () => {
    h = await createSlackHarness({ oauth: true });
    h.fake.users.set(KARIN.id, KARIN);
    await install(h, T1);
    await install(h, T2);
    // Karin's workspace has the app too: she types in the shared channel, which links it with her workspace's token.
    const fromT2: Channel = { ...CONNECT, team: T2.teamId };
    await h.run('ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs', { user: KARIN, channel: fromT2 });
    await h.run('inställning språk en', { user: KARIN, channel: fromT2, responseId: 'language' });
    expect((await h.tb.db.case.findFirstOrThrow()).locale).toBe('en');
    expect((await h.tb.db.channelLink.findFirstOrThrow()).address).toBe(T2.teamId);
    const posts = h.fake.callsTo('chat.postMessage').length;
    await h.send(JSON.stringify(channelSharing('unshared', CONNECT.id, T2.teamId, T1.teamId, 'Ev0LEFT')), 'application/json');
    await h.idle();
    expect((await h.tb.db.channelLink.findFirstOrThrow()).address).toBe(T1.teamId);
    expect(h.fake.callsTo('chat.postMessage').slice(posts).map((c) => [c.args.text, c.token])).toEqual([['The channel is no longer shared with T0002.', T1.botToken]]);
    // Anna, of the host workspace, is answered and posted for with the host's token from now on.
    await h.run('dagordning lägg till "Framtidsmässa i mars"', { user: ANNA, channel: CONNECT });
  });
});
