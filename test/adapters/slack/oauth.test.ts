// OAuth distribution end to end over real HTTP: the install route sets the state cookie and sends
// the browser to Slack's authorize page; the redirect route exchanges the code at the fake's
// oauth.v2.access, stores the installation sealed, and shows the installed page. Two workspaces
// then serve a case each, every Web API call made with its own workspace's bot token.
import { afterEach, describe, expect, it } from 'vitest';
import { APP_CREDENTIALS, USERS } from '../../support/fake-slack.js';
import { ANNA, createSlackHarness, INSTALL_URL, type SlackHarness } from '../../support/slack-harness.js';
import { NEW_CASE } from '../../support/group.js';
import { CHANNEL_T1, CHANNEL_T2, install, KARIN, T1, T2 } from '../../support/slack-workspaces.js';

describe('Slack OAuth distribution', () => {
  let h: SlackHarness;
  afterEach(async () => { await h.close(); });

  it('installs through the install and redirect routes, storing the tokens sealed, and shows the installed page', async () => {
    h = await createSlackHarness({ oauth: true });
    const start = await fetch(`${h.baseUrl}/slack/install`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin + authorize.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(authorize.searchParams.get('client_id')).toBe(APP_CREDENTIALS.clientId);
    expect(authorize.searchParams.get('scope')!.split(',')).toEqual(expect.arrayContaining(['commands', 'chat:write', 'im:write', 'users:read', 'files:write']));
    const state = authorize.searchParams.get('state')!;
    expect(start.headers.get('set-cookie')).toContain(`slack-app-oauth-state=${state}`);

    // A redirect without the browser's state cookie is refused, and nothing is stored.
    const forged = await fetch(`${h.baseUrl}/slack/oauth_redirect?code=${h.fake.authorizeCode(T1)}&state=${state}`);
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('Installationen misslyckades');
    expect(await h.tb.db.slackInstallation.count()).toBe(0);

    const page = await install(h, T1);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('Samverkan är nu installerad i arbetsytan Tingsryds &lt;kommun&gt; &amp; co.');
    expect(html).toContain('Samverkan is now installed in the workspace Tingsryds &lt;kommun&gt; &amp; co.');
    expect(html).not.toContain('<kommun>');
    expect(h.fake.callsTo('oauth.v2.access').at(-1)!.args).toMatchObject({ client_id: APP_CREDENTIALS.clientId, client_secret: APP_CREDENTIALS.clientSecret });

    expect(await h.tb.db.slackInstallation.findMany()).toMatchObject([{
      installKey: 'T0001', teamId: 'T0001', enterpriseId: null, isEnterpriseInstall: false, botUserId: 'UBOT1', botId: 'BBOT1', installerUserId: 'UANNA', installedAt: h.tb.clock.now(),
    }]);
    // What is on disk holds no token: the raw row, every column.
    const raw = await h.tb.db.$queryRawUnsafe<Record<string, unknown>[]>('SELECT * FROM "SlackInstallation"');
    const onDisk = JSON.stringify(raw, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : typeof v === 'bigint' ? String(v) : v));
    expect(onDisk).not.toContain('xoxb');
    expect(onDisk).not.toContain('t1-secret-token');
    expect((await h.store!.fetchInstallation({ teamId: 'T0001', enterpriseId: undefined, isEnterpriseInstall: false })).bot?.token).toBe(T1.botToken);
  });

  it('serves two workspaces, each case in its own channel, every call with that workspace\'s token', async () => {
    h = await createSlackHarness({ oauth: true });
    h.fake.users.set(KARIN.id, KARIN);
    await install(h, T1);
    await install(h, T2);
    const before = h.fake.calls.length;

    await h.run(NEW_CASE, { user: ANNA, channel: CHANNEL_T1 });
    await h.run('ärende ny "Konga Bruk fackligt" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs', { user: KARIN, channel: CHANNEL_T2 });
    await h.run('omröstning ny "Ska vi kräva en jobbmässa?" stänger=2026-12-01', { user: KARIN, channel: CHANNEL_T2 });
    const card = h.fake.callsTo('chat.postMessage').at(-1)!;
    const message = [...h.fake.messages.values()].find((m) => m.text === card.args.text)!;
    await h.click(message, 'Ja', { user: KARIN, channel: CHANNEL_T2, responseId: 'karin' });
    await h.idle();

    expect((await h.tb.db.case.findMany({ orderBy: { id: 'asc' } })).map((c) => c.title)).toEqual(['Konga Bruk konkurs', 'Konga Bruk fackligt']);
    expect(await h.tb.db.channelLink.findMany({ orderBy: { id: 'asc' }, select: { channelId: true, address: true } })).toEqual([
      { channelId: CHANNEL_T1.id, address: 'T0001' },
      { channelId: CHANNEL_T2.id, address: 'T0002' },
    ]);
    expect(await h.tb.db.user.findMany({ where: { platform: 'slack' }, select: { tenant: true, externalId: true, displayName: true } })).toEqual([
      { tenant: 'T0001', externalId: 'UANNA', displayName: 'Anna Svensson' },
      { tenant: 'T0002', externalId: 'UKARIN', displayName: 'Karin Berg' },
    ]);
    expect(h.fake.callsTo('chat.update').map((c) => [c.args.channel, c.token])).toEqual([[CHANNEL_T2.id, T2.botToken]]);

    // Every call since the installs: the channel's workspace's token for channel calls, the user's for users.info.
    const calls = h.fake.calls.slice(before);
    const tokenOf = (c: (typeof calls)[number]) => c.token;
    const inT1 = calls.filter((c) => c.args.channel === CHANNEL_T1.id || c.args.user === ANNA.id);
    const inT2 = calls.filter((c) => c.args.channel === CHANNEL_T2.id || c.args.user === KARIN.id);
    expect(inT1.length).toBeGreaterThan(1);
    expect(inT2.length).toBeGreaterThan(3);
    expect(new Set(inT1.map(tokenOf))).toEqual(new Set([T1.botToken]));
    expect(new Set(inT2.map(tokenOf))).toEqual(new Set([T2.botToken]));
    expect(calls.every((c) => c.token === T1.botToken || c.token === T2.botToken)).toBe(true);
  });

  it('refuses a workspace without an installation, and forgets one that uninstalls the app', async () => {
    h = await createSlackHarness({ oauth: true });
    await install(h, T1);
    const stranger = { ...USERS[2]!, team: 'T0009' };
    const callsBefore = h.fake.calls.length;
    // Bolt acknowledges a request it cannot authorize and runs nothing for it; the user is told how to act.
    expect((await h.slash('hjälp', { user: stranger, channel: { id: 'C0ELSEWHERE', name: 'x', team: 'T0009' }, responseId: 'stranger' })).status).toBe(200);
    await h.idle();
    expect(h.fake.calls.length).toBe(callsBefore);
    expect(h.fake.responses).toEqual([{ id: 'stranger', body: expect.objectContaining({
      response_type: 'ephemeral',
      text: `Samverkan är inte installerad i din arbetsplats. Knappar fungerar; för att skriva kommandon behöver din arbetsplats installera appen: ${INSTALL_URL}`,
    }) }]);
    expect(await h.tb.db.user.count()).toBe(0);

    const uninstalled = { token: 'gIkuvaNzQIHg97ATvDxqgjtO', team_id: T1.teamId, api_app_id: 'A0SAMVERKAN', type: 'event_callback', event_id: 'Ev0UNINSTALL', event_time: 1_790_000_000,
      event: { type: 'app_uninstalled', event_ts: '1790000000.000100' },
      authorizations: [{ enterprise_id: null, team_id: T1.teamId, user_id: T1.botUserId, is_bot: true, is_enterprise_install: false }] };
    expect((await h.send(JSON.stringify(uninstalled), 'application/json')).status).toBe(200);
    await h.idle();
    expect(await h.tb.db.slackInstallation.count()).toBe(0);
  });
});
