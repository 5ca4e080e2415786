// User text is data, never markup: hostile text typed on Slack and on Teams, through every kind of
// output — cards, lists, the digest, reminders and agendas by DM, minutes, a modal, the App Home —
// on both platforms at once, checked on the real Block Kit and Adaptive Card payloads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { allJobs } from '../../src/schedule/jobs/index.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { OutboxSender } from '../../src/outbox/sender.js';
import { joinFromTeams, startSlackAndTeams, type SlackAndTeams } from '../support/cross-platform.js';
import { assertNoLiveSlackTokens, assertNoTeamsMarkdown, cardsOf, HOSTILE, HOSTILE_LINE, typedInSlack, typedInTeams } from '../support/hostile.js';
import { ANNA } from '../support/slack-harness.js';
import { ANNA as TEAMS_ANNA, channelMessage, ERIK, TEAM_CHANNEL } from '../support/teams.js';

const TITLE = `Varsel <!channel> ${HOSTILE.markdownLink} ${HOSTILE.bold} ${HOSTILE.family}`;
/** With `Åtgärd #N: ` in front, a flag's first half falls on the 150th character, where Slack's header is cut. */
const AT_HEADER_LIMIT = `${'x'.repeat(137)}${HOSTILE.flag.repeat(3)}`;
/** One line of `length` characters or a little less, full of what must be escaped and must not be cut. */
const hostileLine = (length: number) => '&<!channel>&amp; 🇸🇪 '.repeat(Math.floor(length / 20));
/** Slack users mentioned for real in what follows: their mentions, and only theirs, may be live. */
const MENTIONED = ['UERIK'];

describe('hostile user text on Slack and Teams', () => {
  let both: SlackAndTeams;
  beforeAll(async () => { both = await startSlackAndTeams(); });
  afterAll(async () => { await both.close(); });

  const slackPayloads = () => [
    ...['chat.postMessage', 'chat.update', 'chat.postEphemeral', 'views.publish', 'views.open'].flatMap((m) => both.slack.fake.callsTo(m).map((c) => c.args)),
    ...both.slack.fake.responses.map((r) => r.body),
  ];
  const teamsActivities = () => both.teams.connector.calls.filter((c) => c.body?.type === 'message').map((c) => c.body);
  const fromTeams = (text: string, mentioned = [ERIK]) => both.teams.send(channelMessage(both.teams.connector.url, ERIK, text, mentioned));
  /** Every payload so far, on both platforms. */
  const checkEverything = () => {
    for (const payload of slackPayloads()) assertNoLiveSlackTokens(payload, MENTIONED);
    for (const activity of teamsActivities()) assertNoTeamsMarkdown(activity, MENTIONED);
  };
  /** A card's title as Teams shows it (the runs of its first element). */
  const titleOf = (card: any): string => card.body[0].inlines.map((r: { text: string }) => r.text).join('');
  const runsOf = (card: any): string[] => JSON.stringify(card.body).match(/"type":"TextRun","text":"((?:[^"\\]|\\.)*)"/g)?.map((m) => JSON.parse(m.slice(24))) ?? [];

  it('shows a case title typed in Slack as text on both platforms', async () => {
    await both.slack.run(`ärende ny "${typedInSlack(TITLE)}" företag="K AB" kommun=Tingsryd berörda=211 typ=konkurs`);
    await joinFromTeams(both);
    await fromTeams('ärende visa', []);
    const [card] = cardsOf(teamsActivities().slice(-1));
    expect(titleOf(card)).toBe(TITLE);
    expect(both.slack.fake.callsTo('chat.postMessage')[0]!.args.text).toContain(typedInSlack(TITLE));
    expect(both.slack.fake.callsTo('chat.postMessage')[0]!.args.text).not.toContain('<!channel>');
    checkEverything();
  });

  it('renders an action typed in Slack with every hostile text and a real Slack mention: live only on Slack, a name in Teams', async () => {
    await both.slack.run(`åtgärd ny "${typedInSlack(HOSTILE_LINE)} <@UERIK>" ansvarig=<@UANNA> senast=2026-11-25`);
    const post = both.slack.fake.callsTo('chat.postMessage').at(-1)!.args;
    expect(post.text).toContain(`${typedInSlack(HOSTILE_LINE)} <@UERIK>`);
    expect(post.blocks[0].text).toEqual({ type: 'plain_text', text: `Åtgärd #1: ${HOSTILE_LINE} @Erik Lind`.slice(0, 149) + '…' });
    const [card] = cardsOf(teamsActivities().slice(-1));
    expect(titleOf(card)).toBe(`Åtgärd #1: ${HOSTILE_LINE} @Erik Lind`);
    checkEverything();
  });

  it('turns a Teams mention inside quoted text into a mention: a real one in Teams, the name in Slack', async () => {
    await fromTeams(`åtgärd ny "${typedInTeams('Ring ')}@Anna Berg${typedInTeams(` om ${HOSTILE.markdownLink} ${HOSTILE.bold} ${HOSTILE.italic}`)}" ansvarig=@Erik Lind senast=2026-11-25`, [TEAMS_ANNA, ERIK]);
    const text = `Ring @Anna Berg om ${HOSTILE.markdownLink} ${HOSTILE.bold} ${HOSTILE.italic}`;
    await both.slack.idle();
    expect(both.slack.fake.callsTo('chat.postMessage').at(-1)!.args.blocks[0].text.text).toBe(`Åtgärd #2: ${text}`);
    const [card] = cardsOf(teamsActivities().slice(-1));
    expect(card.msteams.entities).toEqual([{ type: 'mention', text: '<at>Anna Berg</at>', mentioned: { id: TEAMS_ANNA.id, name: 'Anna Berg' } }]);
    expect(JSON.stringify(card.body)).toContain('"text":"<at>Anna Berg</at>"');
    expect(runsOf(card)).toContain(`om ${HOSTILE.markdownLink} ${HOSTILE.bold} ${HOSTILE.italic}`);
    checkEverything();
  });

  it('cuts a title at a character and a field after escaping, never inside an entity or an emoji', async () => {
    await both.slack.run(`åtgärd ny "${AT_HEADER_LIMIT}" ansvarig=<@UANNA> senast=2026-12-04`);
    await fromTeams(`åtgärd kommentar 3 "${typedInTeams('&'.repeat(1000))}"`, []);
    await both.slack.idle();
    const card = both.slack.fake.callsTo('chat.update').at(-1)!.args;
    expect(card.blocks[0].text.text).toMatch(/^Åtgärd #3: x{137}…$/);
    const fields = card.blocks.flatMap((b: any) => b.fields ?? []).map((f: any) => f.text as string);
    expect(Math.max(...fields.map((f: string) => f.length))).toBeLessThanOrEqual(2000);
    checkEverything();
  });

  it('lists and polls hostile text on both platforms', async () => {
    await fromTeams(`omröstning ny "${typedInTeams(`${HOSTILE.markdownLink} ${HOSTILE.bold} ${HOSTILE.channel}`)}"`, []);
    await both.slack.idle();
    await both.slack.run('åtgärd lista', { responseId: 'list' });
    await fromTeams('åtgärd lista', []);
    await both.slack.run('omröstning lista', { responseId: 'polls' });
    expect(both.slack.fake.responses.find((r) => r.id === 'list')!.body.blocks.length).toBeGreaterThan(1);
    checkEverything();
  });

  it('keeps a long agenda whole in the digest: one item a line, each part within Slack\'s limit once escaped', async () => {
    await both.slack.run(`möte ny 2026-11-25 10:00 plats="${typedInSlack(`${HOSTILE.here} Kommunhuset & sal 2`)}"`);
    const { caseId, id: proposedById } = await both.tb.db.member.findFirstOrThrow();
    for (let number = 1; number <= 30; number++) {
      await both.tb.db.agendaItem.create({ data: { caseId, number, position: number, text: `${number}: ${hostileLine(280)}`, proposedById, createdAt: both.tb.clock.now() } });
    }
    await both.slack.run('sammanfattning');
    await both.teams.idle();
    const digest = both.slack.fake.callsTo('chat.postMessage').filter((c) => c.args.blocks?.[0]?.text.text.startsWith('Veckosammanfattning'));
    const sections = digest.flatMap((c) => c.args.blocks).filter((b: any) => b.type === 'section' && b.text).map((b: any) => b.text.text as string);
    for (const s of sections) expect(s.length).toBeLessThanOrEqual(3000);
    const slackLines = sections.flatMap((s) => s.split('\n'));
    const teamsDigest = cardsOf(teamsActivities().filter((a) => a.summary?.startsWith('Veckosammanfattning'))).flatMap(runsOf);
    for (let number = 1; number <= 30; number++) {
      const item = `${number}. ${number}: ${hostileLine(280)}`;
      expect(slackLines).toContain(typedInSlack(item));
      // In Teams each line is an element of its own.
      expect(teamsDigest).toContain(item);
    }
    checkEverything();
  });

  it('sends the agenda by DM and the action reminders from the scheduler, safely on both platforms', async () => {
    // Stored as any platform stores what its user typed: the text itself.
    const anna = await both.tb.db.member.findFirstOrThrow();
    await both.tb.db.action.create({ data: { caseId: anna.caseId, number: 99, text: `${HOSTILE_LINE} (lagrad)`, dueDate: '2026-11-25', ownerId: anna.id, createdById: anna.id, createdAt: both.tb.clock.now() } });
    await both.slack.run('dagordning skicka');
    await both.teams.idle();
    const logger = createLogger('silent');
    const scheduler = new Scheduler({ db: both.tb.db, logger, jobs: allJobs(both.tb.ballotSecret) });
    const sender = new OutboxSender({ db: both.tb.db, clock: both.tb.clock, logger, deliveries: [both.slack.adapter.delivery, both.teams.adapter.delivery] });
    const nineTuesday = new Date('2026-11-24T08:00:00Z');
    await scheduler.runDue(both.tb.clock.now(), nineTuesday);
    both.tb.clock.set(nineTuesday);
    await sender.flush();
    const reminders = both.slack.fake.callsTo('chat.postMessage').filter((c) => c.args.text.startsWith('Påminnelse'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.args.text).toContain(`${typedInSlack(HOSTILE_LINE)} <@UERIK>`);
    expect(reminders[0]!.args.text).toContain(`${typedInSlack(HOSTILE_LINE)} (lagrad)`);
    const teamsDms = both.teams.connector.posted().filter((c) => !c.conversationId!.startsWith(TEAM_CHANNEL));
    expect(teamsDms.length).toBeGreaterThanOrEqual(2);
    checkEverything();
  });

  it('drafts minutes that read as typed, in chat and as an HTML file, and sends long minutes in parts within Slack\'s limit', async () => {
    await both.slack.run(`beslut "${typedInSlack(HOSTILE_LINE)}"`);
    const { caseId, id: createdById } = await both.tb.db.member.findFirstOrThrow();
    const meetingId = (await both.tb.db.meeting.findFirstOrThrow()).id;
    for (let i = 0; i < 15; i++) await both.tb.db.decision.create({ data: { caseId, meetingId, text: hostileLine(280), createdById, createdAt: both.tb.clock.now() } });
    await both.slack.run('protokoll', { responseId: 'minutes' });
    const parts = both.slack.fake.responses.filter((r) => r.id === 'minutes').map((r) => r.body.text as string);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4000);
    await both.slack.run('export protokoll');
    expect(parts.join('')).toContain('\\[klicka\\](https://evil.example) \\*\\*x\\*\\* \\_x\\_ \\&amp;amp; \\&amp;lt; \\&lt;at\\&gt;Someone\\&lt;/at\\&gt;');
    const html = both.slack.fake.uploads.at(-1)!.bytes.toString('utf8');
    expect(html).toContain('[klicka](https://evil.example) **x** _x_ &amp;amp; &amp;lt; &lt;at&gt;Someone&lt;/at&gt;');
    expect(html).toContain('@Erik Lind');
    await fromTeams('protokoll', []);
    checkEverything();
  });

  it('takes hostile text from a modal form as text', async () => {
    await both.slack.slash('åtgärd ny', { triggerId: 'trigger-hostile' });
    const { view } = (await both.slack.fake.until(() => both.slack.fake.callsTo('views.open')[0])).args;
    const state = (due: string) => ({
      text: { value: { type: 'plain_text_input', value: `${HOSTILE.channel} ${HOSTILE.slackUser} \uE000slack,UJOHN,Forged,\uE001` } },
      owner: { value: { type: 'users_select', selected_user: ANNA.id } },
      due: { value: { type: 'datepicker', selected_date: due } },
      org: { value: { type: 'plain_text_input', value: null } },
    });
    expect(JSON.parse((await both.slack.submit(view, state('2026-11-01'))).body).response_action).toBe('errors');
    expect(await both.slack.submit(view, state('2026-12-04'))).toEqual({ status: 200, body: '' });
    const post = await both.slack.fake.until(() => both.slack.fake.callsTo('chat.postMessage').find((c) => c.args.blocks?.[0]?.text.text.includes('Forged')));
    expect(post.args.blocks[0].text.text).toBe(`Åtgärd #100: ${HOSTILE.channel} ${HOSTILE.slackUser} slack,UJOHN,Forged,`);
    checkEverything();
  });

  it('shows the App Home with hostile text as text', async () => {
    await both.slack.homeOpened(ANNA, 'Ev-hostile-home');
    const home = await both.slack.fake.until(() => both.slack.fake.callsTo('views.publish')[0]);
    expect(JSON.stringify(home.args.view.blocks)).toContain(JSON.stringify(typedInSlack(HOSTILE.channel)).slice(1, -1));
    checkEverything();
  });

  it('writes the bot\'s own emphasis as each platform does: backticks in Slack, a monospaced run in Teams', async () => {
    await both.slack.run('okänt', { responseId: 'unknown' });
    expect(both.slack.fake.responses.find((r) => r.id === 'unknown')!.body.text).toContain('`hjälp`');
    await fromTeams('okänt', []);
    const [card] = cardsOf(teamsActivities().slice(-1));
    expect(JSON.stringify(card.body)).toContain('{"type":"TextRun","text":"hjälp","fontType":"Monospace"}');
    expect(JSON.stringify(card.body)).not.toContain('`');
    checkEverything();
  });
});
