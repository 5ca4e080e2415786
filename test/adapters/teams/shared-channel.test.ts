// A Teams shared channel spans tenants: the host tenant's team holds it, users of other
// organisations take part from their own tenant. Real HTTP into the Teams SDK app, fake connector.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityText, cardAction, channelMessage, ERIK, fromOtherTenant, OTHER_TENANT, startTeamsHarness, TEAM_CHANNEL, TENANT, type Person, type TeamsHarness } from '../../support/teams.js';

const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs';
/** Sara of the union, whose organisation has its own tenant. */
const SARA: Person = { id: '29:sara', name: 'Sara Ek' };

const cardOf = (call: { body: any }) => call.body.attachments?.[0]?.content;

describe('Teams shared channel across tenants', () => {
  let h: TeamsHarness;
  beforeEach(async () => { h = await startTeamsHarness(); });
  afterEach(async () => { await h.close(); });

  it('answers a user of another tenant in text that carries the typed command of every button; the channel still gets the card', async () => {
    const say = (text: string) => h.send(fromOtherTenant(channelMessage(h.connector.url, SARA, text)));
    await say(NEW_CASE);
    await say('omröstning ny "Jobbmässa i Tingsryd?" alternativ="Ja|Nej"');
    const pollCard = h.connector.posted(TEAM_CHANNEL).find((c) => cardOf(c)?.fallbackText?.includes('Omröstning #1'));
    expect(pollCard, 'the poll is posted to the channel as a card').toBeDefined();
    const before = h.connector.posted().length;
    await say('omröstning visa 1');
    const [reply] = h.connector.posted().slice(before);
    expect(reply!.conversationId).toContain(';messageid=');
    expect(cardOf(reply!)).toBeUndefined();
    expect(reply!.body).toMatchObject({ type: 'message', textFormat: 'plain' });
    expect(reply!.body.text).toContain('Omröstning #1: Jobbmässa i Tingsryd?');
    expect(reply!.body.text).toContain('[Ja: @Samverkan rösta 1 1] [Nej: @Samverkan rösta 1 2]');
    // What the text says to type works: the vote counts.
    await say('rösta 1 1');
    expect(await h.tb.db.ballot.count()).toBe(1);
  });

  it('answers a user of the host tenant with the card, whose fallback carries the same typed commands', async () => {
    await h.send(channelMessage(h.connector.url, ERIK, NEW_CASE));
    await h.send(channelMessage(h.connector.url, ERIK, 'omröstning ny "Jobbmässa i Tingsryd?" alternativ="Ja|Nej"'));
    const before = h.connector.posted().length;
    await h.send(channelMessage(h.connector.url, ERIK, 'omröstning visa 1'));
    const [reply] = h.connector.posted().slice(before);
    expect(cardOf(reply!)).toMatchObject({ type: 'AdaptiveCard' });
    expect(activityText(reply!)).toContain('[Ja: @Samverkan rösta 1 1] [Nej: @Samverkan rösta 1 2]');
  });

  it('answers an anonymous user (no Entra identity) in text as well', async () => {
    await h.send(channelMessage(h.connector.url, ERIK, NEW_CASE));
    const anonymous = channelMessage(h.connector.url, { id: '29:anon', name: 'Gäst' }, 'hjälp');
    const before = h.connector.posted().length;
    await h.send({ ...anonymous, from: { id: '29:anon', name: 'Gäst' } });
    const replies = h.connector.posted().slice(before);
    expect(replies.length).toBeGreaterThan(0);
    for (const r of replies) expect(cardOf(r)).toBeUndefined();
  });
});

describe('Teams shared channel: the tenant is part of who a user is (signed tokens, single-tenant registration)', () => {
  let h: TeamsHarness;
  beforeEach(async () => { h = await startTeamsHarness({ auth: true }); });
  afterEach(async () => { await h.close(); });

  /** Each ballot as [voter's user id, voter's tenant, option chosen]. */
  const votersAndChoices = async () => Promise.all((await h.tb.db.ballot.findMany({ include: { option: true } })).map(async (b) => {
    const member = await h.tb.db.member.findUniqueOrThrow({ where: { id: b.memberId! }, include: { user: true } });
    return [member.user.externalId, member.user.tenant, b.option?.position];
  }));

  it('lets a member from another tenant vote in a poll of the host tenant\'s channel, and refuses the same id of a third tenant as a non-member', async () => {
    const sara = (activity: Parameters<typeof fromOtherTenant>[0], tenant = OTHER_TENANT) => fromOtherTenant(activity, tenant);
    await h.send(channelMessage(h.connector.url, ERIK, NEW_CASE));
    // Sara of the union writes first, from her own tenant; then the project leader adds her by mention.
    await h.send(sara(channelMessage(h.connector.url, SARA, 'hjälp')));
    await h.send(channelMessage(h.connector.url, ERIK, 'medlem lägg till @Sara Ek org="IF Metall"', [SARA]));
    const stored = await h.tb.db.user.findMany({ where: { externalId: SARA.id } });
    expect(stored.map((u) => u.tenant)).toEqual([OTHER_TENANT]);
    const erik = await h.tb.db.user.findFirstOrThrow({ where: { externalId: ERIK.id } });
    expect(erik.tenant).toBe(TENANT);
    await h.send(channelMessage(h.connector.url, ERIK, 'omröstning ny "Jobbmässa i Tingsryd?" alternativ="Ja|Nej"'));

    // Her click on the poll card, in the host tenant's conversation.
    const click = await h.send(sara(cardAction(h.connector.url, SARA, 'rösta 1 1')));
    expect(click.status).toBe(200);
    expect(click.body).toMatchObject({ statusCode: 200 });
    expect(await votersAndChoices()).toEqual([[SARA.id, OTHER_TENANT, 1]]);

    // The same user id (and Entra object id) from a third tenant is someone else: not a member.
    const before = h.connector.posted().length;
    const impostor = await h.send(sara(cardAction(h.connector.url, SARA, 'rösta 1 2'), 'tenant-3'));
    expect(impostor.body.value).toContain('inte medlem');
    await h.send(sara(channelMessage(h.connector.url, SARA, 'rösta 1 2'), 'tenant-3'));
    expect(h.connector.posted().slice(before).map((c) => c.body.text ?? activityText(c)).join('\n')).toContain('inte medlem');
    expect(await votersAndChoices()).toEqual([[SARA.id, OTHER_TENANT, 1]]);
  });

  it('gives a Teams user recorded before tenants were the tenant they write from, keeping their membership', async () => {
    await h.send(channelMessage(h.connector.url, ERIK, NEW_CASE));
    await h.tb.db.user.update({ where: { platform_tenant_externalId: { platform: 'teams', tenant: TENANT, externalId: ERIK.id } }, data: { tenant: '' } });
    await h.send(channelMessage(h.connector.url, ERIK, 'ärende visa'));
    const rows = await h.tb.db.user.findMany({ where: { externalId: ERIK.id } });
    expect(rows.map((u) => u.tenant)).toEqual([TENANT]);
    expect(activityText(h.connector.posted().at(-1)!)).toContain('Berörda: 211');
  });
});

describe('Teams app installed in other tenants (TEAMS_TENANTS)', () => {
  it('serves a team of a listed tenant and still refuses one of a tenant not listed', async () => {
    const h = await startTeamsHarness({ auth: true, otherTenants: [OTHER_TENANT] });
    try {
      const inTenant = (activity: ReturnType<typeof channelMessage>, tenant: string) => ({ ...activity, conversation: { ...activity.conversation, tenantId: tenant }, channelData: { ...activity.channelData, tenant: { id: tenant } } });
      await h.send(inTenant(channelMessage(h.connector.url, SARA, NEW_CASE), OTHER_TENANT));
      expect(await h.tb.db.case.count()).toBe(1);
      expect((await h.tb.db.user.findFirstOrThrow({ where: { externalId: SARA.id } })).tenant).toBe(OTHER_TENANT);
      const calls = h.connector.calls.length;
      await h.send(inTenant(channelMessage(h.connector.url, SARA, 'ärende visa'), 'tenant-3'));
      expect(h.connector.calls.length).toBe(calls);
    } finally {
      await h.close();
    }
  });
});
