// The acceptance scenario of the workflows issue over Slack: a full meeting cycle — members,
// agenda, a meeting, the agenda by DM, a poll with votes and a changed vote, the decision, an
// action from it and its status changes, a status report, the minutes — sent as signed Slack
// requests against the fake Web API, ends in the same state and the same figures as in the console.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainState, runOnConsole, runOnSlack } from '../../support/parity.js';
import type { SlackHarness } from '../../support/slack-harness.js';
import type { TestBot } from '../../support/testbot.js';

const CYCLE = `
/samverkan ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs mål=70 inom=8 org="Tingsryds kommun"
/samverkan medlem lägg till @erik org=TRR
/samverkan medlem lägg till @sara org="IF Metall"
/samverkan medlem lägg till @olle org=Länsstyrelsen roll=observatör
@erik /samverkan dagordning lägg till "Framtidsmässa i mars"
@sara /samverkan dagordning lägg till Lägesrapport från IF Metall
/samverkan möte ny tisdag 10:00 plats="Kommunhuset, sal 2"
/samverkan dagordning skicka
:clock 2026-11-24T10:05
/samverkan omröstning ny "Ska vi ordna en framtidsmässa i mars?" stänger=idag 12:00
@erik /samverkan rösta 1 Ja
@sara /samverkan rösta 1 nej
/samverkan rösta 1 3
@sara /samverkan rösta 1 1
:clock 2026-11-24T11:00
/samverkan omröstning stäng 1
@erik /samverkan omröstning åtgärd 1 senast=2026-12-15 ansvarig=@erik text="Boka Folkets hus för framtidsmässan"
/samverkan beslut "Framtidsmässan hålls den 12 mars i Folkets hus" punkt=1
@erik /samverkan åtgärd status 1 pågår
@erik /samverkan åtgärd klar 1
/samverkan läge rapportera tillsvidare=80 visstid=25 eget=9 studier=11 pension=2 program=14 söker=50 sjuk=1 avböjt=4 övrigt=15 datum=2026-11-20 källa=TRR
:clock 2026-11-24T15:00
@sara /samverkan protokoll
:clock 2026-11-25T08:00
`;

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('the meeting cycle over Slack', () => {
  let tb: TestBot;
  let h: SlackHarness;
  beforeAll(async () => {
    tb = await runOnConsole(CYCLE);
    h = await runOnSlack(CYCLE);
  });
  afterAll(async () => {
    await tb.close();
    await h.close();
  });

  it('ends in the same state as in the console', async () => {
    const onConsole = await domainState(tb.db);
    expect(await domainState(h.tb.db)).toEqual(onConsole);
    for (const table of ['Member', 'AgendaItem', 'Meeting', 'Poll', 'Ballot', 'Decision', 'Action', 'StatusReport']) expect(onConsole[table]!.length, table).toBeGreaterThan(0);
    expect((onConsole.Action as { status: string }[]).map((a) => a.status)).toEqual(['done']);
  });

  it('reached Slack: the agenda by DM to every member, cards in the channel, the poll card updated as votes came in', async () => {
    const dmChannels = new Set(h.fake.callsTo('conversations.open').map((c) => c.args.users));
    expect([...dmChannels].sort()).toEqual(['UANNA', 'UERIK', 'UOLLE', 'USARA']);
    expect(h.fake.callsTo('chat.postMessage').some((c) => c.args.channel === 'DERIK' && c.args.text.includes('Framtidsmässa i mars'))).toBe(true);
    const pollCard = (await h.tb.db.postedMessage.findMany({ where: { entity: 'poll' } }))[0]!;
    const updates = h.fake.callsTo('chat.update').filter((u) => u.args.ts === pollCard.messageId);
    expect(updates.length).toBeGreaterThan(0);
    expect(JSON.stringify(updates.at(-1)!.args.blocks)).toContain('Ja vann med 2 av 3 röster');
    // What the scheduled jobs produced on the way went out through the Slack adapter too.
    const outbox = await h.tb.db.outboxMessage.findMany();
    expect(outbox.length).toBeGreaterThan(0);
    expect(outbox.every((o) => o.platform === 'slack' && o.status === 'sent')).toBe(true);
  });

  it('shows the same figures, and sends the same chart and the same minutes file', async () => {
    const [consoleStatus] = await tb.say('läge');
    await h.run('läge', { responseId: 'lage' });
    const slackStatus = h.fake.responses.find((r) => r.id === 'lage')!.body;
    expect(unescape(slackStatus.text)).toBe(consoleStatus!.message.text.slice(0, 3000));
    const chart = consoleStatus!.message.files![0]!;
    expect(h.fake.uploads.find((u) => u.filename === chart.name)!.bytes).toEqual(Buffer.from(chart.data));

    const [consoleExport] = await tb.say('export protokoll 24/11');
    await h.run('export protokoll 24/11', { responseId: 'export' });
    const file = consoleExport!.message.files![0]!;
    expect(h.fake.uploads.find((u) => u.filename === file.name)!.bytes.toString('utf8')).toBe(new TextDecoder().decode(file.data));
  });
});
