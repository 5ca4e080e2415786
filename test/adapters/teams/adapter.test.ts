import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RetryableDeliveryError } from '../../../src/core/event.js';
import { cardMessage } from '../../../src/render/card-text.js';
import { PUBLIC } from '@microsoft/teams.api';
import { algNoneJwt, hmacWithPublicKey, newSigningKey } from '../../support/fake-connector.js';
import { snapshot } from '../../support/testbot.js';
import { ANNA, botAdded, cardAction, channelMessage, ERIK, personalMessage, startTeamsHarness, TEAM_CHANNEL, type TeamsHarness, type WireActivity } from '../../support/teams.js';
import { literal } from '../../../src/text/rich.js';
import { mapCard } from '../../../src/core/message.js';

const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs';

const cardOf = (call: { body: any }) => call.body.attachments?.[0]?.content;
const textOf = (call: { body: any }) => (call.body.text ?? cardOf(call)?.fallbackText) as string;

describe('Teams adapter without token checks (local development)', () => {
  let h: TeamsHarness;
  beforeEach(async () => { h = await startTeamsHarness(); });
  afterEach(async () => { await h.close(); });

  it('answers a personal message with an Adaptive Card in the same chat', async () => {
    const res = await h.send(personalMessage(h.connector.url, ERIK, 'hjälp'));
    expect(res.status).toBe(200);
    const [reply] = h.connector.posted();
    expect(reply!.conversationId).toBe('a:personal-erik');
    expect(cardOf(reply!)).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(textOf(reply!)).toContain('ärendet och kanalerna som hör till det');
    const erik = await h.tb.db.user.findFirstOrThrow();
    expect(JSON.parse(erik.dmAddress!)).toEqual({ serviceUrl: h.connector.url, conversationId: 'a:personal-erik', tenantId: 'tenant-1' });
  });

  it('runs the command after the mention in a channel, links the channel and stores its address', async () => {
    await h.send(channelMessage(h.connector.url, ERIK, NEW_CASE));
    const link = await h.tb.db.channelLink.findFirstOrThrow();
    expect(link).toMatchObject({ platform: 'teams', channelId: TEAM_CHANNEL, name: 'samverkan' });
    expect(JSON.parse(link.address!)).toEqual({ serviceUrl: h.connector.url, conversationId: TEAM_CHANNEL, tenantId: 'tenant-1' });
    const [post] = h.connector.posted(TEAM_CHANNEL);
    expect(textOf(post!)).toContain('Ärendet "Konga Bruk konkurs" är skapat');
    const user = await h.tb.db.user.findFirstOrThrow();
    expect(user).toMatchObject({ platform: 'teams', externalId: '29:erik', displayName: 'Erik Lind' });
  });

  it('replies to a channel command in its thread, in English when asked in English', async () => {
    await h.send(channelMessage(h.connector.url, ERIK, NEW_CASE));
    const activity = channelMessage(h.connector.url, ERIK, 'case show');
    await h.send(activity);
    const reply = h.connector.posted().at(-1)!;
    expect(reply.conversationId).toBe(activity.conversation.id);
    expect(reply.conversationId).toContain(';messageid=');
    expect(textOf(reply)).toContain('People affected: 211');
  });

  it('refuses a bad command with a reply and changes nothing', async () => {
    // Every activity leaves its delivery key (ProcessedEvent); nothing else may change.
    const unchanged = async () => {
      const { ProcessedEvent: _, ...rest } = await snapshot(h.tb.db);
      return rest;
    };
    const before = await unchanged();
    await h.send(channelMessage(h.connector.url, ERIK, NEW_CASE.replace('berörda=211', 'berörda=många')));
    expect(await unchanged()).toEqual(before);
    expect(textOf(h.connector.posted()[0]!)).toContain('berörda');
    await h.send(channelMessage(h.connector.url, ERIK, ''));
    expect(textOf(h.connector.posted()[1]!)).toContain('Skriv ett kommando');
    expect(await unchanged()).toEqual(before);
  });

  it('runs a card button as the clicking user and answers that user in the invoke response', async () => {
    await h.send(channelMessage(h.connector.url, ERIK, NEW_CASE));
    const calls = h.connector.calls.length;
    const res = await h.send(cardAction(h.connector.url, ERIK, 'ärende visa'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(res.body.value).toContain('Berörda: 211');
    expect(h.connector.calls.length).toBe(calls);
    const refused = await h.send(cardAction(h.connector.url, ANNA, 'ärende visa'));
    expect(refused.body.value).toContain('inte medlem');
  });

  it('updates every posted copy of an entity card in place', async () => {
    await h.send(channelMessage(h.connector.url, ERIK, NEW_CASE));
    const caseId = (await h.tb.db.case.findFirstOrThrow()).id;
    const ref = { caseId, entity: 'poll' as const, id: 1 };
    const card = mapCard({ title: 'Omröstning #1', sections: [{ text: 'Jobbmässa?', buttons: [{ label: 'Ja', command: 'rösta 1 1' }] }] }, literal);
    await h.adapter.delivery.deliver({ kind: 'post', platform: 'teams', channelId: TEAM_CHANNEL, message: cardMessage(card), ref });
    const posted = await h.tb.db.postedMessage.findFirstOrThrow();
    expect(posted).toMatchObject({ platform: 'teams', channelId: TEAM_CHANNEL, entity: 'poll', entityId: 1 });
    const updated = { ...card, sections: [{ text: literal('Jobbmässa? 1 röst') }] };
    await h.adapter.delivery.deliver({ kind: 'update', platform: 'teams', ref, message: cardMessage(updated) });
    const [put] = h.connector.updates();
    expect(put).toMatchObject({ conversationId: TEAM_CHANNEL, activityId: posted.messageId });
    expect(textOf(put!)).toContain('1 röst');
  });

  it('greets a team it is added to and remembers a user who installs it personally', async () => {
    await h.send(botAdded(h.connector.url, ERIK, 'team'));
    expect(textOf(h.connector.posted(TEAM_CHANNEL)[0]!)).toContain('ärende koppla');
    await h.send(botAdded(h.connector.url, ANNA, 'personal'));
    const anna = await h.tb.db.user.findFirstOrThrow({ where: { externalId: ANNA.id } });
    expect(JSON.parse(anna.dmAddress!)).toMatchObject({ conversationId: 'a:personal-anna', serviceUrl: h.connector.url });
    expect(h.connector.posted('a:personal-anna')).toHaveLength(1);
  });

  it('opens a 1:1 chat for a direct message to a user without one, and reuses it', async () => {
    await h.send(channelMessage(h.connector.url, ERIK, NEW_CASE));
    const dm = { kind: 'dm' as const, platform: 'teams', userId: ERIK.id, userName: ERIK.name, message: { text: literal('Dagordning för mötet') } };
    await h.adapter.delivery.deliver(dm);
    await h.adapter.delivery.deliver(dm);
    const created = h.connector.calls.filter((c) => c.path === '/v3/conversations');
    expect(created).toHaveLength(1);
    expect(created[0]!.body).toMatchObject({ bot: { id: '28:app-id-123' }, members: [{ id: ERIK.id }], tenantId: 'tenant-1' });
    const chat = JSON.parse((await h.tb.db.user.findFirstOrThrow()).dmAddress!).conversationId;
    expect(h.connector.posted(chat).map(textOf)).toEqual(['Dagordning för mötet', 'Dagordning för mötet']);
  });

  it('retries a throttled reply and delivers it once', async () => {
    h.connector.failNext(1, 429, { 'retry-after': '2' });
    await h.send(personalMessage(h.connector.url, ERIK, 'hjälp'));
    // However many messages the help goes as (one, since it lists areas), the first is refused once
    // and sent again, and every message after it goes once.
    const texts = h.connector.posted().map(textOf);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expect(texts[1]).toBe(texts[0]);
    expect(new Set(texts.slice(1)).size).toBe(texts.length - 1);
    expect(h.timer.sleeps).toEqual([2000]);
  });

  it('reports a post that keeps failing as retryable for the outbox, and a refused one as final', async () => {
    await h.send(channelMessage(h.connector.url, ERIK, NEW_CASE));
    const post = { kind: 'post' as const, platform: 'teams', channelId: TEAM_CHANNEL, message: { text: literal('Veckosammanfattning') } };
    h.connector.failNext(4, 502);
    await expect(h.adapter.delivery.deliver(post)).rejects.toBeInstanceOf(RetryableDeliveryError);
    h.connector.failNext(1, 403);
    await expect(h.adapter.delivery.deliver(post)).rejects.not.toBeInstanceOf(RetryableDeliveryError);
  });
});

describe('Teams adapter with a connector that stops answering', () => {
  let h: TeamsHarness;
  beforeEach(async () => { h = await startTeamsHarness({ callTimeoutMs: 2000 }); });
  afterEach(async () => { await h.close(); });

  it('gives up on a call that never answers after the timeout, with a retryable error for the outbox', async () => {
    await h.send(channelMessage(h.connector.url, ERIK, NEW_CASE));
    h.connector.hangNext();
    const post = { kind: 'post' as const, platform: 'teams', channelId: TEAM_CHANNEL, message: { text: literal('Veckosammanfattning') } };
    await expect(h.adapter.delivery.deliver(post)).rejects.toBeInstanceOf(RetryableDeliveryError);
  });
});

describe('Teams adapter with token checks', () => {
  let h: TeamsHarness;
  beforeEach(async () => { h = await startTeamsHarness({ auth: true }); });
  afterEach(async () => { await h.close(); });

  it('accepts a validly signed request and calls the connector with the bot token', async () => {
    const res = await h.send(personalMessage(h.connector.url, ERIK, 'hjälp'));
    expect(res.status).toBe(200);
    const [reply] = h.connector.posted();
    expect(reply!.authorization).toMatch(/^Bearer ey/);
  });

  it('refuses requests without a valid token (none, alg:none, a forged key, HMAC with the public key, wrong audience or issuer, expired) and changes nothing', async () => {
    const activity = channelMessage(h.connector.url, ERIK, NEW_CASE);
    const before = await snapshot(h.tb.db);
    const forger = newSigningKey('test-key');
    // The claims of a good token, so that only the signature is wrong.
    const claims = { iss: PUBLIC.tokenIssuer, aud: 'app-id-123', serviceurl: activity.serviceUrl };
    const attempts = [
      null,
      'Bearer not-a-token',
      `Bearer ${algNoneJwt(claims)}`,
      `Bearer ${algNoneJwt(claims, { kid: 'test-key' })}`,
      `Bearer ${algNoneJwt(claims, { alg: 'None', kid: 'test-key' })}`,
      `Bearer ${hmacWithPublicKey(h.key, claims)}`,
      `Bearer ${h.token(activity, {}, forger)}`,
      `Bearer ${h.token(activity, { aud: 'someone-else' })}`,
      `Bearer ${h.token(activity, { iss: 'https://evil.example' })}`,
      `Bearer ${h.token(activity, { exp: Math.floor(Date.now() / 1000) - 3600 })}`,
      `Bearer ${h.token({ serviceUrl: 'https://elsewhere.example/' })}`,
    ];
    for (const authorization of attempts) expect((await h.send(activity, authorization)).status, String(authorization)).toBe(401);
    expect(await snapshot(h.tb.db)).toEqual(before);
    expect(h.connector.calls).toEqual([]);
  });

  it('runs nothing for a validly signed activity of another tenant than TEAMS_TENANT_ID', async () => {
    const before = await snapshot(h.tb.db);
    const foreign = (activity: WireActivity): WireActivity => ({ ...activity, conversation: { ...activity.conversation, tenantId: 'tenant-elsewhere' }, channelData: { ...activity.channelData, tenant: { id: 'tenant-elsewhere' } } });
    await h.send(foreign(channelMessage(h.connector.url, ERIK, NEW_CASE)));
    await h.send(foreign(personalMessage(h.connector.url, ERIK, 'hjälp')));
    const refused = await h.send(foreign(cardAction(h.connector.url, ERIK, 'ärende visa')));
    expect(refused.body).toMatchObject({ statusCode: 400 });
    expect(await snapshot(h.tb.db)).toEqual(before);
    expect(h.connector.calls).toEqual([]);
  });
});
