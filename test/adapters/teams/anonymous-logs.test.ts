// At debug and trace level the Teams SDK logs each incoming activity whole: who typed or clicked
// what. For an anonymous poll that is a voter beside their choice, so those lines are never
// written (adapters/teams/sdk-logger.ts); the bot's own lines name neither.
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { LogCapture } from '../../support/slack-harness.js';
import { ANNA, cardAction, channelMessage, ERIK, startTeamsHarness, type TeamsHarness } from '../../support/teams.js';
import { createTestBot } from '../../support/testbot.js';

const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs';

describe('an anonymous poll over Teams, at trace level', () => {
  let h: TeamsHarness;
  afterEach(async () => {
    await h.close();
    await h.tb.close();
  });

  it('writes no log line that names a voter beside a choice', async () => {
    const logs = new LogCapture();
    const logger = pino({ level: 'trace', base: undefined }, logs);
    h = await startTeamsHarness({ logger, testBot: await createTestBot({ logger }) });
    await h.send(channelMessage(h.connector.url, ERIK, NEW_CASE));
    const theCase = await h.tb.db.case.findFirstOrThrow();
    const anna = await h.tb.db.user.create({ data: { platform: 'teams', externalId: ANNA.id, displayName: ANNA.name, createdAt: h.tb.clock.now() } });
    await h.tb.db.member.create({ data: { caseId: theCase.id, userId: anna.id, role: 'member', joinedAt: h.tb.clock.now() } });
    await h.send(channelMessage(h.connector.url, ERIK, 'omröstning ny "Vilken aktivitet först?" alternativ="Jobbklubb|Framtidsmässa" anonym'));
    const from = logs.lines.length;
    await h.send(channelMessage(h.connector.url, ERIK, 'rösta 1 1'));
    await h.send(cardAction(h.connector.url, ANNA, 'rösta 1 2'));
    expect(await h.tb.db.ballot.count()).toBe(2);
    const lines = logs.lines.slice(from).map((line) => JSON.stringify(line));
    expect(lines.length).toBeGreaterThan(0);
    const voters = [ERIK, ANNA].flatMap((p) => [p.id, p.name]);
    expect(lines.filter((line) => voters.some((v) => line.includes(v)) && /rösta 1 \d|Jobbklubb|Framtidsmässa/.test(line))).toEqual([]);
  });
});
