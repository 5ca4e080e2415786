import { describe, expect, it } from 'vitest';
import { buttonCommand, mayLackCards, messageText, tenantOf, toInboundEvent, userTenantOf } from '../../../adapters/teams/inbound.js';
import { parseCommandLine } from '../../../src/parse/command-line.js';
import { mentionToken } from '../../../src/text/mention.js';
import { ANNA, cardAction, channelMessage, ERIK, fromOtherTenant, OTHER_TENANT, personalMessage, TEAM_CHANNEL, TENANT } from '../../support/teams.js';

const URL = 'https://smba.example/emea/';

describe('Teams activity → neutral event', () => {
  it('removes the bot mention and keeps other mentions with their ids, as mention tokens', () => {
    const activity = channelMessage(URL, ERIK, 'medlem lägg till @Anna Berg org="Tingsryds kommun"', [ANNA]);
    const text = messageText(activity);
    expect(text).toBe(`medlem lägg till ${mentionToken({ platform: 'teams', id: '29:anna', name: 'Anna Berg' })} org="Tingsryds kommun"`);
    const line = parseCommandLine(text, 'teams');
    expect(line.ok && line.tokens[3]).toEqual({ type: 'mention', mention: { platform: 'teams', id: '29:anna', name: 'Anna Berg' } });
  });

  it('removes the bot mention wherever it stands and decodes HTML entities', () => {
    const activity = { ...channelMessage(URL, ERIK, ''), text: 'ärende&nbsp;visa <at>Samverkan</at>' };
    expect(messageText(activity)).toBe('ärende visa');
  });

  it('keeps typed text as typed: an escaped mention or token is text, reserved code points are stripped', () => {
    const activity = { ...channelMessage(URL, ERIK, ''), text: '<at>Samverkan</at> "&lt;at&gt;Ond&lt;/at&gt; &lt;@U999&gt; &amp;amp; \uE000teams,29:x,Ond,\uE001"' };
    expect(messageText(activity)).toBe('"<at>Ond</at> <@U999> &amp; teams,29:x,Ond,"');
    const line = parseCommandLine(messageText(activity), 'teams');
    expect(line.ok && line.tokens).toEqual([{ type: 'text', value: '<at>Ond</at> <@U999> &amp; teams,29:x,Ond,' }]);
  });

  it('keeps two mentions of people with the same name apart', () => {
    const other = { id: '29:anna2', name: 'Anna Berg' };
    const activity = channelMessage(URL, ERIK, 'x @Anna Berg @Anna Berg', [ANNA, other]);
    expect(messageText(activity)).toBe(`x ${mentionToken({ platform: 'teams', id: '29:anna', name: 'Anna Berg' })} ${mentionToken({ platform: 'teams', id: '29:anna2', name: 'Anna Berg' })}`);
  });

  it('makes a channel event: the channel without the thread, the sender, the locale and the address', () => {
    const activity = channelMessage(URL, ERIK, 'ärende visa');
    const event = toInboundEvent(activity, messageText(activity));
    expect(event).toEqual({
      platform: 'teams',
      user: { id: '29:erik', name: 'Erik Lind', locale: 'sv-SE', tenant: 'tenant-1' },
      channel: { id: TEAM_CHANNEL, name: 'samverkan', address: JSON.stringify({ serviceUrl: URL, conversationId: TEAM_CHANNEL, tenantId: 'tenant-1' }) },
      text: 'ärende visa',
    });
  });

  it('marks a personal chat as direct and takes its text as it is', () => {
    const activity = personalMessage(URL, ANNA, ' hjälp ');
    const event = toInboundEvent(activity, messageText(activity));
    expect(event.channel).toMatchObject({ id: 'a:personal-anna', direct: true });
    expect(event.text).toBe('hjälp');
  });

  it('reads the command of an Action.Execute click and of an Action.Submit message', () => {
    expect(buttonCommand(cardAction(URL, ERIK, 'rösta 1 2'))).toBe('rösta 1 2');
    expect(buttonCommand({ ...personalMessage(URL, ERIK, ''), value: { command: 'åtgärd klar 3' } })).toBe('åtgärd klar 3');
    expect(buttonCommand(personalMessage(URL, ERIK, 'hjälp'))).toBeNull();
  });

  it('takes a command copied from the text form of a card (`@Samverkan rösta 1 1`) without the typed bot name', () => {
    expect(messageText(personalMessage(URL, ERIK, '@Samverkan rösta 1 1'))).toBe('rösta 1 1');
    expect(messageText(personalMessage(URL, ERIK, '@samverkan hjälp'))).toBe('hjälp');
    // Only the bot's own name, as a whole word, at the start.
    expect(messageText(personalMessage(URL, ERIK, '@SamverkanX hjälp'))).toBe('@SamverkanX hjälp');
    expect(messageText(personalMessage(URL, ERIK, 'hjälp @Samverkan'))).toBe('hjälp @Samverkan');
  });

  it('tells the user\'s own tenant from the host tenant of a shared channel, and who may not be able to use cards', () => {
    const host = channelMessage(URL, ERIK, 'hjälp');
    expect([tenantOf(host), userTenantOf(host), mayLackCards(host)]).toEqual([TENANT, TENANT, false]);
    const guest = fromOtherTenant(host);
    expect([tenantOf(guest), userTenantOf(guest), mayLackCards(guest)]).toEqual([TENANT, OTHER_TENANT, true]);
    // The membership source alone names the tenant too.
    const { tenantId: _, ...sourcesOnly } = guest.from as typeof guest.from & { tenantId?: string };
    expect(userTenantOf({ ...guest, from: sourcesOnly })).toBe(OTHER_TENANT);
    expect(mayLackCards({ ...host, from: { id: '29:anon', name: 'Gäst' } })).toBe(true);
    expect(mayLackCards({ ...host, from: { ...host.from, userRole: 'anonymous' } })).toBe(true);
  });
});
