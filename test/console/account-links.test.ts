// One person, several accounts (issue 14): erik is a member on Slack and links his Teams account
// with a one-time code sent to him by Slack DM. From then on both accounts are one person: one
// vote (also sealed, anonymous), one set of actions, one DM per reminder, until he unlinks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboundEvent } from '../../src/core/event.js';
import { plainMessage } from '../../src/core/message.js';
import { decode } from '../../src/outbox/outbox.js';
import { linkChannel } from '../../src/store/cases.js';
import { codeIn, NEW_CASE } from '../support/group.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

const ANNA = { id: 'UANNA', name: 'anna', tenant: 'T0KOMMUN' };
const ERIK_SLACK = { id: 'UERIK', name: 'erik', tenant: 'T0KOMMUN' };
const ERIK_TEAMS = { id: '29:erik', name: 'Erik Lind', tenant: 'tenant-trr' };
const SLACK_CHANNEL = { id: 'C0SAMVERKAN', name: 'samverkan' };
const TEAMS_CHANNEL = { id: '19:samverkan@thread.tacv2', name: 'Samverkan' };

type Who = typeof ANNA;
const on = (platform: 'slack' | 'teams', user: Who, channel: InboundEvent['channel'], text: string): InboundEvent => ({ platform, user, channel, text });

/** The texts of an event's outputs, as users see them. */
async function texts(tb: TestBot, event: InboundEvent): Promise<string> {
  return (await tb.handle(event)).map((o) => plainMessage(o.message).text).join('\n');
}

/** The direct messages stored for a platform user, in plain text. */
async function dmsTo(tb: TestBot, platform: string, userId: string): Promise<string[]> {
  const rows = await tb.db.outboxMessage.findMany({ where: { kind: 'dm', platform, target: userId }, orderBy: { id: 'asc' } });
  return rows.map((r) => plainMessage(decode(r).message).text);
}

const WORDS = {
  sv: { link: 'konto koppla', unlink: 'konto koppla loss', show: 'konto visa', dm: 'konto dm', poll: 'omröstning ny "Framtidsmässa i mars?"', anonymous: 'anonym', vote: 'rösta', mine: 'åtgärd lista mina', send: 'dagordning skicka', yes: '1', no: '2' },
  en: { link: 'account link', unlink: 'account unlink', show: 'account show', dm: 'account dm', poll: 'poll new "A job fair in March?"', anonymous: 'anonymous', vote: 'vote', mine: 'action list mine', send: 'agenda send', yes: '1', no: '2' },
} as const;

const SAID = {
  sv: {
    sent: 'Koden är skickad till dig som direktmeddelande.',
    code: 'Din kod för att koppla ett konto på en annan plattform till det här:',
    linked: 'Kontot är kopplat till ditt konto på Slack (erik). Du är nu en person med en röst, samma åtgärder och ett direktmeddelande per påminnelse, vilket konto du än använder.',
    voted: 'Din röst på "Ja" i omröstning #1 är registrerad.',
    changed: 'Din röst i omröstning #1 är ändrad till "Nej".',
    changedAnonymous: 'Din anonyma röst i omröstning #1 är ändrad.',
    accounts: 'Dina konton:\n• Slack: erik\n• Teams: Erik Lind (det här)\nDirektmeddelanden går till: kontot du använde senast. Ändra med `konto dm slack|teams|senast`.',
    unlinked: '1 konto är kopplade loss och är egna personer igen.',
    notMember: 'Du är inte medlem',
  },
  en: {
    sent: 'The code has been sent to you as a direct message.',
    code: 'Your code for linking an account on another platform to this one:',
    linked: 'This account is linked to your account on Slack (erik). You are now one person with one vote, the same actions and one direct message per reminder, whichever account you use.',
    voted: 'Your vote for "Ja" in poll #1 is recorded.',
    changed: 'Your vote in poll #1 is changed to "Nej".',
    changedAnonymous: 'Your anonymous vote in poll #1 is changed.',
    accounts: 'Your accounts:\n• Slack: erik\n• Teams: Erik Lind (this one)\nDirect messages go to: the account you used last. Change with `account dm slack|teams|last`.',
    unlinked: '1 account(s) unlinked, each its own person again.',
    notMember: 'You are not a member',
  },
} as const;

describe.each(['sv', 'en'] as const)('a member with linked Slack and Teams accounts (%s)', (lang) => {
  const w = WORDS[lang];
  const said = SAID[lang];
  let tb: TestBot;
  const slack = (user: Who, text: string, channel: InboundEvent['channel'] = SLACK_CHANNEL) => texts(tb, on('slack', user, channel, text));
  const teams = (text: string) => texts(tb, on('teams', ERIK_TEAMS, TEAMS_CHANNEL, text));

  /** The case lives in a Slack channel and a Teams channel; erik is a member by his Slack account. */
  beforeEach(async () => {
    tb = await createTestBot();
    await slack(ANNA, NEW_CASE);
    await slack(ANNA, `medlem lägg till <@${ERIK_SLACK.id}|erik> org=TRR`);
    const theCase = await tb.db.case.findFirstOrThrow();
    const anna = await tb.db.user.findFirstOrThrow({ where: { externalId: ANNA.id } });
    await linkChannel(tb.db, theCase.id, { platform: 'teams', channelId: TEAMS_CHANNEL.id, name: TEAMS_CHANNEL.name }, { userId: anna.id }, tb.clock.now());
  });
  afterEach(async () => { await tb.close(); });

  /** `konto koppla` on Slack (in the channel: the code goes by DM), then the code typed on Teams. */
  async function linkTeamsToSlack(): Promise<void> {
    expect(await slack(ERIK_SLACK, w.link)).toBe(said.sent);
    const [dm] = await dmsTo(tb, 'slack', ERIK_SLACK.id);
    expect(dm).toContain(said.code);
    expect(await teams(`${w.link} ${codeIn(dm!)}`)).toBe(said.linked);
  }

  it('votes once: a vote on Slack and another on Teams are one ballot, changed', async () => {
    // Before linking, the Teams account is nobody in the case.
    expect(await teams(`${w.vote} 1 ${w.yes}`)).toContain(said.notMember);
    await linkTeamsToSlack();
    await slack(ANNA, w.poll);
    expect(await slack(ERIK_SLACK, `${w.vote} 1 ${w.yes}`)).toContain(said.voted);
    expect(await teams(`${w.vote} 1 ${w.no}`)).toContain(said.changed);
    const ballots = await tb.db.ballot.findMany({ include: { option: true } });
    expect(ballots.map((b) => b.option!.label)).toEqual(['Nej']);
    const erik = await tb.db.user.findFirstOrThrow({ where: { externalId: ERIK_SLACK.id } });
    const teamsRow = await tb.db.user.findFirstOrThrow({ where: { externalId: ERIK_TEAMS.id } });
    expect(teamsRow.personId).toBe(erik.id);
    expect(await tb.db.member.count({ where: { userId: teamsRow.id } })).toBe(0);
    const audited = await tb.db.auditEntry.findMany({ where: { action: { startsWith: 'account.' } }, orderBy: { id: 'asc' } });
    expect(audited.map((a) => [a.action, a.actorId, JSON.parse(a.data).result])).toEqual([['account.code', erik.id, undefined], ['account.link', teamsRow.id, 'linked']]);
  });

  it('votes once in an anonymous poll: the sealed ballot is keyed by the person', async () => {
    await linkTeamsToSlack();
    await slack(ANNA, `${w.poll} ${w.anonymous}`);
    await slack(ERIK_SLACK, `${w.vote} 1 ${w.yes}`);
    expect(await teams(`${w.vote} 1 ${w.no}`)).toContain(said.changedAnonymous);
    expect(await tb.db.ballot.count()).toBe(1);
  });

  it('has one set of actions and one DM per reminder, to the account used last or the one chosen', async () => {
    await linkTeamsToSlack();
    await slack(ANNA, `${lang === 'sv' ? 'åtgärd ny "Boka lokal" senast=2026-12-04 ansvarig' : 'action new "Book a room" due=2026-12-04 owner'}=<@${ERIK_SLACK.id}|erik>`);
    expect(await teams(w.mine)).toContain(lang === 'sv' ? 'Boka lokal' : 'Book a room');
    expect(await teams(w.show)).toBe(said.accounts);

    // Teams was used last: the agenda DM goes there, once.
    const slackBefore = (await dmsTo(tb, 'slack', ERIK_SLACK.id)).length;
    await slack(ANNA, 'möte ny 2026-11-24 10:00');
    await slack(ANNA, 'dagordning lägg till "Jobbklubb"');
    await slack(ANNA, w.send);
    expect(await dmsTo(tb, 'teams', ERIK_TEAMS.id)).toHaveLength(1);
    expect(await dmsTo(tb, 'slack', ERIK_SLACK.id)).toHaveLength(slackBefore);
    // Chosen: Slack, even though Teams is used.
    await teams(`${w.dm} slack`);
    await slack(ANNA, w.send);
    expect(await dmsTo(tb, 'teams', ERIK_TEAMS.id)).toHaveLength(1);
    expect(await dmsTo(tb, 'slack', ERIK_SLACK.id)).toHaveLength(slackBefore + 1);
  });

  it('takes a mention of the linked account as the person', async () => {
    await linkTeamsToSlack();
    await teams(`${lang === 'sv' ? 'åtgärd ny "Ringa TRR" senast=2026-12-04 ansvarig' : 'action new "Call TRR" due=2026-12-04 owner'}=<at id="${ERIK_TEAMS.id}">Erik Lind</at>`);
    const action = await tb.db.action.findFirstOrThrow({ include: { owner: { include: { user: true } } } });
    expect(action.owner!.user.externalId).toBe(ERIK_SLACK.id);
    expect(await slack(ERIK_SLACK, w.mine)).toContain(lang === 'sv' ? 'Ringa TRR' : 'Call TRR');
  });

  it('unlinks: the Teams account is nobody in the case again, the membership stays on Slack', async () => {
    await linkTeamsToSlack();
    expect(await teams(w.unlink)).toContain(said.unlinked);
    await slack(ANNA, w.poll);
    expect(await teams(`${w.vote} 1 ${w.yes}`)).toContain(said.notMember);
    expect(await slack(ERIK_SLACK, `${w.vote} 1 ${w.yes}`)).toContain(said.voted);
    expect((await tb.db.auditEntry.findMany({ where: { action: 'account.unlink' } })).length).toBe(1);
  });
});

describe('account link codes', () => {
  let tb: TestBot;
  beforeEach(async () => { tb = await createTestBot(); });
  afterEach(async () => { await tb.close(); });

  const slackCode = async () => {
    await tb.handle(on('slack', ERIK_SLACK, { id: 'D0ERIK', direct: true }, 'konto koppla'));
    const rows = await tb.db.outboxMessage.findMany({ where: { kind: 'dm', platform: 'slack' }, orderBy: { id: 'desc' } });
    return codeIn(plainMessage(decode(rows[0]!).message).text);
  };
  const typeOnTeams = (text: string) => texts(tb, on('teams', ERIK_TEAMS, TEAMS_CHANNEL, text));

  it('works once and for 15 minutes', async () => {
    const code = await slackCode();
    tb.clock.set(new Date(tb.clock.now().getTime() + 16 * 60 * 1000));
    expect(await typeOnTeams(`konto koppla ${code}`)).toBe('Den koden gäller inte längre: en kod fungerar en gång och i 15 minuter. Skriv `konto koppla` på ditt andra konto för en ny. Inget har ändrats.');
    const fresh = await slackCode();
    await typeOnTeams(`konto koppla ${fresh}`);
    expect(await texts(tb, on('teams', { ...ERIK_TEAMS, id: '29:other' }, TEAMS_CHANNEL, `account link ${fresh}`))).toBe('That code is no longer valid: a code works once and for 15 minutes. Type `account link` on your other account for a new one. Nothing was changed.');
  });

  it('refuses after five wrong codes, without looking at the sixth, and changes nothing then', async () => {
    const code = await slackCode();
    for (let i = 0; i < 5; i++) expect(await typeOnTeams('konto koppla ABCDE-FGHJK')).toBe('Den koden finns inte. Skriv `konto koppla` på ditt andra konto för en ny. Inget har ändrats.');
    const before = await snapshot(tb.db);
    expect(await typeOnTeams(`konto koppla ${code}`)).toMatch(/^För många koder som inte gällde, från dig eller i den här kanalen. Försök igen efter /);
    const { AuditEntry: _a, ...rest } = await snapshot(tb.db);
    const { AuditEntry: _b, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    expect(await tb.db.user.count({ where: { personId: { not: null } } })).toBe(0);
  });

  it('answers an account linked to no other when asked to unlink, changing nothing', async () => {
    await typeOnTeams('konto visa');
    const before = await snapshot(tb.db);
    expect(await typeOnTeams('konto koppla loss')).toBe('Det här kontot är inte kopplat till något annat. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(before);
  });
});
