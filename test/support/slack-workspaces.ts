// Workspaces of the OAuth tests: the municipality's (T1, the bot's own id) and the union's (T2), a
// union member, a channel in each, and the browser's part of installing into one.
import type { FakeUser, FakeWorkspace } from './fake-slack.js';
import type { SlackHarness } from './slack-harness.js';
import type { Channel } from './slack-payloads.js';

export const T1: FakeWorkspace = { teamId: 'T0001', teamName: 'Tingsryds <kommun> & co', botToken: 'xoxb-1111-t1-secret-token', botUserId: 'UBOT1', botId: 'BBOT1', installerId: 'UANNA' };
export const T2: FakeWorkspace = { teamId: 'T0002', teamName: 'Unionen Kronoberg', botToken: 'xoxb-2222-t2-secret-token', botUserId: 'UBOT2', botId: 'BBOT2', installerId: 'UKARIN' };
export const KARIN: FakeUser = { id: 'UKARIN', name: 'karin', realName: 'Karin Berg', locale: 'sv-SE', team: T2.teamId };
export const CHANNEL_T1: Channel = { id: 'C0KOMMUN', name: 'samverkan-konga', team: T1.teamId };
export const CHANNEL_T2: Channel = { id: 'C0UNIONEN', name: 'konga-fack', team: T2.teamId };

/** The browser's part of an install: the install route, Slack's authorize page (the fake's code), the redirect. */
export async function install(h: SlackHarness, w: FakeWorkspace): Promise<Response> {
  const start = await fetch(`${h.baseUrl}/slack/install`, { redirect: 'manual' });
  const authorize = new URL(start.headers.get('location')!);
  const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
  const redirect = new URL(`${h.baseUrl}/slack/oauth_redirect`);
  redirect.searchParams.set('code', h.fake.authorizeCode(w));
  redirect.searchParams.set('state', authorize.searchParams.get('state')!);
  return fetch(redirect, { headers: { cookie } });
}
