// A Teams shared channel spans tenants: the host tenant's team holds it, users of other
// organisations take part from their own tenant. Real HTTP into the Teams SDK app, fake connector.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityText, channelMessage, ERIK, fromOtherTenant, startTeamsHarness, TEAM_CHANNEL, type Person, type TeamsHarness } from '../../support/teams.js';

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
