// Drives the real Teams adapter (the Teams SDK App on the shared HTTP server, loopback) with
// activities in the Bot Framework shape; answers land in a FakeConnector.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PUBLIC, withOverrides } from '@microsoft/teams.api';
import { startHttpServer, type Routes } from '../../adapters/http/server.js';
import { TeamsAdapter } from '../../adapters/teams/adapter.js';
import type { TeamsActivity } from '../../adapters/teams/inbound.js';
import type { Timer } from '../../adapters/teams/limiter.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { FakeConnector, newSigningKey, signJwt, type SigningKey } from './fake-connector.js';
import { createTestBot, type TestBot } from './testbot.js';

export const BOT = { id: '28:app-id-123', name: 'Samverkan' };
export const TENANT = 'tenant-1';
export const TEAM_CHANNEL = '19:kanal-konga@thread.tacv2';

export interface Person {
  id: string;
  name: string;
}
export const ERIK: Person = { id: '29:erik', name: 'Erik Lind' };
export const ANNA: Person = { id: '29:anna', name: 'Anna Berg' };

let sequence = 0;
const nextId = () => `${1_700_000_000_000 + ++sequence}`;

/** An activity as the Bot Framework service posts it (with more fields than the adapter reads). */
export type WireActivity = TeamsActivity & { serviceUrl: string; [field: string]: unknown };

function envelope(serviceUrl: string, from: Person, conversation: Record<string, unknown>, extra: Record<string, unknown>): WireActivity {
  return {
    id: nextId(), channelId: 'msteams', serviceUrl, timestamp: new Date().toISOString(), locale: 'sv-SE',
    from: { ...from, aadObjectId: `aad-${from.id.slice(3)}` }, recipient: BOT,
    conversation: { tenantId: TENANT, ...conversation },
    channelData: { tenant: { id: TENANT } }, ...extra,
  } as unknown as WireActivity;
}

/** A channel message that @mentions the bot (and maybe others); `text` uses `@Name` for each. */
export function channelMessage(serviceUrl: string, from: Person, text: string, others: Person[] = [], channel = TEAM_CHANNEL) {
  const entities = [BOT, ...others].map((p) => ({ type: 'mention', mentioned: p, text: `<at>${p.name}</at>` }));
  let body = `<at>${BOT.name}</at> ${text}`;
  for (const p of others) body = body.replace(`@${p.name}`, `<at>${p.name}</at>`);
  const root = nextId();
  return envelope(serviceUrl, from, { id: `${channel};messageid=${root}`, conversationType: 'channel', isGroup: true }, {
    type: 'message', text: body, textFormat: 'plain', entities,
    channelData: { tenant: { id: TENANT }, team: { id: '19:team@thread.tacv2', name: 'Konga' }, channel: { id: channel, name: 'samverkan' } },
  });
}

export function personalMessage(serviceUrl: string, from: Person, text: string) {
  return envelope(serviceUrl, from, { id: `a:personal-${from.id.slice(3)}`, conversationType: 'personal' }, { type: 'message', text, textFormat: 'plain' });
}

/** A click on an Action.Execute button of a card posted in the channel. */
export function cardAction(serviceUrl: string, from: Person, command: string, channel = TEAM_CHANNEL) {
  return envelope(serviceUrl, from, { id: `${channel};messageid=${nextId()}`, conversationType: 'channel', isGroup: true }, {
    type: 'invoke', name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb: 'samverkan', data: { command } }, trigger: 'manual' },
  });
}

/** The bot added to a team (its general channel) or installed in a personal chat. */
export function botAdded(serviceUrl: string, from: Person, where: 'team' | 'personal') {
  const conversation = where === 'team' ? { id: TEAM_CHANNEL, conversationType: 'channel', isGroup: true } : { id: `a:personal-${from.id.slice(3)}`, conversationType: 'personal' };
  return envelope(serviceUrl, from, conversation, {
    type: 'conversationUpdate', membersAdded: [BOT],
    channelData: { tenant: { id: TENANT }, eventType: where === 'team' ? 'teamMemberAdded' : undefined, ...(where === 'team' ? { team: { id: TEAM_CHANNEL, name: 'Konga' } } : {}) },
  });
}

export const OTHER_TENANT = 'tenant-2';

/**
 * The same activity sent by a user of another organisation in a shared channel of the host tenant
 * (TENANT): the conversation and channelData still name the host, the account names the user's
 * own tenant (`tenantId`, and the membership source through which they are in the channel).
 */
export function fromOtherTenant<A extends WireActivity>(activity: A, tenant = OTHER_TENANT): A {
  const channelData = (activity.channelData ?? {}) as Record<string, any>;
  const source = { sourceType: 'channel', id: activity.conversation.id.split(';')[0], membershipType: 'direct', teamGroupId: '', tenantId: tenant };
  return {
    ...activity,
    from: { ...activity.from, tenantId: tenant, membershipSources: [source] },
    ...(channelData.channel ? { channelData: { ...channelData, channel: { ...channelData.channel, type: 'shared' } } } : {}),
  };
}

/** What a posted or updated activity says: its text, or its Adaptive Card's plain-text fallback. */
export const activityText = (call: { body: any }) => (call.body.text ?? call.body.attachments?.[0]?.content?.fallbackText) as string;

/** A timer whose sleeps return at once and move virtual time; `sleeps` records them. */
export function instantTimer(): Timer & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return { sleeps, now: () => now, sleep: async (ms) => { sleeps.push(ms); now += ms; } };
}

export interface TeamsHarnessOptions {
  /** Validate tokens (signed by `key`, served by the fake connector) instead of allowing all. */
  auth?: boolean;
  testBot?: TestBot;
  callTimeoutMs?: number;
  /** TEAMS_TENANTS: tenants served besides TENANT. */
  otherTenants?: readonly string[] | '*';
  /** Where the adapter logs; silent by default. */
  logger?: Logger;
}

export interface TeamsHarness {
  tb: TestBot;
  connector: FakeConnector;
  adapter: TeamsAdapter;
  timer: ReturnType<typeof instantTimer>;
  key: SigningKey;
  /** POSTs an activity to /api/messages; waits until its answers are delivered. */
  send(activity: unknown, authorization?: string | null): Promise<{ status: number; body: any }>;
  /** A token as the Bot Framework service would sign it for this activity. */
  token(activity: { serviceUrl: string }, claims?: Record<string, unknown>, key?: SigningKey): string;
  /** Resolves when the answers started so far are sent and what commands stored has been delivered. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export async function startTeamsHarness(options: TeamsHarnessOptions = {}): Promise<TeamsHarness> {
  const tb = options.testBot ?? (await createTestBot());
  const key = newSigningKey('test-key');
  const connector = await new FakeConnector([key]).start();
  const logger = options.logger ?? createLogger('silent');
  const timer = instantTimer();
  const issuer = PUBLIC.tokenIssuer;
  const token = (activity: { serviceUrl: string }, claims: Record<string, unknown> = {}, signer = key) =>
    signJwt(signer, { iss: issuer, aud: 'app-id-123', serviceurl: activity.serviceUrl, ...claims });
  const adapter = await TeamsAdapter.create({
    bot: tb.bot, db: tb.db, clock: tb.clock, logger, defaultLocale: 'sv', serviceUrl: connector.url, timer,
    allowUnauthenticated: !options.auth,
    ...(options.otherTenants ? { otherTenants: options.otherTenants } : {}),
    ...(options.callTimeoutMs ? { callTimeoutMs: options.callTimeoutMs } : {}),
    ...(options.auth ? {
      credentials: { clientId: 'app-id-123', tenantId: TENANT },
      cloud: withOverrides(PUBLIC, { openIdMetadataUrl: connector.openIdMetadataUrl }),
      token: () => signJwt(key, { iss: 'https://login.example/bot', aud: 'https://api.botframework.com' }),
    } : {}),
  });
  tb.addDelivery(adapter.delivery);
  const idle = async () => {
    await adapter.idle();
    await tb.settled();
  };
  const routes: Routes = { ...adapter.routes };
  const server: Server = await startHttpServer(0, routes, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  return {
    tb, connector, adapter, timer, key, token, idle,
    async send(activity, authorization) {
      const auth = authorization === undefined && options.auth ? `Bearer ${token(activity as { serviceUrl: string })}` : authorization;
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify(activity) });
      const text = await res.text();
      await idle();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connector.stop();
      if (!options.testBot) await tb.close();
    },
  };
}
