// Issue 11: 50 members vote at the same moment — all of their events in the bot at once — and
// every vote counts exactly once, in an open and in an anonymous poll; a voter whose two votes
// arrive together still has one ballot.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Deliverable, Reply } from '../../src/core/event.js';
import { plainText } from '../../src/text/plain.js';
import { addMember, NEW_CASE } from '../support/group.js';
import { isFailure, refusalKey } from '../support/refusals.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

const VOTERS = Array.from({ length: 50 }, (_, i) => `v${String(i + 1).padStart(2, '0')}`);
/** 25 for A, 15 for B, 10 for C: a count that is off by one anywhere shows. */
const choiceOf = (i: number) => (i < 25 ? 'A' : i < 40 ? 'B' : 'C');
const QUESTION = 'Jobbmässa i mars?';

const vote = (tb: TestBot, voter: string, line: string) => tb.handle({ platform: 'console', user: { id: voter, name: voter }, channel: { id: 'samverkan', name: 'samverkan' }, text: line });

/** The replies of each voter's event: one confirmation each, no refusal, no failure. */
function expectConfirmed(all: (Deliverable | Reply)[][], voters: readonly string[]): void {
  for (const [i, outputs] of all.entries()) {
    const replies = outputs.filter((o) => o.kind === 'reply').map((o) => plainText(o.message.text));
    expect(replies, `${voters[i]} ${JSON.stringify(replies)}`).toHaveLength(1);
    expect(isFailure(replies[0]!) || refusalKey(replies[0]!), `${voters[i]}: ${replies[0]}`).toBeFalsy();
  }
}

/** The stored ballots of an open poll as `voter:option`, sorted. */
async function ballots(tb: TestBot): Promise<string[]> {
  const names = new Map((await tb.db.member.findMany({ include: { user: true } })).map((m) => [m.id, m.user.externalId]));
  const rows = await tb.db.ballot.findMany({ include: { option: true } });
  return rows.map((b) => `${names.get(b.memberId!)}:${b.option?.label}`).sort();
}

describe('50 simultaneous voters', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot();
    await tb.say(NEW_CASE);
    const theCase = await tb.db.case.findFirstOrThrow();
    for (const [i, name] of VOTERS.entries()) await addMember(tb, theCase.id, { name, org: ['TRR', 'Arbetsförmedlingen', 'IF Metall'][i % 3]! });
  });
  afterEach(async () => { await tb.close(); });

  for (const anonymous of [false, true]) {
    it(`counts every vote once in ${anonymous ? 'an anonymous' : 'an open'} poll`, async () => {
      await tb.say(`omröstning ny "${QUESTION}" alternativ="A|B|C"${anonymous ? ' anonym' : ''}`);
      expectConfirmed(await Promise.all(VOTERS.map((v, i) => vote(tb, v, `rösta 1 ${choiceOf(i)}`))), VOTERS);
      if (!anonymous) {
        expect(await ballots(tb)).toEqual(VOTERS.map((v, i) => `${v}:${choiceOf(i)}`));
      }
      const closed = await tb.say('omröstning stäng 1');
      const result = 'A vann med 25 av 50 röster.';
      expect(closed.filter((o) => o.kind === 'post').map((o) => o.message.text)).toEqual([`Omröstning #1 "${QUESTION}" är stängd. Resultat: ${result}`]);
      const card = await tb.text('omröstning visa 1');
      expect(card).toContain('1. A: 25 röster\n2. B: 15 röster\n3. C: 10 röster\n50 av 51 har röstat.');
      expect(card).toContain(`Resultat: ${result}`);
      expect((await tb.db.decision.findFirstOrThrow()).text).toBe(`Omröstning #1 "${QUESTION}": ${result}`);
    });
  }

  it('keeps one ballot per voter whose two different votes arrive together', async () => {
    await tb.say(`omröstning ny "${QUESTION}" alternativ="A|B|C"`);
    const twice = VOTERS.flatMap((v, i) => [vote(tb, v, `rösta 1 ${choiceOf(i)}`), vote(tb, v, `rösta 1 ${choiceOf(49 - i)}`)]);
    expectConfirmed(await Promise.all(twice), VOTERS.flatMap((v) => [v, v]));
    expect((await ballots(tb)).map((b) => b.split(':')[0])).toEqual(VOTERS);
    await tb.say('omröstning stäng 1');
    const votes = await tb.db.pollOption.findMany({ orderBy: { position: 'asc' } });
    expect(votes.reduce((sum, o) => sum + o.votes, 0)).toBe(50);
  });
});
