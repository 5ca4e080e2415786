// The App Home tab over a signed Events API delivery, and a retried event processed once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { voterKey } from '../../../src/domain/ballots.js';
import { ANNA, createSlackHarness, ERIK, JOHN, type SlackHarness } from '../../support/slack-harness.js';
import { snapshot } from '../../support/testbot.js';

const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs';

describe('Slack App Home', () => {
  let h: SlackHarness;
  beforeEach(async () => { h = await createSlackHarness(); });
  afterEach(async () => { await h.close(); });

  /** A case led by Anna with actions, polls and meetings written straight into the tables. */
  async function seed(): Promise<void> {
    await h.run(NEW_CASE);
    const anna = await h.tb.db.member.findFirstOrThrow();
    const erikUser = await h.tb.db.user.create({ data: { platform: 'slack', externalId: ERIK.id, displayName: ERIK.realName, createdAt: h.tb.clock.now() } });
    const erik = await h.tb.db.member.create({ data: { caseId: anna.caseId, userId: erikUser.id, role: 'member', joinedAt: h.tb.clock.now() } });
    const action = (number: number, text: string, dueDate: string, ownerId: number, status = 'open') =>
      h.tb.db.action.create({ data: { caseId: anna.caseId, number, text, dueDate, ownerId, status, createdById: anna.id, createdAt: h.tb.clock.now() } });
    await action(1, 'Boka lokal för jobbmässan', '2026-11-20', anna.id);
    await action(2, 'Ring TRR', '2026-12-04', anna.id, 'in_progress');
    await action(3, 'Klar sedan länge', '2026-11-01', anna.id, 'done');
    await action(4, 'Eriks åtgärd', '2026-11-30', erik.id);
    const poll = (number: number, question: string, status = 'open') =>
      h.tb.db.poll.create({ data: { caseId: anna.caseId, number, question, status, createdById: anna.id, closesAt: new Date('2026-12-01T12:00:00Z'), createdAt: h.tb.clock.now() } });
    const p1 = await poll(1, 'Jobbmässa i mars?');
    await poll(2, 'Informationsmöte på kvällstid?');
    await poll(3, 'Stängd fråga', 'closed');
    await h.tb.db.ballot.create({ data: { pollId: p1.id, voterKey: voterKey(h.tb.ballotSecret, p1.id, { kind: 'member', id: anna.id }), memberId: anna.id } });
    const meeting = (number: number, startsAt: string, place: string) => h.tb.db.meeting.create({ data: { caseId: anna.caseId, number, startsAt: new Date(startsAt), place, createdAt: h.tb.clock.now() } });
    await meeting(1, '2026-11-16T12:00:00Z', 'Förra veckan');
    await meeting(2, '2026-12-07T12:00:00Z', 'Kommunhuset');
    await meeting(3, '2026-11-30T12:00:00Z', 'Stadshuset');
  }

  const published = async (n: number) => (await h.fake.until(() => h.fake.callsTo('views.publish')[n - 1])).args;

  it('shows my open actions, the open polls and the next meeting of each of my cases', async () => {
    await seed();
    expect((await h.homeOpened(ANNA, 'Ev01')).status).toBe(200);
    const { user_id, view } = await published(1);
    expect(user_id).toBe(ANNA.id);
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Konga Bruk konkurs');
    expect(text).toContain('• #1 Boka lokal för jobbmässan – senast 2026-11-20 (försenad)');
    expect(text).toContain('• #2 Ring TRR – senast 2026-12-04');
    expect(text).not.toContain('Klar sedan länge');
    expect(text).not.toContain('Eriks åtgärd');
    expect(text).toContain('• #1 Jobbmässa i mars?, stänger tisdag 2026-12-01 kl. 13:00 (du har röstat)');
    expect(text).toContain('• #2 Informationsmöte på kvällstid?, stänger tisdag 2026-12-01 kl. 13:00 (du har inte röstat)');
    expect(text).not.toContain('Stängd fråga');
    expect(text).toContain('måndag 2026-11-30 kl. 13:00, Stadshuset');
  });

  it('speaks English to an English-speaking user who is in no case', async () => {
    await h.homeOpened(JOHN, 'Ev02');
    const { view } = await published(1);
    expect(JSON.stringify(view.blocks)).toContain('You are not in any open case yet');
  });

  it('processes a retried delivery of the same event once', async () => {
    await h.homeOpened(ANNA, 'Ev03');
    await published(1);
    expect((await h.homeOpened(ANNA, 'Ev03', { retryNum: 1 })).status).toBe(200);
    const [ignored] = await h.logs.until((l) => l.msg === 'repeated delivery ignored');
    expect(ignored).toMatchObject({ key: 'Ev03', retryNum: 1 });
    await h.homeOpened(ANNA, 'Ev04');
    await published(2);
    expect(h.fake.callsTo('views.publish')).toHaveLength(2);
    expect((await h.tb.db.processedEvent.findMany()).map((e) => e.key).sort()).toEqual(['slack:Ev03', 'slack:Ev04']);
  });

  it('ignores a repeated slash command (same trigger_id) after running it once', async () => {
    await h.slash(NEW_CASE, { triggerId: 'T-same' });
    await h.fake.until(() => h.fake.callsTo('chat.postMessage')[0]);
    expect((await h.slash(NEW_CASE, { triggerId: 'T-same', responseId: 'again' })).status).toBe(200);
    await h.logs.until((l) => l.msg === 'repeated delivery ignored' && l.key === 'trigger:T-same');
    expect(h.fake.responses.filter((r) => r.id === 'again')).toEqual([]);
    expect(await h.tb.db.case.count()).toBe(1);
  });

  it('rejects an unsigned event with 401 and records nothing', async () => {
    const before = await snapshot(h.tb.db);
    expect((await h.homeOpened(ANNA, 'Ev05', { signature: 'v0=forged' })).status).toBe(401);
    expect(await snapshot(h.tb.db)).toEqual(before);
    expect(h.fake.calls).toEqual([]);
  });
});
