// One case in a Slack channel and a Teams channel: one bot, one database, one outbox, both
// real adapters on loopback. Posts reach both platforms; a click on either platform updates the
// card on both.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.js';
import { allJobs } from '../../../src/schedule/jobs/index.js';
import { Scheduler } from '../../../src/schedule/scheduler.js';
import { OutboxSender } from '../../../src/outbox/sender.js';
import { joinFromTeams, slackDirectMessages, startSlackAndTeams, type SlackAndTeams } from '../../support/cross-platform.js';
import { codeIn } from '../../support/group.js';
import { CHANNEL, type SlackHarness } from '../../support/slack-harness.js';
import { activityText as teamsText, cardAction, channelMessage, ERIK, TEAM_CHANNEL, type TeamsHarness } from '../../support/teams.js';
import type { TestBot } from '../../support/testbot.js';

const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs';

describe('one case on Slack and Teams', () => {
  let both: SlackAndTeams;
  let tb: TestBot;
  let slack: SlackHarness;
  let teams: TeamsHarness;
  beforeEach(async () => {
    both = await startSlackAndTeams();
    ({ tb, slack, teams } = both);
  });
  afterEach(async () => { await both.close(); });

  const channelPosts = () => slack.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === CHANNEL.id);

  it('links a Teams channel for a stranger with a code only once the Slack leader approves from her direct message', async () => {
    await slack.run(NEW_CASE);
    await slack.run('ärende kod');
    const [codeMessage] = slackDirectMessages(slack);
    const code = codeIn(codeMessage!.text);
    // The code went to anna alone: not into the channel, not to Teams.
    expect(channelPosts().map((c) => c.args.text).join('\n')).not.toContain(code);

    const linked = await teams.send(channelMessage(teams.connector.url, ERIK, `ärende koppla ${code}`));
    expect(linked.status).toBe(200);
    await slack.idle();
    expect(teams.connector.posted(TEAM_CHANNEL)).toEqual([]);
    const card = slackDirectMessages(slack).at(-1)!;
    expect(card.text).toContain('Förfrågan om att gå med i "Konga Bruk konkurs"');
    expect(JSON.stringify(card.blocks)).toContain('medlem godkänn <at id=\\"29:erik\\">Erik Lind</at>');
    expect(await tb.db.channelLink.findFirstOrThrow({ where: { platform: 'teams' } })).toMatchObject({ status: 'pending' });

    // Until approved, a post made on Slack does not reach the Teams channel, and Erik sees nothing there.
    await slack.run('åtgärd ny "Ring TRR" ansvarig=<@UANNA> senast=2026-12-04');
    await teams.send(channelMessage(teams.connector.url, ERIK, 'åtgärd lista'));
    await teams.idle();
    expect(teams.connector.posted(TEAM_CHANNEL)).toEqual([]);
    expect(teams.connector.posted().map(teamsText).at(-1)).toContain('väntar på att en ledare godkänner');

    await slack.click(card, 'Godkänn', { responseId: 'approve' });
    await slack.idle();
    await teams.idle();
    const approved = 'Anna Svensson godkände Erik Lind (Utan organisation) som medlem. Teams #samverkan är nu kopplad till ärendet "Konga Bruk konkurs" och får inläggen.';
    expect(teams.connector.posted(TEAM_CHANNEL).map(teamsText)).toEqual([approved]);
    expect(channelPosts().at(-1)!.args.text).toBe(approved);
    expect(await tb.db.member.findFirstOrThrow({ where: { user: { platform: 'teams' } } })).toMatchObject({ role: 'member', removedAt: null });
  });

  it('fans posts out to both channels and updates an action card on both after a click in Teams', async () => {
    await slack.run(NEW_CASE);
    await joinFromTeams(both);
    expect(teamsText(teams.connector.posted(TEAM_CHANNEL)[0]!)).toContain('Erik Lind');
    expect(channelPosts().map((c) => c.args.text.includes('Erik Lind'))).toEqual([false, true]);

    // Anna, on Slack, gives Erik (a Teams user, mentioned by his Teams id) an action.
    await slack.run('åtgärd ny "Ring TRR" ansvarig=<at id="29:erik">Erik Lind</at> senast=2026-12-04');
    const slackCard = channelPosts()[2]!;
    expect(slackCard.args.blocks[0].text.text).toBe('Åtgärd #1: Ring TRR');
    await teams.idle();
    expect(teamsText(teams.connector.posted(TEAM_CHANNEL).at(-1)!)).toContain('Åtgärd #1: Ring TRR');
    expect((await tb.db.postedMessage.findMany()).map((p) => p.platform).sort()).toEqual(['slack', 'teams']);

    // Erik marks it done from the card in Teams: the Slack copy is updated in place as well.
    await teams.send(cardAction(teams.connector.url, ERIK, 'åtgärd klar 1'));
    await slack.idle();
    const update = await slack.fake.until(() => slack.fake.callsTo('chat.update')[0]);
    expect(update.args).toMatchObject({ channel: CHANNEL.id, ts: (await tb.db.postedMessage.findFirstOrThrow({ where: { platform: 'slack' } })).messageId });
    expect(JSON.stringify(update.args.blocks)).toContain('*Status*\\nklar');
    expect(teams.connector.updates()).toHaveLength(1);
  });

  it('shows the result on the poll card on both platforms when the scheduler closes the poll at its deadline', async () => {
    await slack.run(NEW_CASE);
    await joinFromTeams(both);
    await slack.run('omröstning ny "Ska vi ordna en framtidsmässa i mars?" stänger=idag 12:00');
    await teams.send(cardAction(teams.connector.url, ERIK, 'rösta 1 1'));
    await slack.idle();
    const posted = await tb.db.postedMessage.findMany({ where: { entity: 'poll' }, orderBy: { platform: 'asc' } });
    expect(posted.map((p) => p.platform)).toEqual(['slack', 'teams']);

    // The ticker's work, as main runs it: due jobs into the outbox, the outbox to both platforms.
    const logger = createLogger('silent');
    const scheduler = new Scheduler({ db: tb.db, logger, jobs: allJobs(tb.ballotSecret) });
    const sender = new OutboxSender({ db: tb.db, clock: tb.clock, logger, deliveries: [slack.adapter.delivery, teams.adapter.delivery] });
    const deadline = new Date('2026-11-23T11:00:00Z');
    await scheduler.runDue(tb.clock.now(), deadline);
    tb.clock.set(deadline);
    await sender.flush();

    const result = 'Resultat: Ja vann med 1 av 1 röst.';
    expect(slack.fake.callsTo('chat.postMessage').at(-1)!.args.text).toContain(result);
    expect(teamsText(teams.connector.posted(TEAM_CHANNEL).at(-1)!)).toContain(result);
    const slackCard = slack.fake.messages.get(`${CHANNEL.id}/${posted[0]!.messageId}`)!;
    const teamsCard = teams.connector.updates().filter((u) => u.activityId === posted[1]!.messageId).at(-1)!;
    expect([slackCard.text, teamsText(teamsCard)].map((text) => [text.includes(result), text.includes('rösta 1 1')])).toEqual([[true, false], [true, false]]);
  });
});
