// Issue 11, finding 1, second half: at debug or trace level, after a restart, each users.info of a
// voter followed by a chat.update with the new tally linked every voter of an anonymous poll to
// their choice. This test runs that attack over the real Slack adapter, at trace level, over HTTP
// and in Socket Mode, on both what an observer of the bot's platform calls sees (their order and
// content) and on the log: a voter, then a count that changed by one vote, is a link; so is a log
// line that names a voter beside an option. There must be none.
import { afterEach, describe, expect, it } from 'vitest';
import { BOT, type FakeUser } from '../../support/fake-slack.js';
import { ANNA, CHANNEL, createSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { blockActions, slashCommand } from '../../support/slack-payloads.js';

const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs';
const OPTIONS = ['Jobbklubb', 'Framtidsmässa', 'Studiebesök'];
const VOTERS: FakeUser[] = Array.from({ length: 8 }, (_, i) => ({ id: `UVOTER${i + 1}`, name: `voter${i + 1}`, realName: `Röstare ${i + 1}`, locale: 'sv-SE' }));
/** Each voter's choices in order (option positions); two change their minds. */
const CHOICES: number[][] = [[1], [2], [3, 1], [1], [2, 3], [1], [3], [2]];

type Tally = Map<string, number>;

/** The counts a card text shows ("2. Framtidsmässa: 3 röster"), or null when it shows none. */
function tallyIn(text: string): Tally | null {
  const found = [...text.matchAll(new RegExp(`(${OPTIONS.join('|')}): (\\d+) röst`, 'g'))];
  return found.length ? new Map(found.map((m) => [m[1]!, Number(m[2])])) : null;
}

/** The option whose count a single vote changed (one up, and at most one other down), else null. */
function singleVote(before: Tally, after: Tally): string | null {
  const up = OPTIONS.filter((o) => (after.get(o) ?? 0) === (before.get(o) ?? 0) + 1);
  const changed = OPTIONS.filter((o) => (after.get(o) ?? 0) !== (before.get(o) ?? 0));
  const down = changed.filter((o) => (after.get(o) ?? 0) === (before.get(o) ?? 0) - 1);
  return up.length === 1 && changed.length === 1 + down.length && down.length <= 1 ? up[0]! : null;
}

/** Walks events in order: the latest voter seen, then a count that changed by one vote, links them. */
function attack(events: { voter?: string; text?: string }[]): { voter: string; option: string }[] {
  const links: { voter: string; option: string }[] = [];
  let last: string | undefined;
  let shown: Tally = new Map();
  for (const e of events) {
    if (e.voter) last = e.voter;
    const tally = e.text ? tallyIn(e.text) : null;
    if (!tally) continue;
    const option = singleVote(shown, tally);
    if (option && last) links.push({ voter: last, option });
    shown = tally;
  }
  return links;
}

const voterIn = (text: string) => VOTERS.find((v) => text.includes(v.id) || text.includes(v.realName))?.id;
/** What names a choice in a line: an option's label, or the vote command with its number. */
const CHOICE = new RegExp(`${OPTIONS.join('|')}|rösta 1 \\d`);

/** A vote as Slack sends it: over HTTP (signed) or as a Socket Mode envelope, typed or clicked. */
async function vote(h: SlackHarness, socketMode: boolean, voter: FakeUser, position: number, byButton: boolean, ts: string, responseId: string): Promise<void> {
  const message = h.fake.messages.get(`${CHANNEL.id}/${ts}`)!;
  const button = message.blocks!.flatMap((b) => b.elements ?? []).find((e: any) => e.type === 'button' && e.text.text === OPTIONS[position - 1]);
  const responseUrl = h.fake.responseUrl(responseId);
  if (!socketMode) await (byButton ? h.click(message, OPTIONS[position - 1]!, { user: voter, responseId }) : h.slash(`rösta 1 ${position}`, { user: voter, responseId }));
  else await h.fake.socketMode.ackOf(byButton ? h.fake.socketMode.envelope('interactive', blockActions(voter, CHANNEL, message, button, responseUrl)) : h.fake.socketMode.envelope('slash_commands', slashCommand(voter, CHANNEL, `rösta 1 ${position}`, responseUrl)));
  await h.idle();
}

describe('an anonymous poll over Slack, at trace level', () => {
  let h: SlackHarness;
  afterEach(async () => { await h.close(); });

  for (const socketMode of [false, true]) it(`lets no sequence of platform calls or log lines link a voter to a choice${socketMode ? ' (Socket Mode)' : ''}`, async () => {
    h = await createSlackHarness({ logLevel: 'trace', socketMode });
    // The case and the poll are made over HTTP or the socket alike; only the votes are the subject.
    const run = async (text: string) => {
      if (socketMode) await h.fake.socketMode.ackOf(h.fake.socketMode.envelope('slash_commands', slashCommand(ANNA, CHANNEL, text, h.fake.responseUrl('anna'))));
      else await h.slash(text, { user: ANNA });
      await h.idle();
    };
    await run(NEW_CASE);
    const theCase = await h.tb.db.case.findFirstOrThrow();
    // The voters are members already and the adapter has just started: each one's first command
    // makes it ask users.info, as after a restart.
    for (const v of VOTERS) {
      h.fake.users.set(v.id, v);
      const user = await h.tb.db.user.create({ data: { platform: 'slack', tenant: BOT.teamId, externalId: v.id, displayName: v.realName, createdAt: h.tb.clock.now() } });
      await h.tb.db.member.create({ data: { caseId: theCase.id, userId: user.id, role: 'member', joinedAt: h.tb.clock.now() } });
    }
    await run(`omröstning ny "Vilken aktivitet först?" alternativ="${OPTIONS.join('|')}" anonym`);
    const card = h.fake.callsTo('chat.postMessage').at(-1)!;
    const ts = [...h.fake.messages.values()].find((m) => m.text === card.args.text)!.ts;
    const calls = h.fake.calls.length;
    const lines = h.logs.lines.length;

    const rounds = Math.max(...CHOICES.map((c) => c.length));
    for (let round = 0; round < rounds; round++) {
      for (const [i, choices] of CHOICES.entries()) {
        const position = choices[round];
        if (position === undefined) continue;
        // Half by button, half typed.
        await vote(h, socketMode, VOTERS[i]!, position, i % 2 === 1, ts, `v${i}-${round}`);
      }
    }
    await run('omröstning stäng 1');
    expect(h.fake.callsTo('chat.postMessage').at(-1)!.args.text).toBe('Omröstning #1 "Vilken aktivitet först?" är stängd. Resultat: Jobbklubb vann med 4 av 8 röster.');

    const byCalls = h.fake.calls.slice(calls).map((c) => ({
      ...(c.method === 'users.info' ? { voter: c.args.user as string } : {}),
      ...(c.method === 'chat.update' && c.args.ts === ts ? { text: c.args.text as string } : {}),
    }));
    expect(byCalls.filter((e) => e.voter)).toHaveLength(VOTERS.length);
    const byLog = h.logs.lines.slice(lines).map((line) => {
      const text = JSON.stringify(line);
      const voter = voterIn(text);
      return { ...(voter ? { voter } : {}), text };
    });
    expect(attack(byCalls)).toEqual([]);
    expect(attack(byLog)).toEqual([]);
    // The card showed no count before the close, only how many had voted.
    const updates = byCalls.filter((e) => e.text).map((e) => e.text!);
    expect(updates.slice(0, -1).every((text) => !tallyIn(text))).toBe(true);
    expect(updates.slice(0, -1).map((text) => /(\d) av 9 har röstat/.exec(text)?.[1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '8', '8']);
    expect(byLog.filter((e) => e.voter && CHOICE.test(e.text))).toEqual([]);
  });
});
