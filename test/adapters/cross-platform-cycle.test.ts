// The acceptance scenario of issue 6: one case lives in a Slack channel and a Teams channel at
// once. Two members on Slack (the leader anna and sara) and one on Teams (erik) run a meeting
// cycle — agenda item, meeting, a poll on a job fair with votes from both platforms and a changed
// vote, the leader closes it — which ends with one tally counting all three votes, the decision
// posted to both channels, the poll card updated in place on both, and minutes listing everyone.
// One bot, one database and one outbox serve both real adapters on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinFromTeams, startSlackAndTeams, type SlackAndTeams } from '../support/cross-platform.js';
import type { FakeUser } from '../support/fake-slack.js';
import { CHANNEL, type SlackHarness } from '../support/slack-harness.js';
import type { PostedMessage } from '../support/slack-payloads.js';
import { activityText as teamsText, cardAction, channelMessage, ERIK, TEAM_CHANNEL, type TeamsHarness } from '../support/teams.js';
import type { TestBot } from '../support/testbot.js';

const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs org="Tingsryds kommun"';
const SARA: FakeUser = { id: 'USARA', name: 'sara', realName: 'Sara Ek', locale: 'sv-SE' };
const QUESTION = 'Ska vi ordna en framtidsmässa i mars?';
const RESULT = `Omröstning #1 "${QUESTION}" är stängd. Resultat: Ja vann med 2 av 3 röster.`;

/** Every Action.Execute button anywhere in an activity, as title → the command it carries. */
function teamsButtons(call: { body: any }): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (node: any): void => {
    if (node?.type === 'Action.Execute') found[node.title] = node.data.command;
    if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(call.body);
  return found;
}
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('the meeting cycle with two members on Slack and one on Teams', () => {
  let both: SlackAndTeams;
  let tb: TestBot;
  let slack: SlackHarness;
  let teams: TeamsHarness;
  beforeAll(async () => {
    both = await startSlackAndTeams();
    ({ tb, slack, teams } = both);
    slack.fake.users.set(SARA.id, SARA);
  });
  afterAll(async () => { await both.close(); });

  /** The text Slack got back through a request's response_url. */
  const answered = (id: string) => unescape(slack.fake.responses.find((r) => r.id === id)!.body.text as string);
  const slackPosts = () => slack.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === CHANNEL.id);
  const pollCardOn = async (platform: string) => (await tb.db.postedMessage.findFirstOrThrow({ where: { platform, entity: 'poll' } })).messageId;

  it('gathers the group from both platforms, an agenda item and a meeting', async () => {
    await slack.run(NEW_CASE);
    await slack.run(`medlem lägg till <@${SARA.id}> org="IF Metall"`);
    await joinFromTeams(both);
    await slack.run('medlem lägg till <at id="29:erik">Erik Lind</at> org=TRR');
    await slack.run('dagordning lägg till "Framtidsmässa i mars"', { user: SARA });
    await slack.run('möte ny tisdag 10:00 plats="Kommunhuset, sal 2"');

    const members = await tb.db.member.findMany({ include: { user: true, organisation: true }, orderBy: { id: 'asc' } });
    expect(members.map((m) => [m.user.platform, m.user.displayName, m.organisation?.name, m.role])).toEqual([
      ['slack', 'Anna Svensson', 'Tingsryds kommun', 'leader'],
      ['slack', 'Sara Ek', 'IF Metall', 'member'],
      ['teams', 'Erik Lind', 'TRR', 'member'],
    ]);
    // Every post of the case reached both channels, whichever platform it was typed on.
    // Its title is bold on each platform as that platform writes it: Slack's *…*, a bold TextRun in Teams.
    const meetingCall = 'Möte #1: tisdag 2026-11-24 kl. 10:00';
    expect(slackPosts().at(-1)!.args.text).toContain(`*${meetingCall}*`);
    const teamsCard = teams.connector.posted(TEAM_CHANNEL).at(-1)!.body.attachments[0].content;
    expect(teamsCard.body[0]).toEqual({ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: meetingCall, size: 'Large', weight: 'Bolder' }] });
    expect(teamsCard.fallbackText).toContain(`\n${meetingCall}\n`);
  });

  let slackPollTs: string;
  let teamsPollId: string;
  /** The Slack poll card as the channel shows it now (the fake keeps each message as last updated). */
  const slackCardNow = (): PostedMessage => slack.fake.messages.get(`${CHANNEL.id}/${slackPollTs}`)!;

  it('counts votes cast on both platforms in one poll, with a changed vote', async () => {
    tb.clock.set(new Date('2026-11-24T09:05:00Z'));
    await slack.run(`omröstning ny "${QUESTION}"`);
    slackPollTs = await pollCardOn('slack');
    teamsPollId = await pollCardOn('teams');
    expect(slackCardNow().text).toContain(`Omröstning #1: ${QUESTION}`);
    const teamsCard = teams.connector.posted(TEAM_CHANNEL).at(-1)!;
    expect(teamsText(teamsCard)).toContain(`Omröstning #1: ${QUESTION}`);
    expect(teamsButtons(teamsCard)).toEqual({ Ja: 'rösta 1 1', Nej: 'rösta 1 2', Avstår: 'rösta 1 3' });

    await slack.click(slackCardNow(), 'Nej', { user: SARA, responseId: 'sara-nej' });
    await slack.idle();
    expect(answered('sara-nej')).toBe('Din röst på "Nej" i omröstning #1 är registrerad. Du kan ändra den tills omröstningen stänger.');

    const erik = await teams.send(cardAction(teams.connector.url, ERIK, teamsButtons(teamsCard).Ja!));
    expect(erik.body.value).toBe('Din röst på "Ja" i omröstning #1 är registrerad. Du kan ändra den tills omröstningen stänger.');
    await slack.idle();

    await slack.run('rösta 1 Avstår', { responseId: 'anna-avstar' });
    expect(answered('anna-avstar')).toBe('Din röst på "Avstår" i omröstning #1 är registrerad. Du kan ändra den tills omröstningen stänger.');
    await slack.click(slackCardNow(), 'Ja', { user: SARA, responseId: 'sara-ja' });
    await slack.idle();
    expect(answered('sara-ja')).toBe('Din röst i omröstning #1 är ändrad till "Ja".');

    await slack.run('omröstning visa 1', { responseId: 'visa' });
    expect(answered('visa')).toBe([
      `*Omröstning #1: ${QUESTION}*`,
      'Öppen tills en ledare stänger den.',
      '1. Ja: 2 röster',
      '2. Nej: 0 röster',
      '3. Avstår: 1 röst',
      '3 av 3 har röstat.',
      'Rösta med knapparna eller `rösta 1 <alternativ>`.',
      '[Ja: rösta 1 1] [Nej: rösta 1 2] [Avstår: rösta 1 3]',
    ].join('\n'));
    // One ballot per member, whichever platform they voted on; sara's second click replaced her first.
    const names = new Map((await tb.db.member.findMany({ include: { user: true } })).map((m) => [m.id, m.user.displayName]));
    const ballots = await tb.db.ballot.findMany({ include: { option: true } });
    expect(ballots.map((b) => [names.get(b.memberId!), b.option!.label]).sort()).toEqual([['Anna Svensson', 'Avstår'], ['Erik Lind', 'Ja'], ['Sara Ek', 'Ja']]);
  });

  it('refreshed the poll card in place on both platforms after every vote', async () => {
    const slackUpdates = slack.fake.callsTo('chat.update').filter((u) => u.args.channel === CHANNEL.id && u.args.ts === slackPollTs);
    expect(slackUpdates.map((u) => /(\d) av 3 har röstat/.exec(u.args.text)![1])).toEqual(['1', '2', '3', '3']);
    const teamsUpdates = teams.connector.updates().filter((u) => u.conversationId === TEAM_CHANNEL && u.activityId === teamsPollId);
    expect(teamsUpdates.map((u) => /(\d) av 3 har röstat/.exec(teamsText(u))![1])).toEqual(['1', '2', '3', '3']);
  });

  it('closes the poll into one decision, posted to both channels and shown on both cards', async () => {
    tb.clock.set(new Date('2026-11-24T10:00:00Z'));
    await slack.run('omröstning stäng 1');
    // Posted once to each channel: the Slack one and the Teams one.
    expect(slackPosts().filter((c) => c.args.text === RESULT)).toHaveLength(1);
    expect(teams.connector.posted(TEAM_CHANNEL).filter((c) => teamsText(c) === RESULT)).toHaveLength(1);
    const poll = await tb.db.poll.findFirstOrThrow();
    expect(poll.status).toBe('closed');
    const decisions = await tb.db.decision.findMany();
    expect(decisions.map((d) => [d.pollId, d.meetingId, d.text])).toEqual([[poll.id, (await tb.db.meeting.findFirstOrThrow()).id, `Omröstning #1 "${QUESTION}": Ja vann med 2 av 3 röster.`]]);
    const lastSlackCard = slack.fake.callsTo('chat.update').filter((u) => u.args.ts === slackPollTs).at(-1)!;
    expect(lastSlackCard.args.text).toContain('Resultat: Ja vann med 2 av 3 röster.');
    const lastTeamsCard = teams.connector.updates().filter((u) => u.activityId === teamsPollId).at(-1)!;
    expect(teamsText(lastTeamsCard)).toContain('Resultat: Ja vann med 2 av 3 röster.');
    // On both, the vote buttons gave way to the one that turns the result into an action.
    const toAction = 'Gör till åtgärd (senast 2026-12-08)';
    expect(lastSlackCard.args.blocks.flatMap((b: any) => b.elements ?? []).filter((e: any) => e.type === 'button').map((e: any) => e.text.text)).toEqual([toAction]);
    expect(teamsButtons(lastTeamsCard)).toEqual({ [toAction]: 'omröstning åtgärd 1 senast=2026-12-08' });
  });

  it('lists the members of both platforms in the minutes drafted from Teams', async () => {
    const before = teams.connector.posted().length;
    await teams.send(channelMessage(teams.connector.url, ERIK, 'protokoll'));
    // The reply goes into the thread of erik's message only.
    const [reply, ...more] = teams.connector.posted().slice(before);
    expect([reply!.conversationId!.startsWith(`${TEAM_CHANNEL};messageid=`), more]).toEqual([true, []]);
    expect(teamsText(reply!)).toBe([
      '# Minnesanteckningar – Konga Bruk konkurs',
      '',
      '**Möte #1, tisdag 2026-11-24 kl. 10:00 (Europe/Stockholm)**',
      'Plats: Kommunhuset, sal 2',
      '**Utkast – ej justerat. Skapat tisdag 2026-11-24 kl. 11:00. Minnesanteckningar kan bli allmänna handlingar: nämn aldrig en enskild berörd person.**',
      '*Inga justerare utsedda än (`protokoll justerare 1 @namn`).*',
      '',
      '## Närvaro',
      'Närvaron är inte noterad (`möte närvaro 1 närvarande=@namn,@namn`).',
      '### Medlemmar utan noterad närvaro',
      '- **IF Metall:** Sara Ek',
      '- **Tingsryds kommun:** Anna Svensson (ledare)',
      '- **TRR:** Erik Lind',
      '',
      '## Dagordning',
      '1. Framtidsmässa i mars (#1) – ej behandlad än',
      '',
      '## Beslut',
      `- Omröstning #1 "${QUESTION}": Ja vann med 2 av 3 röster.`,
      '',
      '## Läget vid mötet',
      'Ingen lägesrapport till och med 2026-11-24.',
      '',
      '## Åtgärder',
      '### Nya sedan förra mötet',
      '- Inga.',
      '### Avslutade sedan förra mötet',
      '- Inga.',
      '### Försenade',
      '- Inga.',
      '### Öppna',
      '- Inga.',
      '',
    ].join('\n'));
  });
});
